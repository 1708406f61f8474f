import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { IdProtector } from '../people/index.ts';
import { createAttendance, mark } from './wellness.attendance.ts';
import { createBatchUseCases } from './wellness.batches.ts';
import { batchToManage, type WellnessContext } from './wellness.context.ts';
import { createDecline } from './wellness.decline.ts';
import { createAttendanceImport } from './wellness.import.ts';
import { createNominations } from './wellness.nominations.ts';
import { createProgramUseCases } from './wellness.programs.ts';
import { createWellnessRegister } from './wellness.register.import.ts';
import type { WellnessKind } from './wellness.repository.ts';
import { createWellnessStats } from './wellness.stats.ts';

/**
 * 疗休养 and 体检 places over years (双千工程, issue 26). A union runs a program of places of one kind for some years
 * (1,000 a year for five), with a cost per person shared by itself, the enterprise and the worker, and an optional
 * rule of who may go (programs' rules) and a bar on those served in the last N years. Its batches go to an institution
 * on fixed days; it gives each lower union a quota per batch; the lower union nominates its workers (the quota a
 * guarded counter) and may substitute until the batch closes. The institution's list (or the worker's own sign-in)
 * says who went; settling the batch pays the union's share for those who went through the programs ledger (a
 * grant about 'wellness:batch:<id>' of the union's wellness subsidy program). Counted in the reporting layer on the
 * batch's first day: `wellness.offered` (the program's union, its places), `wellness.allocated` (the quota's union)
 * and `wellness.used` (the nominating union, dim2 all / front_line / new_employment), dim the kind.
 */
export const WELLNESS_KINDS: WellnessKind[] = ['recuperation', 'checkup'];

export function createWellnessService(db: Db, ids: IdProtector, clock: Clock) {
  const today = () => todayInChina(clock());
  const ctx: WellnessContext = { db, ids, clock, today };

  const stats = createWellnessStats(db, clock);
  const attendanceImport = createAttendanceImport(
    db,
    ids,
    {
      mark: (sql, actor, b, marks, on) => mark(sql, actor, b, marks, on),
      batchToManage: (sql, actor, id, lock) => batchToManage(sql, actor, id, lock),
    },
    clock,
  );

  return {
    ...stats,
    attendanceTemplate: attendanceImport.template,
    importAttendance: attendanceImport.importFile,
    /** The 疗休养/体检 register (batches, nominees, substitutions, withdrawals, attendance): issue 42. */
    register: createWellnessRegister(db, ids, clock),

    ...createProgramUseCases(ctx),
    ...createBatchUseCases(ctx),
    ...createNominations(ctx),
    ...createDecline(ctx),
    ...createAttendance(ctx),
  };
}

export type WellnessService = ReturnType<typeof createWellnessService>;
