import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import type { JobsService } from '../jobs/index.ts';
import type { IdProtector } from '../people/index.ts';
import { createApplicationUseCases } from './applications/index.ts';
import { createLedgerUseCases } from './ledger/index.ts';
import { createPastPaymentsRegister } from './past/index.ts';
import {
  closeProgram,
  createProgram,
  findPrograms,
  getProgramDetail,
  getProgramVersions,
  publishProgram,
  updateProgram,
} from './program-admin.service.ts';
import type { ProgramInput, ProgramPatch } from './programs.types.ts';
import { ruleCatalogue } from './rules/index.ts';
import { type SimulateInput, simulateProgram } from './simulate.service.ts';

/** The programs module's use cases, bound to their dependencies for the routes. */
export function createProgramsService(db: Db, ids: IdProtector, jobs: JobsService, clock: Clock) {
  return {
    list: (actor: Actor, q: Parameters<typeof findPrograms>[2]) => findPrograms(db, actor, q),
    /** The rule vocabulary (fields, comparisons, values, amount kinds); the same for everyone. */
    ruleFields: () => ruleCatalogue(),
    get: (actor: Actor, id: number) => getProgramDetail(db, actor, id),
    create: (actor: Actor, input: ProgramInput) => createProgram(db, actor, input),
    update: (actor: Actor, id: number, patch: ProgramPatch) => updateProgram(db, actor, id, patch),
    publish: (actor: Actor, id: number, effectiveOn?: string | null) =>
      publishProgram(db, actor, id, { effectiveOn, now: clock() }),
    close: (actor: Actor, id: number, effectiveOn?: string | null) =>
      closeProgram(db, actor, id, { effectiveOn, now: clock() }),
    versions: (actor: Actor, id: number) => getProgramVersions(db, actor, id),
    simulate: (actor: Actor, id: number, input: SimulateInput) =>
      simulateProgram(db, actor, id, input, clock()),
    ...createApplicationUseCases(db, ids, jobs, clock),
    ...createLedgerUseCases(db, ids, clock),
    /** The register of payments to people before the platform (ADR 74). */
    pastPayments: createPastPaymentsRegister(db, ids, clock),
  };
}

export type ProgramsService = ReturnType<typeof createProgramsService>;
