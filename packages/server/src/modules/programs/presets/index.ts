import type { Sql } from '../../../db/db.ts';
import type { Actor } from '../../../http/access.ts';
import type { OrgRow } from '../../org/index.ts';

/** Loads the seed programs into the demo data (filled in below). */
export async function seedPrograms(_sql: Sql, _orgsByName: Map<string, OrgRow>, _actor: Actor | null) {
  return { programs: 0 };
}
