import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { type AuditAction, recordAudit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { caseErrors } from './cases.errors.ts';
import { countEscalations } from './cases.escalation.repository.ts';
import { addEvent } from './cases.events.repository.ts';
import { clearOverdue, moveCase } from './cases.move.ts';
import { tellWorker } from './cases.notify.ts';
import { type CaseRow, findCase, unionStaff, updateCase } from './cases.repository.ts';
import { SUBJECTS } from './cases.types.ts';

const closedAlready = () => caseErrors.state({ zh: '诉求已办结', en: 'The request is closed' });

const STEP_NAMES: Partial<Record<AuditAction, Bilingual>> = {
  'case.accept': { zh: '受理', en: 'acceptance' },
  'case.assign': { zh: '指派', en: 'assignment' },
  'case.transfer': { zh: '转办', en: 'transfer' },
  'case.escalate': { zh: '上报', en: 'escalation' },
  'case.reply': { zh: '答复', en: 'answer' },
  'case.close': { zh: '办结', en: 'closing' },
};

/**
 * One decision on a request by the staff of its handling chain (the union handling it now, or a union above):
 * the row is locked, the decision and its audit row written in one transaction. It happens on `effectiveOn`
 * (ADR 40; default today): not in the future, not before the request came in, was accepted or answered; a
 * past day needs history.backdate. `today` is that day, `at` its moment.
 */
async function decide(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  action: AuditAction,
  effectiveOn: string | null | undefined,
  run: (
    sql: Sql,
    c: CaseRow,
    today: string,
    at: string,
    enteredOn: string,
  ) => Promise<Record<string, unknown>>,
): Promise<void> {
  requireAccess(actor, 'cases.handle');
  await db.tx(async (sql) => {
    const c = await findCase(sql, id, true);
    if (!c) throw caseErrors.notFound();
    requireAccess(actor, 'cases.handle', { orgPath: c.orgPath });
    if (c.status === 'closed') throw closedAlready();
    const when = effectiveDay(
      actor,
      effectiveOn,
      STEP_NAMES[action] ?? { zh: '办理', en: 'step' },
      [
        { day: c.filedOn, name: { zh: '收到日期', en: 'day it came in' } },
        { day: c.acceptedOn, name: { zh: '受理日期', en: 'acceptance date' } },
        { day: c.answeredOn, name: { zh: '答复日期', en: 'answer date' } },
      ],
      { now: clock() },
    );
    const after = await run(sql, c, when.day, when.at.toISOString(), todayInChina(clock()));
    if (when.backdated) after.effectiveOn = when.day;
    await recordAudit(sql, actor, { action, entity: 'case', entityId: id, orgId: c.orgId, after });
  });
}

export function createHandling(db: Db, clock: Clock) {
  return {
    async accept(actor: Actor, id: number, effectiveOn?: string | null) {
      await decide(db, clock, actor, id, 'case.accept', effectiveOn, async (sql, c, today, at) => {
        if (c.status !== 'submitted') {
          throw caseErrors.state({ zh: '诉求已受理', en: 'The request has been accepted already' });
        }
        await updateCase(sql, id, { status: 'accepted', accepted_on: today });
        await addEvent(sql, {
          caseId: id,
          orgId: c.orgId,
          kind: 'accepted',
          actorUserId: actor.userId,
          visible: true,
          at,
        });
        await tellWorker(
          sql,
          c,
          { zh: '您的诉求已受理', en: 'Your request has been accepted' },
          {
            zh: `${c.orgName}已受理，将于${c.answerDue}前答复`,
            en: `${c.orgName} will answer by ${c.answerDue}`,
          },
          at,
        );
        return { status: 'accepted' };
      });
    },

    async assign(actor: Actor, id: number, userId: number, effectiveOn?: string | null) {
      await decide(db, clock, actor, id, 'case.assign', effectiveOn, async (sql, c, _today, at) => {
        const staff = await unionStaff(sql, c.orgId);
        const handler = staff.find((u) => u.id === userId);
        if (!handler) throw caseErrors.handler();
        await updateCase(sql, id, { handler_user_id: userId });
        await addEvent(sql, {
          caseId: id,
          orgId: c.orgId,
          kind: 'assigned',
          actorUserId: actor.userId,
          body: handler.name,
          visible: false,
          at,
        });
        // the handler by name, as the log's reader knows them, beside their account
        return { handlerUserId: userId, handlerName: handler.name };
      });
    },

    async transfer(
      actor: Actor,
      id: number,
      orgId: number,
      note?: string | null,
      effectiveOn?: string | null,
    ) {
      await decide(
        db,
        clock,
        actor,
        id,
        'case.transfer',
        effectiveOn,
        async (sql, c, today, at, enteredOn) => {
          const to = await findOrgById(sql, orgId);
          if (!to) throw caseErrors.unionNotFound();
          requireAccess(actor, 'cases.handle', { orgPath: to.path });
          if (to.id === c.orgId) {
            throw caseErrors.transferTarget({
              zh: '该工会正在办理此诉求',
              en: 'That union handles the request already',
            });
          }
          if (to.status !== 'active') {
            throw caseErrors.transferTarget({ zh: '该工会已撤销', en: 'That union is closed' });
          }
          await moveCase(sql, c, to, {
            kind: 'transferred',
            today,
            enteredOn,
            actorUserId: actor.userId,
            note,
            at,
          });
          return { fromOrgId: c.orgId, orgId: to.id };
        },
      );
    },

    async escalate(actor: Actor, id: number, note?: string | null, effectiveOn?: string | null) {
      await decide(
        db,
        clock,
        actor,
        id,
        'case.escalate',
        effectiveOn,
        async (sql, c, today, at, enteredOn) => {
          const here = await findOrgById(sql, c.orgId);
          const up = here?.parentId ? await findOrgById(sql, here.parentId) : undefined;
          if (!up) throw caseErrors.noParent();
          await moveCase(sql, c, up, {
            kind: 'escalated',
            today,
            enteredOn,
            actorUserId: actor.userId,
            note,
            at,
          });
          return { fromOrgId: c.orgId, orgId: up.id };
        },
      );
    },

    /** An answer the worker sees; the first one counts as on time or late (ADR 0022). */
    async reply(actor: Actor, id: number, text: string, effectiveOn?: string | null) {
      const body = text.trim();
      if (!body) throw caseErrors.text('text');
      await decide(db, clock, actor, id, 'case.reply', effectiveOn, async (sql, c, today, at) => {
        const first = c.answeredOn === null;
        const missed = await countEscalations(sql, id);
        const onTime = !c.overdue && missed === 0 && today <= c.answerDue;
        await updateCase(sql, id, {
          status: 'answered',
          answered_on: today,
          accepted_on: c.acceptedOn ?? today,
          ...(first ? { on_time: onTime } : {}),
        });
        await clearOverdue(sql, c, today);
        if (first) {
          await addCounts(sql, [
            {
              subject: SUBJECTS.answered,
              orgId: c.filedOrgId,
              on: today,
              dim: onTime ? 'on_time' : 'late',
              n: 1,
            },
          ]);
        }
        await addEvent(sql, {
          caseId: id,
          orgId: c.orgId,
          kind: 'replied',
          actorUserId: actor.userId,
          body,
          visible: true,
          at,
        });
        await tellWorker(
          sql,
          c,
          { zh: '您的诉求有了答复', en: 'Your request has been answered' },
          {
            zh: `${c.orgName}答复了您的诉求，请查看并评价`,
            en: `${c.orgName} answered your request; read and rate it`,
          },
          at,
        );
        return { first, onTime: first ? onTime : undefined };
      });
    },

    async close(actor: Actor, id: number, note?: string | null, effectiveOn?: string | null) {
      await decide(db, clock, actor, id, 'case.close', effectiveOn, async (sql, c, today, at) => {
        await closeCase(sql, c, today, { actorUserId: actor.userId, note, at });
        return { status: 'closed' };
      });
    },
  };
}

/** Closes a request (staff, or the worker's rating): out of the open count and, if it was, the overdue one. */
export async function closeCase(
  sql: Sql,
  c: CaseRow,
  today: string,
  by: { actorUserId: number | null; note?: string | null; at?: string },
): Promise<void> {
  await updateCase(sql, c.id, { status: 'closed', closed_on: today });
  await clearOverdue(sql, c, today);
  await addCounts(sql, [{ subject: SUBJECTS.open, orgId: c.filedOrgId, on: today, n: -1 }]);
  await addEvent(sql, {
    caseId: c.id,
    orgId: c.orgId,
    kind: 'closed',
    actorUserId: by.actorUserId,
    body: by.note?.trim() || null,
    visible: true,
    at: by.at,
  });
}

export type CaseHandling = ReturnType<typeof createHandling>;
