import { type Subtree, subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { insertRowUnlessTaken } from '../../../db/insert.ts';
import { conditions, selectFrom } from '../../../db/select.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';

/** SQL for innovation_reevaluations and innovation_annual_reports. */

export interface ReevaluationRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  year: number;
  level: StudioLevel;
  dueOn: string;
}

const COLUMNS = `e.id, e.org_id as "orgId", o.name as "orgName", o.path as "orgPath", e.year, e.level,
  to_char(e.due_on, 'YYYY-MM-DD') as "dueOn"`;

const reevaluationRows = selectFrom<ReevaluationRow>(
  `${COLUMNS} from innovation_reevaluations e join orgs o on o.id = e.org_id`,
);

export const findReevaluationById = (sql: Sql, id: number) => reevaluationRows.one(sql, 'e.id = $1', [id]);

/** Campaigns organised in the actor's subtree or by a union above it (they reach its studios). */
export async function listReevaluations(sql: Sql, scopePath: string) {
  const params: unknown[] = [];
  const inside = subtreeCondition({ path: scopePath }, 'o.path', params);
  params.push(scopePath);
  const { rows } = await sql.query<ReevaluationRow & { filed: number; decided: number }>(
    `select ${COLUMNS},
        (select count(*)::int from innovation_annual_reports r where r.reevaluation_id = e.id) as filed,
        (select count(*)::int from innovation_annual_reports r where r.reevaluation_id = e.id and r.outcome is not null) as decided
       from innovation_reevaluations e join orgs o on o.id = e.org_id
      where ${inside} or starts_with($${params.length}::text, o.path)
      order by e.year desc, e.id desc`,
    params,
  );
  return rows;
}

export async function insertReevaluation(
  sql: Sql,
  r: { orgId: number; year: number; level: string; dueOn: string; createdBy: number | null },
): Promise<number | null> {
  const conflict = '(org_id, year, level)';
  const columns = 'org_id, year, level, due_on, created_by';
  return (await insertRowUnlessTaken(sql, 'innovation_reevaluations', columns, r, conflict)) ?? null;
}

export interface CampaignStudioRow {
  studioId: number;
  studioName: string;
  orgId: number;
  orgName: string;
  leaderName: string | null;
  status: string;
  reportId: number | null;
  activities: string | null;
  peopleTrained: number | null;
  achievementIds: number[] | null;
  filedOn: string | null;
  filedRecordedAt: string | null;
  outcome: 'pass' | 'rectify' | 'revoke' | null;
  reason: string | null;
  decidedOn: string | null;
  decidedRecordedAt: string | null;
  /** The studio's achievements, newest first, that a report may link. */
  achievements: { id: number; title: string; year: number }[];
}

/**
 * The studios a campaign covers, within `scope`: those at its level in the organiser's subtree that are active,
 * and those it revoked.
 */
export async function listCampaignStudios(
  sql: Sql,
  e: ReevaluationRow,
  scope: Subtree,
  studioId?: number,
): Promise<CampaignStudioRow[]> {
  const params: unknown[] = [e.id, e.level];
  const { where, add } = conditions(
    params,
    subtreeCondition({ path: e.orgPath }, 'o.path', params),
    subtreeCondition(scope, 'o.path', params),
    `s.level = $2`,
    `(s.status = 'active' or r.id is not null)`,
  );
  if (studioId !== undefined) add('s.id = ?', studioId);
  const { rows } = await sql.query<CampaignStudioRow>(
    `select s.id as "studioId", s.name as "studioName", s.org_id as "orgId", o.name as "orgName",
            lp.name as "leaderName", s.status, r.id as "reportId", r.activities, r.people_trained as "peopleTrained",
            r.achievement_ids as "achievementIds", to_char(r.filed_on, 'YYYY-MM-DD') as "filedOn",
            r.filed_recorded_at as "filedRecordedAt", r.outcome, r.reason,
            to_char(r.decided_on, 'YYYY-MM-DD') as "decidedOn", r.decided_recorded_at as "decidedRecordedAt",
            coalesce((select json_agg(json_build_object('id', a.id, 'title', a.title, 'year', a.year)
                                      order by a.year desc, a.id desc)
                        from innovation_achievements a where a.studio_id = s.id), '[]') as achievements
       from innovation_studios s join orgs o on o.id = s.org_id left join persons lp on lp.id = s.leader_person_id
       left join innovation_annual_reports r on r.studio_id = s.id and r.reevaluation_id = $1
      where ${where.join(' and ')}
      order by o.path, s.id`,
    params,
  );
  const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());
  return rows.map((r) => ({
    ...r,
    filedRecordedAt: iso(r.filedRecordedAt),
    decidedRecordedAt: iso(r.decidedRecordedAt),
    achievementIds: r.achievementIds?.map(Number) ?? null,
    achievements: r.achievements.map((a) => ({ ...a, id: Number(a.id) })),
  }));
}

export async function upsertReport(
  sql: Sql,
  r: {
    reevaluationId: number;
    studioId: number;
    activities: string;
    peopleTrained: number;
    achievementIds: number[];
    filedOn: string;
    filedBy: number | null;
  },
) {
  await sql.query(
    `insert into innovation_annual_reports (reevaluation_id, studio_id, activities, people_trained, achievement_ids,
       filed_on, filed_by, filed_recorded_at)
     values ($1, $2, $3, $4, $5, $6, $7, now())
     on conflict (reevaluation_id, studio_id) do update set activities = excluded.activities,
       people_trained = excluded.people_trained, achievement_ids = excluded.achievement_ids,
       filed_on = excluded.filed_on, filed_by = excluded.filed_by, filed_recorded_at = now()`,
    [r.reevaluationId, r.studioId, r.activities, r.peopleTrained, r.achievementIds, r.filedOn, r.filedBy],
  );
}

export async function decideReport(
  sql: Sql,
  r: {
    reportId: number;
    outcome: string;
    reason: string | null;
    decidedOn: string;
    decidedBy: number | null;
  },
) {
  await sql.query(
    `update innovation_annual_reports set outcome = $2, reason = $3, decided_on = $4, decided_by = $5,
       decided_recorded_at = now()
      where id = $1`,
    [r.reportId, r.outcome, r.reason, r.decidedOn, r.decidedBy],
  );
}

/** The studio's yearly report in the re-evaluation. */
export async function findReportId(
  sql: Sql,
  reevaluationId: number,
  studioId: number,
): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    'select id from innovation_annual_reports where reevaluation_id = $1 and studio_id = $2',
    [reevaluationId, studioId],
  );
  return rows[0]?.id;
}
