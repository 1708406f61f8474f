import type { Sql } from '../../db/db.ts';
import { listVisitsToPersons, type PersonVisit } from './visits.repository.ts';

export type { PersonVisit };

/** The visits to these people, oldest first, for their hardship files. */
export async function visitsOfPersons(sql: Sql, personIds: number[]): Promise<PersonVisit[]> {
  if (!personIds.length) return [];
  return listVisitsToPersons(sql, personIds);
}
