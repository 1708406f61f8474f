import type { Actor } from '../../access/access.ts';
import { besideTransaction, type Db, type Sql } from '../../db/db.ts';
import { drawIds } from '../../db/draw-ids.ts';
import type { Clock } from '../../shared/clock.ts';
import { defineRegister } from '../../shared/register-define.ts';
import { settled } from '../../shared/settled.ts';
import { type AuditEntry, recordAudits } from '../audit/index.ts';
import type { IdProtector } from '../people/index.ts';
import { addCountCells, CountCellSum, type CountDelta, findCountCellsOnRecord } from '../reporting/index.ts';
import { usedCounts } from './wellness.attendance.ts';
import { wellnessErrors as E } from './wellness.errors.ts';
import { type BatchPlan, planWellnessRegister } from './wellness.register.plan.ts';
import {
  insertRegisterBatches,
  insertRegisterNominations,
  livePeopleOf,
  lockBatches,
  lockPrograms,
  type NewRegisterNomination,
  upsertRegisterAllocations,
} from './wellness.register.repository.ts';
import { WELLNESS_REGISTER } from './wellness.register.ts';
import type { NomineePlan } from './wellness.register.types.ts';
import type { BatchRow } from './wellness.repository.ts';

/**
 * The 疗休养/体检 register brought in (issue 42): template, dry run (预检), all rows or none. Each batch, quota,
 * nomination, substitution, withdrawal and mark is written as the platform writes one entered on its day: the
 * batch's places counted on its first day for the program's union, each quota for its union, those who went for
 * the nominating union (ADR 55); the nominations, substitutions and withdrawals on their own days. Nobody is told.
 */
export function createWellnessRegister(db: Db, ids: IdProtector, clock: Clock) {
  return defineRegister(db, clock, {
    spec: WELLNESS_REGISTER,
    permission: 'wellness.manage',
    plan: (rows, errors, { actor, today }) =>
      db.tx((sql) => planWellnessRegister(sql, actor, ids, rows, errors, today)),
    counts: ({ batches: plans, onRecord }) => {
      const all = plans.flatMap((p) => p.nominees);
      return {
        created: all.length,
        onRecord,
        batches: plans.filter((p) => p.fresh).length,
        substituted: all.filter((n) => n.status === 'replaced').length,
        withdrawn: all.filter((n) => n.status === 'withdrawn').length,
        attended: all.filter((n) => n.attendance === 'attended').length,
        absent: all.filter((n) => n.attendance === 'absent').length,
      };
    },
    unionsOf: ({ batches: plans }) => plans.flatMap((p) => p.nominees.map((n) => n.orgId)),
    dryRunExtras: {},
    write: async (sql, { batches: plans }, _counts, { actor }) => {
      // Ids are drawn outside the transaction as inside it (a sequence is not rolled back): on PostgreSQL through the
      // pool, so the nominations' ids are drawn while the transaction writes the batches and quotas.
      await writePlans(sql, besideTransaction(db, sql), actor, plans);
      return {};
    },
    audit: { action: 'wellness.import', entity: 'wellness_batch' },
  });
}

/** A nominee's attendance as written: marked only for one still on the list, with the day it was recorded. */
const markOf = (n: NomineePlan) =>
  n.status === 'nominated' && n.attendance && n.attendanceOn ? n.attendance : null;

/**
 * The file's batches, quotas and nominations written set-based, a statement per table (issue 42), to the state
 * the platform reaches writing each one on its day: the nominations inserted in the order they happened (a person
 * already on a batch's list, or put on it twice, refuses the file), ended, replaced by their substitutes, their
 * attendance marked on its day — with the counts and the attendance audit rows the live steps keep.
 */
