import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { recordAudit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import { claimEscalation, findOverdue } from './cases.escalation.repository.ts';
import { addEvent } from './cases.events.repository.ts';
import { markOverdue, moveCase } from './cases.move.ts';
import { tellUnions } from './cases.notify.ts';
import { findCase } from './cases.repository.ts';

/**
 * The deadline sweep (ADR 0022), run by main.ts every few minutes and by tests with their own `now`: every open
 * request whose acknowledge or answer deadline passed before today (in China) goes one union up, with new
 * deadlines, and both unions are told; a request at a top union stays there, marked overdue. A missed deadline
 * is written to case_escalations first, so one deadline never escalates twice — under repeated or concurrent
 * sweeps too. Returns the requests escalated (or marked, at the top).
 */
export async function escalateOverdueCases(db: Db, now: Date): Promise<number[]> {
  const today = todayInChina(now);
  const at = now.toISOString();
  const due = await findOverdue(db, today);
  const byCase = new Map<number, { deadline: 'ack' | 'answer'; dueOn: string }[]>();
  for (const d of due) byCase.set(d.id, [...(byCase.get(d.id) ?? []), d]);
  const done: number[] = [];
  for (const [id, missed] of byCase) {
    const moved = await db.tx(async (sql) => {
      const c = await findCase(sql, id, true);
      if (!c || (c.status !== 'submitted' && c.status !== 'accepted')) return false;
      let claimed = 0;
      for (const m of missed) {
        const recorded = await claimEscalation(sql, {
          caseId: id,
          deadline: m.deadline,
          dueOn: m.dueOn,
          orgId: c.orgId,
          at,
          ackDue: c.ackDue,
          answerDue: c.answerDue,
        });
        if (recorded) claimed += 1;
      }
      if (!claimed) return false;
      await markOverdue(sql, c, today);
      const here = await findOrgById(sql, c.orgId);
      const up = here?.parentId ? await findOrgById(sql, here.parentId) : undefined;
      const what = missed.some((m) => m.deadline === 'ack')
        ? { zh: '受理', en: 'acceptance' }
        : { zh: '答复', en: 'answer' };
      if (up) {
        await moveCase(sql, c, up, {
          kind: 'auto_escalated',
          today,
          enteredOn: today,
          actorUserId: null,
          note: missed.map((m) => m.deadline).join(','),
          at,
        });
      } else {
        await addEvent(sql, { caseId: id, orgId: c.orgId, kind: 'overdue', visible: false, at });
        await tellUnions(
          sql,
          [c.orgId],
          id,
          { zh: '诉求已逾期', en: 'A request is overdue' },
          {
            zh: `诉求（${c.filedOn}）逾期未${what.zh}`,
            en: `The ${what.en} of the request of ${c.filedOn} is overdue`,
          },
        );
      }
      await recordAudit(sql, null, {
        action: 'case.escalate',
        entity: 'case',
        entityId: id,
        orgId: c.orgId,
        after: { fromOrgId: c.orgId, orgId: up?.id ?? c.orgId, missed: missed.map((m) => m.deadline) },
      });
      return true;
    });
    if (moved) done.push(id);
  }
  return done;
}
