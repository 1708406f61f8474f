import type { Sql } from '../../../db/db.ts';
import { insertRow } from '../../../db/insert.ts';
import { notFound } from '../../../shared/errors.ts';
import type { ProblemStatus } from '../innovation.vocabulary.ts';

/** SQL for front-line problems, their teams and milestones. */

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
  fundingFen: number | null;
  deadline: string | null;
  status: ProblemStatus;
  reviewNote: string | null;
  publishedOn: string | null;
  /** The day it was sent back (退回), while it stands rejected. */
  rejectedOn: string | null;
  claimedOn: string | null;
  /** The day it was posted (013_problem_days). */
  postedOn: string;
  outcome: string | null;
  closedOn: string | null;
  achievementId: number | null;
  words: string[];
  createdAt: string;
}

export const PROBLEM_COLUMNS = `p.id, p.org_id as "orgId", o.name as "orgName", o.path as "orgPath", p.title,
  p.description, p.industry, p.region, p.poster, p.source, p.contact_name as "contactName",
  p.contact_phone as "contactPhone", p.funding_fen as "fundingFen", p.deadline, p.status,
  p.review_note as "reviewNote", p.published_on as "publishedOn",
  p.rejected_on as "rejectedOn", p.claimed_on as "claimedOn", p.posted_on as "postedOn", p.outcome,
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

export interface NewProblem {
  orgId: number;
  title: string;
  description: string;
  industry: string | null;
  region: string | null;
  poster: string;
  fundingFen: number | null;
  deadline: string | null;
  words: string[];
  /** The day it was posted (the service's clock), the day `innovation.problems` counts it on. */
  postedOn: string;
}

/** A new problem's parameters $1 to $10: union, texts, poster, funding, deadline, words, the day it was posted. */
/** A problem a union's staff post. */
export async function insertProblem(sql: Sql, p: NewProblem & { createdBy: number | null }): Promise<number> {
  return insertRow(
    sql,
    'innovation_problems',
    'org_id, title, description, industry, region, poster, funding_fen, deadline, words, posted_on, created_by',
    p,
  );
}

/** A problem sent from the public page, with its contact. */
export async function insertPublicProblem(
  sql: Sql,
  p: NewProblem & { contactName: string; contactPhone: string },
): Promise<number> {
  return insertRow(
    sql,
    'innovation_problems',
    'org_id, title, description, industry, region, poster, funding_fen, deadline, words, posted_on, source, contact_name, contact_phone',
    { ...p, source: 'public' },
  );
}

/** A page of problems matching `where` (over `params`), newest first, with the total and each team's size. */
export async function listProblemsPage(
  sql: Sql,
  where: string[],
  params: unknown[],
  page: number,
  pageSize: number,
) {
  const { rows } = await sql.query<ProblemRow & { total: number; teamSize: number }>(
    `select ${PROBLEM_COLUMNS}, count(*) over () as total,
            (select count(*) from innovation_problem_teams t where t.problem_id = p.id) as "teamSize"
       from ${PROBLEM_FROM} where ${where.join(' and ')}
      order by p.created_at desc, p.id desc limit ${pageSize} offset ${(page - 1) * pageSize}`,
    params,
  );
  return rows;
}

export async function setProblemReviewed(
  sql: Sql,
  id: number,
  status: 'published' | 'rejected',
  reason: string | null,
  on: string,
): Promise<void> {
  await sql.query(
    `update innovation_problems set status = $2, review_note = $3,
            published_on = case when $2 = 'published' then $4::date end,
            rejected_on = case when $2 = 'rejected' then $4::date end, updated_at = now()
      where id = $1`,
    [id, status, reason, on],
  );
}

/** The claiming team (the lead first) and the problem marked claimed on the day. */
export async function claimWithTeam(
  sql: Sql,
  id: number,
  leadStudioId: number,
  partnerStudioIds: number[],
  on: string,
): Promise<void> {
  await sql.query(
    `insert into innovation_problem_teams (problem_id, studio_id, role)
     select $1, unnest($2::bigint[]), unnest($3::text[])`,
    [id, [leadStudioId, ...partnerStudioIds], ['lead', ...partnerStudioIds.map(() => 'partner')]],
  );
  await sql.query(
    `update innovation_problems set status = 'claimed', claimed_on = $2, updated_at = now() where id = $1`,
    [id, on],
  );
}

export async function insertMilestone(
  sql: Sql,
  m: { problemId: number; reachedOn: string; title: string; note: string; createdBy: number | null },
): Promise<number> {
  return insertRow(
    sql,
    'innovation_problem_milestones',
    'problem_id, reached_on, title, note, created_by',
    m,
  );
}

export async function closeProblemRow(
  sql: Sql,
  id: number,
  c: { outcome: string; closedOn: string; achievementId: number },
): Promise<void> {
  await sql.query(
    `update innovation_problems set status = 'closed', outcome = $2, closed_on = $3, achievement_id = $4,
            updated_at = now()
      where id = $1`,
    [id, c.outcome, c.closedOn, c.achievementId],
  );
}

/** The unions that receive problems from the public: the federation and the district and industry unions. */
export async function listReceivingUnions(sql: Sql): Promise<{ id: number; name: string }[]> {
  const { rows } = await sql.query<{ id: number; name: string }>(
    `select id, name from orgs where level <= 2 and status = 'active' order by level, name`,
  );
  return rows;
}

/** The union's name when it receives problems from the public. */
export async function findReceivingUnion(sql: Sql, orgId: number): Promise<{ name: string } | undefined> {
  const { rows } = await sql.query<{ name: string }>(
    `select name from orgs where id = $1 and level <= 2 and status = 'active'`,
    [orgId],
  );
  return rows[0];
}
