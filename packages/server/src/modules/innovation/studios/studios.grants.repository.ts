import type { Sql } from '../../../db/db.ts';
import type { GrantKind } from './studios.grant-kinds.ts';

/** SQL for a studio's grants paid outside the platform and the subsidies its recognitions opened. */

export interface OutsideGrantRow {
  id: number;
  studioId: number;
  kind: GrantKind;
  presetKey: string;
  subjectKey: string;
  year: number;
  amountFen: number;
  approvedOn: string;
  paidOn: string;
  note: string | null;
}

export const OUTSIDE_COLUMNS = `g.id, g.studio_id as "studioId", g.kind, g.preset_key as "presetKey",
  g.subject_key as "subjectKey", g.year, g.amount_fen::float8 as "amountFen",
  to_char(g.approved_on, 'YYYY-MM-DD') as "approvedOn", to_char(g.paid_on, 'YYYY-MM-DD') as "paidOn", g.note`;

export const outsideRow = (r: OutsideGrantRow): OutsideGrantRow => ({
  ...r,
  id: Number(r.id),
  studioId: Number(r.studioId),
  amountFen: Number(r.amountFen),
});

export async function listOutsideGrants(sql: Sql, studioId: number): Promise<OutsideGrantRow[]> {
  const { rows } = await sql.query<OutsideGrantRow>(
    `select ${OUTSIDE_COLUMNS} from innovation_studio_grants g where g.studio_id = $1
      order by g.approved_on, g.id`,
    [studioId],
  );
  return rows.map(outsideRow);
}

export type NewOutsideGrant = Omit<OutsideGrantRow, 'id'> & { recordedBy: number | null };

/** Inserts grants paid outside the platform in one statement; their ids in order. */
export async function insertOutsideGrants(sql: Sql, grants: NewOutsideGrant[]): Promise<number[]> {
  if (!grants.length) return [];
  const col = <K extends keyof NewOutsideGrant>(k: K) => grants.map((g) => g[k]);
  const { rows } = await sql.query<{ id: number }>(
    `insert into innovation_studio_grants (studio_id, kind, preset_key, subject_key, year, amount_fen,
       approved_on, paid_on, note, recorded_by)
     select t.studio_id, t.kind, t.preset_key, t.subject_key, t.year, t.amount_fen, t.approved_on, t.paid_on,
            t.note, t.recorded_by
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::int[], $6::bigint[], $7::date[],
                   $8::date[], $9::text[], $10::bigint[]) with ordinality
            as t(studio_id, kind, preset_key, subject_key, year, amount_fen, approved_on, paid_on, note,
                 recorded_by, n)
      order by t.n
     returning id`,
    [
      col('studioId'),
      col('kind'),
      col('presetKey'),
      col('subjectKey'),
      col('year'),
      col('amountFen'),
      col('approvedOn'),
      col('paidOn'),
      col('note'),
      col('recordedBy'),
    ],
  );
  return rows.map((r) => Number(r.id));
}

/** Which of these (preset, subject) pairs already have a grant paid outside the platform: 'preset|subject'. */
export async function findOutsideSubjects(
  sql: Sql,
  pairs: { presetKey: string; subjectKey: string }[],
): Promise<Set<string>> {
  if (!pairs.length) return new Set();
  const { rows } = await sql.query<{ key: string }>(
    `select g.preset_key || '|' || g.subject_key as key
       from innovation_studio_grants g
       join unnest($1::text[], $2::text[]) as t(preset_key, subject_key)
         on t.preset_key = g.preset_key and t.subject_key = g.subject_key`,
    [pairs.map((p) => p.presetKey), pairs.map((p) => p.subjectKey)],
  );
  return new Set(rows.map((r) => r.key));
}

/** Whether the studio's subsidy of `presetKey` was paid outside the platform (a recognition then opens none). */
export async function hasOutsideGrant(sql: Sql, studioId: number, presetKey: string): Promise<boolean> {
  const { rows } = await sql.query(
    'select 1 from innovation_studio_grants where studio_id = $1 and preset_key = $2 limit 1',
    [studioId, presetKey],
  );
  return rows.length > 0;
}

/** The subsidy application a recognition opened (or a clerk recorded) for the studio and preset, locked. */
export async function findStudioSubsidy(
  sql: Sql,
  studioId: number,
  presetKey: string,
): Promise<number | undefined> {
  const { rows } = await sql.query<{ applicationId: number }>(
    `select application_id as "applicationId" from innovation_studio_subsidies
      where studio_id = $1 and preset_key = $2 for update`,
    [studioId, presetKey],
  );
  return rows[0] ? Number(rows[0].applicationId) : undefined;
}

/** Links the studio's subsidy application; a clerk's grant replaces a refused or withdrawn one. */
export async function insertStudioSubsidy(
  sql: Sql,
  s: { studioId: number; presetKey: string; applicationId: number; recognitionId: number | null },
): Promise<void> {
  await sql.query(
    `insert into innovation_studio_subsidies (studio_id, preset_key, application_id, recognition_id)
     values ($1, $2, $3, $4)
     on conflict (studio_id, preset_key) do update set application_id = excluded.application_id`,
    [s.studioId, s.presetKey, s.applicationId, s.recognitionId],
  );
}

/** The first day each studio held each level: 'studioId|level' → day. */
export async function findLevelsHeld(sql: Sql, studioIds: number[]): Promise<Map<string, string>> {
  if (!studioIds.length) return new Map();
  const { rows } = await sql.query<{ key: string; since: string }>(
    `select studio_id || '|' || level as key, to_char(min(from_on), 'YYYY-MM-DD') as since
       from innovation_studio_levels where studio_id = any($1::bigint[]) group by studio_id, level`,
    [studioIds],
  );
  return new Map(rows.map((r) => [r.key, r.since]));
}

/** The subsidy applications opened for the studio (one per program). */
export async function listSubsidyApplicationIds(sql: Sql, studioId: number): Promise<number[]> {
  const { rows } = await sql.query<{ applicationId: number }>(
    'select application_id as "applicationId" from innovation_studio_subsidies where studio_id = $1',
    [studioId],
  );
  return rows.map((r) => r.applicationId);
}