async function writePlans(sql: Sql, draw: Sql, actor: Actor, plans: BatchPlan[]) {
  // a ledger sent again whose rows are all on record (ADR 150) writes nothing
  if (!plans.length) return;
  // in the order they happened, so a substitute is on the list the day its nominee leaves it (days 'YYYY-MM-DD'
  // compared as text: the order localeCompare gives them, without a collation a comparison)
  const ordered = plans.map((p) =>
    [...p.nominees].sort((a, b) =>
      a.nominatedOn < b.nominatedOn ? -1 : a.nominatedOn > b.nominatedOn ? 1 : a.rowNo - b.rowNo,
    ),
  );
  const drawing = settled(
    drawIds(
      draw,
      'wellness_nominations',
      ordered.reduce((n, list) => n + list.length, 0),
    ),
  );
  // The file's counts summed per cell here, and the cells already on record looked up beside the transaction while
  // it writes the batches and quotas (issue 42, ADR 138): the cells new to the counts are then inserted plainly.
  const cells = CountCellSum.of(countDeltas(plans, ordered)).lay();
  const onRecord = settled(findCountCellsOnRecord(draw, cells));
  await lockPrograms(sql, [...new Set(plans.filter((p) => p.fresh).map((p) => p.program.id))]);
  const stored = plans.flatMap((p) => (p.fresh ? [] : [(p.existing as BatchRow).id]));
  if ((await lockBatches(sql, stored)).length) throw E.settled();
  const fresh = plans.filter((p) => p.fresh);
  const freshIds = await drawIds(sql, 'wellness_batches', fresh.length);
  const batchIdOf = new Map<BatchPlan, number>(fresh.map((p, i) => [p, freshIds[i]]));
  for (const p of plans) if (!p.fresh) batchIdOf.set(p, (p.existing as BatchRow).id);
  await insertRegisterBatches(
    sql,
    fresh.map((p) => ({
      ...(p.fresh as NonNullable<BatchPlan['fresh']>),
      id: batchIdOf.get(p) as number,
      programId: p.program.id,
    })),
  );
  const onList = new Map<string, number>();
  for (const p of plans)
    for (const n of p.nominees)
      if (n.status === 'nominated') {
        const key = `${batchIdOf.get(p)}|${n.orgId}`;
        onList.set(key, (onList.get(key) ?? 0) + 1);
      }
  // Read before the quotas are written: the batches' lists as they stand (the quotas do not change them).
  const live = await livePeopleOf(sql, stored);
  // PostgreSQL writes the quotas while node lays out the nominations; each is given its quota's id after.
  const allocating = settled(
    upsertRegisterAllocations(
      sql,
      plans.flatMap((p) =>
        [...p.unions.values()].map((u) => ({
          batchId: batchIdOf.get(p) as number,
          orgId: u.orgId,
          quota: u.quota,
          // the places its nominees still on the list take
          used: onList.get(`${batchIdOf.get(p)}|${u.orgId}`) ?? 0,
          on: u.firstDay,
        })),
      ),
      new Set(freshIds),
    ),
  );
  // Queued behind the quotas: PostgreSQL writes the counts while node lays out the nominations (issue 42).
  const counting = settled(addCountCells(sql, cells, await onRecord));
  const ids = await drawing;
  const rows: NewRegisterNomination[] = [];
  const quotaOf: string[] = [];
  const audits: AuditEntry[] = [];
  for (const [i, p] of plans.entries()) {
    const batchId = batchIdOf.get(p) as number;
    const idOfRow = new Map(ordered[i].map((n, k) => [n.rowNo, ids[rows.length + k]]));
    const marks = new Map<string, { attended: number; absent: number }>();
    for (const n of ordered[i]) {
      const key = `${batchId}|${n.personId}`;
      if (live.has(key)) throw E.duplicate(String(n.personId));
      quotaOf.push(`${batchId}|${n.orgId}`);
      if (n.status === 'nominated') live.add(key);
      const marked = markOf(n);
      if (marked) {
        const on = n.attendanceOn as string;
        if (on < startsOf(p)) throw E.notStarted(startsOf(p));
        const m = marks.get(on) ?? { attended: 0, absent: 0 };
        marks.set(on, m);
        m[marked] += 1;
      }
      rows.push({
        id: idOfRow.get(n.rowNo) as number,
        batchId,
        allocationId: 0,
        orgId: n.orgId,
        personId: n.personId,
        nominatedOn: n.nominatedOn,
        frontLine: n.frontLine,
        newEmployment: n.newEmployment,
        status: n.status,
        replacedBy: n.substituteRow ? (idOfRow.get(n.substituteRow) as number) : null,
        endedOn: n.status === 'nominated' ? null : (n.endedOn as string),
        attendance: marked,
        attendanceOn: marked ? n.attendanceOn : null,
      });
    }
    // attendance on the day each mark was recorded, counted on the batch's first day (ADR 55)
    for (const [on, m] of [...marks].sort(([a], [b]) => a.localeCompare(b)))
      audits.push({
        action: 'wellness.attendance',
        entity: 'wellness_batch',
        entityId: batchId,
        orgId: p.program.orgId,
        after: { on, ...m },
      });
  }
  const allocationOf = await allocating;
  for (const [r, key] of quotaOf.entries()) rows[r].allocationId = allocationOf.get(key) as number;
  // The counts ended before the nominations are sent: a cell another writer added meanwhile makes the plain insert
  // fail, and it is undone to its savepoint and merged (addCountCells) before any other statement runs.
  await counting;
  const written = await insertRegisterNominations(sql, rows);
  const taken = rows.find((n) => !written.has(n.id));
  if (taken) throw E.duplicate(String(taken.personId));
  await recordAudits(sql, actor, audits);
}

const startsOf = (p: BatchPlan) => (p.fresh?.startsOn ?? p.existing?.startsOn) as string;

/**
 * The counts a file adds: each new batch's places for the program's union, each quota's change for its union, and
 * those who went for their union (ADR 55), all on the batch's first day.
 */
function countDeltas(plans: BatchPlan[], ordered: NomineePlan[][]): CountDelta[] {
  const deltas: CountDelta[] = plans.flatMap((p) =>
    p.fresh
      ? [
          {
            subject: 'wellness.offered',
            orgId: p.program.orgId,
            on: startsOf(p),
            dim: p.program.kind,
            n: p.fresh.places,
          },
        ]
      : [],
  );
  for (const p of plans)
    for (const u of p.unions.values())
      deltas.push({
        subject: 'wellness.allocated',
        orgId: u.orgId,
        on: startsOf(p),
        dim: p.program.kind,
        n: u.quota - u.had,
      });
  for (const [i, p] of plans.entries())
    for (const n of ordered[i])
      if (markOf(n) === 'attended')
        deltas.push(...usedCounts({ orgId: n.orgId, startsOn: startsOf(p), kind: p.program.kind }, n, 1));
  return deltas;
}
