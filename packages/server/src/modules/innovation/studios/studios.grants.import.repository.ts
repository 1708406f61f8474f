import type { Sql } from '../../../db/db.ts';
import { listApplicationsAboutAll } from '../../programs/index.ts';
import {
  findLevelsHeld,
  OUTSIDE_COLUMNS,
  type OutsideGrantRow,
  outsideRow,
} from './studios.grants.repository.ts';
import type { PrimedGrantLookups } from './studios.grants.ts';

/**
 * SQL of the studio grants register's import (issues 23, 42): what checking its rows reads about their studios —
 * grants paid outside the platform, applications about them, the levels they held — in one read each for every
 * studio of the sheet, and the studios locked in one statement before the write.
 */

/** The grants paid outside the platform of these studios, by studio, oldest first (a studio with none: empty). */
async function listOutsideGrantsOf(sql: Sql, studioIds: number[]): Promise<Map<number, OutsideGrantRow[]>> {
  const out = new Map<number, OutsideGrantRow[]>(studioIds.map((id) => [id, []]));
  if (!studioIds.length) return out;
  const { rows } = await sql.query<OutsideGrantRow>(
    `select ${OUTSIDE_COLUMNS} from innovation_studio_grants g where g.studio_id = any($1::bigint[])
      order by g.approved_on, g.id`,
    [studioIds],
  );
  for (const r of rows.map(outsideRow)) out.get(r.studioId)?.push(r);
  return out;
}

/** What checking grants of these studios reads, loaded once for all (see `grantLookups`). */
export async function primeGrantLookups(sql: Sql, studioIds: number[]): Promise<PrimedGrantLookups> {
  const ids = [...new Set(studioIds)];
  const applications = await listApplicationsAboutAll(
    sql,
    ids.map((id) => `studio:${id}`),
  );
  return {
    studioIds: new Set(ids),
    applications: new Map(ids.map((id) => [id, applications.get(`studio:${id}`) ?? []])),
    outside: await listOutsideGrantsOf(sql, ids),
    levels: await findLevelsHeld(sql, ids),
  };
}

/** Locks these studios' rows in id order, in one statement (as `findStudioById(sql, id, true)` does one). */
export async function lockStudios(sql: Sql, studioIds: number[]): Promise<void> {
  if (!studioIds.length) return;
  await sql.query('select id from innovation_studios where id = any($1::bigint[]) order by id for update', [
    studioIds,
  ]);
}
