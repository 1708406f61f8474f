import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { IdProtector } from '../people/index.ts';
import { createCaseAdmin } from './cases.admin.ts';
import { enterRequest, type StaffEntry } from './cases.filing.ts';
import { createHandling } from './cases.handling.ts';
import { createHolidaysImport } from './cases.holidays.ts';
import { createCaseImport } from './cases.import.ts';
import { createCaseReading } from './cases.reading.ts';
import { type CaseOfPerson, listCasesOfPersons } from './cases.repository.ts';
import { type CaseStatsInput, exportCaseStats, getCaseStats } from './cases.stats.ts';
import { createWorkerCases } from './cases.worker.ts';

/**
 * The keyed hash that marks a worker's own requests (ADR 0022): derived with the server's key, so the database
 * alone does not tell whose an anonymous request is.
 */
export const caseOwner = (ids: Pick<IdProtector, 'hash' | 'lookups'>) => (personId: number) =>
  ids.hash(`CASE-OWNER:${personId}`);
/** The owner hashes under every live key (keys.registry.ts rewrites them in a rotation: the same text). */
const caseOwners = (ids: Pick<IdProtector, 'lookups'>) => (personId: number) =>
  ids.lookups(`CASE-OWNER:${personId}`);

export function createCasesService(db: Db, ids: Pick<IdProtector, 'hash' | 'lookups'>, clock: Clock) {
  const ownerOf = caseOwner(ids);
  const reading = createCaseReading(db, clock);
  return {
    ...reading,
    ...createHandling(db, clock),
    async enter(actor: Actor, input: StaffEntry) {
      const id = await enterRequest(db, actor, ownerOf, input, clock());
      return reading.get(actor, id);
    },
    worker: createWorkerCases(db, ownerOf, clock, caseOwners(ids)),
    admin: createCaseAdmin(db),
    register: createCaseImport(db, ownerOf, (text) => ids.lookups(text), clock),
    /** A year's holiday calendar from a sheet (休/班 by day). */
    holidays: createHolidaysImport(db, clock),
    /** The statistics of a period, its states standing on today at the latest. */
    stats: (actor: Actor, q: CaseStatsInput) => getCaseStats(db, actor, q, todayInChina(clock())),
    statsXlsx: (actor: Actor, q: CaseStatsInput) => exportCaseStats(db, actor, q, todayInChina(clock())),
  };
}

export type CasesService = ReturnType<typeof createCasesService>;

/**
 * The requests of the given persons, for the hardship module's household history. Anonymous requests carry no
 * person and never appear.
 */
export async function casesOfPersons(sql: Sql, personIds: number[]): Promise<CaseOfPerson[]> {
  if (!personIds.length) return [];
  return listCasesOfPersons(sql, personIds);
}
