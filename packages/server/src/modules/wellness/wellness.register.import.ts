import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { defineRegister } from '../../shared/register-define.ts';
import type { IdProtector } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { mark } from './wellness.attendance.ts';
import { wellnessErrors as E } from './wellness.errors.ts';
import { type BatchPlan, planWellnessRegister } from './wellness.register.plan.ts';
import { WELLNESS_REGISTER } from './wellness.register.ts';
import {
  addUsed,
  type BatchRow,
  endNomination,
  findBatch,
  insertBatch,
  insertNomination,
  lockProgram,
  setReplacedBy,
  upsertAllocation,
} from './wellness.repository.ts';

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
    counts: (plans) => {
      const all = plans.flatMap((p) => p.nominees);
      return {
        created: all.length,
        batches: plans.filter((p) => p.fresh).length,
        substituted: all.filter((n) => n.status === 'replaced').length,
        withdrawn: all.filter((n) => n.status === 'withdrawn').length,
        attended: all.filter((n) => n.attendance === 'attended').length,
        absent: all.filter((n) => n.attendance === 'absent').length,
      };
    },
    dryRunExtras: {},
    write: async (sql, plans, _counts, { actor }) => {
      for (const p of plans) await writeBatch(sql, actor, p);
      return {};
    },
    audit: { action: 'wellness.import', entity: 'wellness_batch' },
  });
}

async function writeBatch(sql: Sql, actor: Actor, p: BatchPlan) {
  const { program } = p;
  let batchId: number;
  if (p.fresh) {
    await lockProgram(sql, program.id);
    batchId = await insertBatch(sql, { ...p.fresh, programId: program.id, meeting: '', bring: '' });
    await addCounts(sql, [
      {
        subject: 'wellness.offered',
        orgId: program.orgId,
        on: p.fresh.startsOn,
        dim: program.kind,
        n: p.fresh.places,
      },
    ]);
  } else {
    batchId = (p.existing as BatchRow).id;
    const locked = await findBatch(sql, batchId, true);
    if (locked?.status === 'settled') throw E.settled();
  }
  const startsOn = (p.fresh?.startsOn ?? p.existing?.startsOn) as string;
  const allocation = new Map<number, number>();
  for (const u of p.unions.values()) {
    const id = await upsertAllocation(sql, batchId, u.orgId, u.quota, u.firstDay);
    allocation.set(u.orgId, id);
    await addCounts(sql, [
      { subject: 'wellness.allocated', orgId: u.orgId, on: startsOn, dim: program.kind, n: u.quota - u.had },
    ]);
  }
  // in the order they happened, so a substitute is on the list the day its nominee leaves it
  const nominees = [...p.nominees].sort(
    (a, b) => a.nominatedOn.localeCompare(b.nominatedOn) || a.rowNo - b.rowNo,
  );
  const idOfRow = new Map<number, number>();
  const live = new Map<number, number>();
  for (const n of nominees) {
    const allocationId = allocation.get(n.orgId) as number;
    const id = await insertNomination(sql, {
      batchId,
      allocationId,
      orgId: n.orgId,
      personId: n.personId,
      nominatedOn: n.nominatedOn,
      frontLine: n.frontLine,
      newEmployment: n.newEmployment,
    });
    if (!id) throw E.duplicate(String(n.personId));
    idOfRow.set(n.rowNo, id);
    if (n.status !== 'nominated') await endNomination(sql, id, n.status, null, n.endedOn as string);
    else live.set(allocationId, (live.get(allocationId) ?? 0) + 1);
  }
  for (const n of nominees)
    if (n.substituteRow)
      await setReplacedBy(sql, idOfRow.get(n.rowNo) as number, idOfRow.get(n.substituteRow) as number);
  for (const [allocationId, n] of live) await addUsed(sql, allocationId, n);
  // attendance on the day each mark was recorded, counted on the batch's first day (ADR 55)
  const byDay = new Map<string, { nominationId: number; attendance: 'attended' | 'absent' }[]>();
  for (const n of nominees) {
    if (!n.attendance || !n.attendanceOn) continue;
    const marks = byDay.get(n.attendanceOn) ?? [];
    byDay.set(n.attendanceOn, marks);
    marks.push({ nominationId: idOfRow.get(n.rowNo) as number, attendance: n.attendance });
  }
  for (const [on, marks] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    const b = (await findBatch(sql, batchId)) as BatchRow;
    await mark(sql, actor, b, marks, on);
  }
}
