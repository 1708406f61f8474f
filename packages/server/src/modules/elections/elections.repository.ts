import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import type { Post } from './elections.vocabulary.ts';

/** SQL for election_settings, foundings, elections, election_candidates and committees (with read-only joins on orgs). */

/** The most rows a list of foundings, of elections or of terms ending holds; each says how many there are in all. */
export const LIST_CAP = { foundings: 500, elections: 500, terms: 1000 } as const;

export type Majority = 'voting' | 'present';
export type FoundingStatus = 'applied' | 'preparing' | 'met' | 'elected' | 'approved' | 'withdrawn';

/** A committee's people by post: 主席, 副主席, 委员, 经审委员, 女职工委员. */
export interface CommitteePeople {
  chair: string;
  viceChairs: string[];
  members: string[];
  auditors: string[];
  women: string[];
}

export interface SettingRow {
  orgId: number;
  orgName: string;
  termYears: number;
  majority: Majority;
}

/** The setting that applies to a union: its own, else the nearest one up the tree. */
export async function findSettingFor(sql: Sql, path: string): Promise<SettingRow | undefined> {
  const { rows } = await sql.query<SettingRow>(
    `select s.org_id as "orgId", o.name as "orgName", s.term_years as "termYears", s.majority
       from election_settings s join orgs o on o.id = s.org_id
      where starts_with($1::text, o.path)
      order by o.level desc limit 1`,
    [path],
  );
  return rows[0];
}

export async function upsertSetting(sql: Sql, orgId: number, termYears: number, majority: Majority) {
  await sql.query(
    `insert into election_settings (org_id, term_years, majority) values ($1, $2, $3)
     on conflict (org_id) do update set term_years = excluded.term_years, majority = excluded.majority,
       updated_at = now()`,
    [orgId, termYears, majority],
  );
}

// --------------------------------------------------------------------------------------------------- committees

export interface CommitteeRow extends CommitteePeople {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  termNo: number;
  electedOn: string;
  termYears: number;
  endsOn: string;
  foundingId: number | null;
  electionId: number | null;
  replacedOn: string | null;
}

const COMMITTEE_COLUMNS = `c.id, c.org_id as "orgId", o.name as "orgName", o.path as "orgPath", c.term_no as "termNo",
  c.elected_on as "electedOn", c.term_years as "termYears", c.ends_on as "endsOn", c.chair,
  c.vice_chairs as "viceChairs", c.members, c.auditors, c.women, c.founding_id as "foundingId",
  c.election_id as "electionId", c.replaced_on as "replacedOn"`;

export interface NewCommittee extends CommitteePeople {
  orgId: number;
  termNo: number;
  electedOn: string;
  termYears: number;
  foundingId?: number | null;
  electionId?: number | null;
}

