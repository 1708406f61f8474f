import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/**
 * The years a module's statistics have figures in that its counts in `report_counts` do not show: figures read from
 * its own rows (insurance's policies and the people they cover, 疗休养's nominations). A module declares it in its
 * manifest (`countedYears`), and `GET /api/reports/years` adds its years to those of the area's counts, so a
 * statistics page opens on the newest year with figures of either kind.
 */
export interface YearsSource {
  /** The statistics area (its vocabulary's `reportingAreas`). */
  area: string;
  /**
   * One statement answering rows of `year` (an integer): the years up to `$2::date` in which a record of a union
   * whose path is like `$1` (the subtree's pattern) counts in the area's statistics.
   */
  sql: string;
}

/** The years a source answers for a subtree up to `until` ('YYYY-MM-DD'). */
export async function listSourceYears(
  sql: Sql,
  source: YearsSource,
  q: { path: string; until: string },
): Promise<number[]> {
  const { rows } = await sql.query<{ year: number }>(source.sql, [subtreePattern(q.path), q.until]);
  return rows.map((r) => Number(r.year));
}
