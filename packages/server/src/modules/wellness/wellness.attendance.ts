import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { recordSubjectGrant } from '../programs/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { batchToManage, ownNomination, SUBSIDY_PRESET, type WellnessContext } from './wellness.context.ts';
import { wellnessErrors as E } from './wellness.errors.ts';
import { findProgram, type ProgramRow } from './wellness.programs.repository.ts';
import {
  type BatchRow,
  liveNominationsOf,
  setAttendance,
  settleBatch,
  type WellnessKind,
} from './wellness.repository.ts';

/** The counts of one nomination's attendance (all, 一线, 新就业形态) on the batch's first day. */
export const usedCounts = (
  b: { orgId: number; startsOn: string; kind: WellnessKind },
  n: { frontLine: boolean; newEmployment: boolean },
  sign: 1 | -1,
): CountDelta[] => [
  { subject: 'wellness.used', orgId: b.orgId, on: b.startsOn, dim: b.kind, dim2: 'all', n: sign },
  ...(n.frontLine
    ? [{ subject: 'wellness.used', orgId: b.orgId, on: b.startsOn, dim: b.kind, dim2: 'front_line', n: sign }]
    : []),
  ...(n.newEmployment
    ? [
        {
          subject: 'wellness.used',
          orgId: b.orgId,
          on: b.startsOn,
          dim: b.kind,
          dim2: 'new_employment',
          n: sign,
        },
      ]
    : []),
];

/** Records attendance in the caller's transaction; the counts follow each change. */
export async function mark(
  sql: Sql,
  actor: Actor,
  b: BatchRow,
  marks: { nominationId: number; attendance: 'attended' | 'absent' }[],
  on: string,
) {
  if (b.status === 'settled') throw E.settled();
  if (on < b.startsOn) throw E.notStarted(b.startsOn);
  const changed = await setAttendance(sql, b.id, marks, on);
  const deltas: CountDelta[] = [];
  for (const c of changed) {
    const at = { orgId: Number(c.orgId), startsOn: b.startsOn, kind: b.kind };
    if (c.after === 'attended') deltas.push(...usedCounts(at, c, 1));
    if (c.before === 'attended') deltas.push(...usedCounts(at, c, -1));
  }
  await addCounts(sql, deltas);
  if (changed.length)
    await recordAudit(sql, actor, {
      action: 'wellness.attendance',
      entity: 'wellness_batch',
      entityId: b.id,
      orgId: b.orgId,
      after: {
        on,
        attended: changed.filter((c) => c.after === 'attended').length,
        absent: changed.filter((c) => c.after === 'absent').length,
      },
    });
  return { changed: changed.length };
}

/** Who went: staff mark attendance, the worker signs in on the batch's days, and the batch is settled. */
export function createAttendance({ db, clock, today }: WellnessContext) {
  return {
    /** Staff of the program's union record who went and who did not (the institution's list, by hand). */
    async markAttendance(
      actor: Actor,
      id: number,
      input: { marks: { nominationId: number; attendance: 'attended' | 'absent' }[]; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const b = await batchToManage(sql, actor, id, true);
        const { day } = effectiveDay(actor, input.effectiveOn, { zh: '到场登记', en: 'attendance' }, [], {
          now: clock(),
        });
        return mark(sql, actor, b, input.marks, day);
      });
    },

    /**
     * Settles the batch: everyone's attendance recorded, the union's share for those who went is granted through the
     * programs ledger on the day (one grant per batch; a batch nobody went to settles with nothing paid).
     */
    async settle(actor: Actor, id: number, input: { effectiveOn?: string }) {
      return db.tx(async (sql) => {
        const b = await batchToManage(sql, actor, id, true);
        if (b.status === 'settled') throw E.settled();
        const { day } = effectiveDay(actor, input.effectiveOn, { zh: '结算', en: 'settlement' }, [], {
          now: clock(),
        });
        if (day < b.startsOn) throw E.notStarted(b.startsOn);
        const live = await liveNominationsOf(sql, b.id);
        const unmarked = live.filter((n) => !n.attendance).length;
        if (unmarked) throw E.unmarked(unmarked);
        const p = (await findProgram(sql, b.programId)) as ProgramRow;
        const subsidyFen = b.attended * p.unionShareFen;
        let applicationId: number | null = null;
        if (subsidyFen > 0) {
          const grant = await recordSubjectGrant(
            sql,
            actor,
            {
              presetKey: SUBSIDY_PRESET,
              orgId: p.orgId,
              subjectKey: `wellness:batch:${b.id}`,
              approvedOn: day,
              amountFen: subsidyFen,
              note: `${b.title}：实到${b.attended}人 × 工会分担 ¥${(p.unionShareFen / 100).toFixed(2)}`,
              materialsNote: '接待机构的到场名单已在批次中核对',
            },
            clock(),
          );
          applicationId = grant.applicationId;
        }
        await settleBatch(sql, b.id, { on: day, subsidyFen, applicationId });
        await recordAudit(sql, actor, {
          action: 'wellness.settle',
          entity: 'wellness_batch',
          entityId: b.id,
          orgId: b.orgId,
          after: { on: day, attended: b.attended, subsidyFen, applicationId },
        });
        return { attended: b.attended, subsidyFen, applicationId };
      });
    },

    /** The worker signs in at the institution on the batch's days. */
    async checkInSelf(actor: Actor, id: number) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const { b, n } = await ownNomination(sql, actor, id);
        const now = today();
        if (now < b.startsOn || now > b.endsOn) throw E.checkInDays(b.startsOn, b.endsOn);
        await mark(sql, actor, b, [{ nominationId: n.id, attendance: 'attended' }], now);
        return { ok: true as const };
      });
    },
  };
}