/** A committee from its election day; its term ends `termYears` years later, on the same day of the year. */
export async function insertCommittee(sql: Sql, c: NewCommittee): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into committees (org_id, term_no, elected_on, term_years, ends_on, chair, vice_chairs, members, auditors,
       women, founding_id, election_id)
     values ($1, $2, $3::date, $4, ($3::date + make_interval(years => $4))::date, $5, $6::text[], $7::text[],
       $8::text[], $9::text[], $10, $11) returning id`,
    [
      c.orgId,
      c.termNo,
      c.electedOn,
      c.termYears,
      c.chair,
      c.viceChairs,
      c.members,
      c.auditors,
      c.women,
      c.foundingId ?? null,
      c.electionId ?? null,
    ],
  );
  return rows[0].id;
}

/** Elections of one union queue here, so two recorded at once cannot both replace the same committee. */
export async function lockUnionElections(sql: Sql, orgId: number) {
  await sql.query('select pg_advisory_xact_lock(6528, $1::int)', [orgId]);
}

/** The sitting committee of a union, locked when asked (an election replacing it). */
export async function findSittingCommittee(
  sql: Sql,
  orgId: number,
  lock = false,
): Promise<CommitteeRow | undefined> {
  const { rows } = await sql.query<CommitteeRow>(
    `select ${COMMITTEE_COLUMNS} from committees c join orgs o on o.id = c.org_id
      where c.org_id = $1 and c.replaced_on is null ${lock ? 'for update of c' : ''}`,
    [orgId],
  );
  return rows[0];
}

export async function setCommitteeReplaced(sql: Sql, id: number, on: string) {
  await sql.query('update committees set replaced_on = $2 where id = $1', [id, on]);
}

/** A union's committees, the newest first. */
export async function listCommitteesOf(sql: Sql, orgId: number): Promise<CommitteeRow[]> {
  const { rows } = await sql.query<CommitteeRow>(
    `select ${COMMITTEE_COLUMNS} from committees c join orgs o on o.id = c.org_id
      where c.org_id = $1 order by c.elected_on desc, c.id desc`,
    [orgId],
  );
  return rows;
}

/** Sitting committees of the subtree's open unions whose term ends on or before `until`, the earliest first. */
export async function listTermsEnding(sql: Sql, scope: Subtree, until: string, cap?: number) {
  const params: unknown[] = [until];
  const { rows } = await sql.query<CommitteeRow & { countAll: number }>(
    `select ${COMMITTEE_COLUMNS}, ${COUNT_ALL} from committees c join orgs o on o.id = c.org_id
      where c.replaced_on is null and c.ends_on <= $1 and o.status = 'active'
        and ${subtreeCondition(scope, 'o.path', params)}
      order by c.ends_on, o.name ${cap ? `limit ${cap}` : ''}`,
    params,
  );
  return capped(rows);
}

// ---------------------------------------------------------------------------------------------------- elections

export interface ElectionRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  heldOn: string;
  termNo: number;
  voters: number;
  present: number;
  ballots: number;
  majority: Majority;
}

export interface CandidateRow {
  name: string;
  post: Post;
  votes: number;
  elected: boolean;
}

const ELECTION_COLUMNS = `e.id, e.org_id as "orgId", o.name as "orgName", o.path as "orgPath", e.held_on as "heldOn",
  e.term_no as "termNo", e.voters, e.present, e.ballots, e.majority`;

export async function insertElection(
  sql: Sql,
  e: Omit<ElectionRow, 'id' | 'orgName' | 'orgPath'> & { recordedBy: number | null },
  candidates: CandidateRow[],
): Promise<number> {
  const id = await insertRow(
    sql,
    'elections',
    'org_id, held_on, term_no, voters, present, ballots, majority, recorded_by',
    e,
  );
  await sql.query(
    `insert into election_candidates (election_id, name, post, votes, elected)
     select $1, * from unnest($2::text[], $3::text[], $4::int[], $5::boolean[])`,
    [
      id,
      candidates.map((c) => c.name),
      candidates.map((c) => c.post),
      candidates.map((c) => c.votes),
      candidates.map((c) => c.elected),
    ],
  );
  return id;
}

const electionRows = selectFrom<ElectionRow>(
  `${ELECTION_COLUMNS} from elections e join orgs o on o.id = e.org_id`,
);

export const findElection = (sql: Sql, id: number) => electionRows.one(sql, 'e.id = $1', [id]);

export async function listCandidates(sql: Sql, electionId: number): Promise<CandidateRow[]> {
  const { rows } = await sql.query<CandidateRow>(
    `select name, post, votes, elected from election_candidates where election_id = $1
      order by array_position(array['chair','vice_chair','member','auditor','women'], post), votes desc, id`,
    [electionId],
  );
  return rows;
}

export async function listElections(sql: Sql, scope: Subtree, orgId?: number) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(scope, 'o.path', params));
  if (orgId) add('e.org_id = ?', orgId);
  const { rows } = await sql.query<ElectionRow & { countAll: number }>(
    `select ${ELECTION_COLUMNS}, ${COUNT_ALL} from elections e join orgs o on o.id = e.org_id
      where ${where.join(' and ')} order by e.held_on desc, e.id desc limit ${LIST_CAP.elections}`,
    params,
  );
  return capped(rows);
}

// --------------------------------------------------------------------------------------------------- statistics

/**
 * Terms of the subtree's unions ending in each year of [from, to] (elections falling due that year). A term falls
 * due from the latest election: a committee replaced before its term ended (re-elected early) never falls due on
 * its first schedule; the committee that replaced it falls due on its own end (ADR 65, issue 41).
 */
export async function countTermsEndingByYear(sql: Sql, path: string, from: string, to: string) {
  const params: unknown[] = [from, to];
  const { rows } = await sql.query<{ year: number; n: number }>(
    `select extract(year from c.ends_on)::int as year, count(*)::int as n
       from committees c join orgs o on o.id = c.org_id
      where c.ends_on between $1 and $2 and (c.replaced_on is null or c.replaced_on >= c.ends_on)
        and ${subtreeCondition({ path }, 'o.path', params)}
      group by 1`,
    params,
  );
  return rows;
}

/**
 * Unions of the subtree whose committee sitting on `day` had a term that ended before it: an election overdue on
 * that day.
 */
export async function countOverdueOn(sql: Sql, path: string, day: string) {
  const params: unknown[] = [day];
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from committees c join orgs o on o.id = c.org_id
      where c.elected_on <= $1 and (c.replaced_on is null or c.replaced_on > $1) and c.ends_on < $1
        and (o.closed_on is null or o.closed_on > $1)
        and ${subtreeCondition({ path }, 'o.path', params)}`,
    params,
  );
  return rows[0]?.n ?? 0;
}
