import type { Sql } from '../../../db/db.ts';
import { notFound } from '../../../shared/errors.ts';

/** SQL for front-line problems, their teams and milestones. */

export type ProblemStatus = 'submitted' | 'published' | 'rejected' | 'claimed' | 'closed';

export interface ProblemRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  title: string;
  description: string;
  industry: string | null;
  region: string | null;
  poster: string;
  source: 'staff' | 'public';
  contactName: string | null;
  contactPhone: string | null;
  fundingFen: number;
  deadline: string | null;
  status: ProblemStatus;
  reviewNote: string | null;
  publishedOn: string | null;
  claimedOn: string | null;
  outcome: string | null;
  closedOn: string | null;
  achievementId: number | null;
  words: string[];
  createdAt: string;
}

export const PROBLEM_COLUMNS = `p.id, p.org_id as "orgId", o.name as "orgName", o.path as "orgPath", p.title,
  p.description, p.industry, p.region, p.poster, p.source, p.contact_name as "contactName",
  p.contact_phone as "contactPhone", p.funding_fen as "fundingFen", p.deadline, p.status,
  p.review_note as "reviewNote", p.published_on as "publishedOn", p.claimed_on as "claimedOn", p.outcome,
  p.closed_on as "closedOn", p.achievement_id as "achievementId", p.words, p.created_at as "createdAt"`;

export const PROBLEM_FROM = 'innovation_problems p join orgs o on o.id = p.org_id';

const PROBLEM = { zh: '难题', en: 'Problem' };

export async function getProblem(sql: Sql, id: number, lock = false): Promise<ProblemRow> {
  const { rows } = await sql.query<ProblemRow>(
    `select ${PROBLEM_COLUMNS} from ${PROBLEM_FROM} where p.id = $1 ${lock ? 'for update of p' : ''}`,
    [id],
  );
  if (!rows[0]) throw notFound(PROBLEM, { id });
  return rows[0];
}

export interface TeamMember {
  studioId: number;
  name: string;
  orgId: number;
  orgPath: string;
  unionName: string;
  role: 'lead' | 'partner';
}

export async function listTeam(sql: Sql, problemId: number): Promise<TeamMember[]> {
  const { rows } = await sql.query<TeamMember>(
    `select t.studio_id as "studioId", s.name, s.org_id as "orgId", o.path as "orgPath", o.name as "unionName",
            t.role
       from innovation_problem_teams t join innovation_studios s on s.id = t.studio_id
       join orgs o on o.id = s.org_id
      where t.problem_id = $1 order by t.role, s.name`,
    [problemId],
  );
  return rows;
}

export async function listMilestones(sql: Sql, problemId: number) {
  const { rows } = await sql.query<{ id: number; reachedOn: string; title: string; note: string }>(
    `select id, reached_on as "reachedOn", title, note from innovation_problem_milestones
      where problem_id = $1 order by reached_on, id`,
    [problemId],
  );
  return rows;
}
