import type { Sql } from '../../../db/db.ts';
import { addRow } from '../../../db/insert.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';

export interface LevelRow {
  id: number;
  level: StudioLevel;
  fromOn: string;
  toOn: string | null;
  reason: string | null;
  recordedAt: Date;
}

export async function listLevels(sql: Sql, studioId: number): Promise<LevelRow[]> {
  const { rows } = await sql.query<LevelRow>(
    `select id, level, to_char(from_on, 'YYYY-MM-DD') as "fromOn", to_char(to_on, 'YYYY-MM-DD') as "toOn", reason,
            created_at as "recordedAt"
       from innovation_studio_levels where studio_id = $1 order by from_on, id`,
    [studioId],
  );
  return rows;
}

/** Ends the open level of a studio on `on` (with a reason when it is lost) and opens `level` from `on`. */
export async function closeOpenLevel(sql: Sql, studioId: number, on: string, reason: string | null) {
  await sql.query(
    `update innovation_studio_levels set to_on = greatest(from_on, $2::date), reason = coalesce($3, reason)
      where studio_id = $1 and to_on is null`,
    [studioId, on, reason],
  );
}

export async function insertLevel(
  sql: Sql,
  row: {
    studioId: number;
    level: StudioLevel;
    fromOn: string;
    reason: string | null;
    decidedBy: number | null;
  },
) {
  await addRow(sql, 'innovation_studio_levels', 'studio_id, level, from_on, reason, decided_by', row);
}
