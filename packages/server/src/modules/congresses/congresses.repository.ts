import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRowUnlessTaken } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';
import type { DelegateCategory } from './congresses.vocabulary.ts';

/**
 * SQL for congresses, their terms, delegations, delegates, sessions and attendance (and read-only joins on orgs);
 * proposals, votes and disclosures each have their own congresses.<use case>.repository.ts.
 */

/** The most rows a list of proposals or of disclosures holds; each says how many there are in all. */
export const LIST_CAP = { proposals: 2000, disclosures: 500, disclosuresForMember: 200 } as const;

export type Choice = 'yes' | 'no' | 'abstain';

/** A congress's rules: the least share of front-line delegates, the most of managers, co-signers, days to answer. */
export interface CongressSettings {
  frontlineMinPct: number;
  managerMaxPct: number;
  cosignMin: number;
  answerDays: number;
}

/** The settings a congress is set up with unless given (the law's proportions, ADR 64). */
export const DEFAULT_SETTINGS: CongressSettings = {
  frontlineMinPct: 50,
  managerMaxPct: 20,
  cosignMin: 2,
  answerDays: 15,
};

export interface CongressRow extends CongressSettings {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
  kind: 'congress' | 'assembly';
  /** The enterprise's workforce as the union tree records it (null: not recorded). */
  workerCount: number | null;
  womenWorkerCount: number | null;
}

const CONGRESS_COLUMNS = `c.id, c.org_id as "orgId", o.name as "orgName", o.path as "orgPath", c.name, c.kind,
  c.frontline_min_pct as "frontlineMinPct", c.manager_max_pct as "managerMaxPct", c.cosign_min as "cosignMin",
  c.answer_days as "answerDays", o.worker_count as "workerCount", o.women_worker_count as "womenWorkerCount"`;

export async function insertCongress(
  sql: Sql,
  c: CongressSettings & Pick<CongressRow, 'orgId' | 'name' | 'kind'> & { createdBy: number | null },
): Promise<number | undefined> {
  return insertRowUnlessTaken(
    sql,
    'congresses',
    'org_id, name, kind, frontline_min_pct, manager_max_pct, cosign_min, answer_days, created_by',
    c,
    '(org_id)',
  );
}

export async function updateCongressSettings(sql: Sql, id: number, s: CongressSettings) {
  await sql.query(
    `update congresses set frontline_min_pct = $2, manager_max_pct = $3, cosign_min = $4, answer_days = $5
      where id = $1`,
    [id, s.frontlineMinPct, s.managerMaxPct, s.cosignMin, s.answerDays],
  );
}

const congresses = selectFrom<CongressRow>(
  `${CONGRESS_COLUMNS} from congresses c join orgs o on o.id = c.org_id`,
);

export const findCongress = (sql: Sql, id: number) => congresses.one(sql, 'c.id = $1', [id]);

export async function listCongresses(sql: Sql, path: string) {
  const params: unknown[] = [];
  const { rows } = await sql.query<
    CongressRow & { termNumber: number | null; delegates: number; lastHeldOn: string | null }
  >(
    `select ${CONGRESS_COLUMNS},
            (select max(t.number) from congress_terms t where t.congress_id = c.id) as "termNumber",
            (select count(*)::int from congress_delegates d join congress_terms t on t.id = d.term_id
              where t.congress_id = c.id and d.ended_on is null
                and t.number = (select max(number) from congress_terms where congress_id = c.id)) as delegates,
            (select max(s.held_on) from congress_sessions s join congress_terms t on t.id = s.term_id
              where t.congress_id = c.id) as "lastHeldOn"
       from congresses c join orgs o on o.id = c.org_id
      where ${subtreeCondition({ path }, 'o.path', params)}
      order by o.path`,
    params,
  );
  return rows;
}

/** The congresses of the unions above or at a member's union (theirs to see), nearest first. */
export const congressesAbove = (sql: Sql, memberPath: string) =>
  congresses.all(sql, 'left($1::text, length(o.path)) = o.path order by length(o.path) desc', [memberPath]);

export interface TermRow {
  id: number;
  congressId: number;
  number: number;
  startsOn: string;
  endsOn: string;
}

export async function insertTerm(
  sql: Sql,
  t: { congressId: number; number: number; startsOn: string; endsOn: string },
): Promise<number | undefined> {
  return insertRowUnlessTaken(
    sql,
    'congress_terms',
    'congress_id, number, starts_on, ends_on',
    t,
    '(congress_id, number)',
  );
}

const TERM_COLUMNS = `t.id, t.congress_id as "congressId", t.number, t.starts_on as "startsOn", t.ends_on as "endsOn"`;

const terms = selectFrom<TermRow>(`${TERM_COLUMNS} from congress_terms t`);

export const findTerm = (sql: Sql, id: number) => terms.one(sql, 't.id = $1', [id]);
export const listTerms = (sql: Sql, congressId: number) =>
  terms.all(sql, 't.congress_id = $1 order by t.number desc', [congressId]);

export interface DelegationRow {
  id: number;
  termId: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
}

export async function insertDelegation(
  sql: Sql,
  d: { termId: number; orgId: number; name: string },
): Promise<number | undefined> {
  return insertRowUnlessTaken(sql, 'congress_delegations', 'term_id, org_id, name', d, '(term_id, name)');
}

const DELEGATION_COLUMNS = `g.id, g.term_id as "termId", g.org_id as "orgId", o.name as "orgName", o.path as "orgPath",
  g.name`;

const delegations = selectFrom<DelegationRow>(
  `${DELEGATION_COLUMNS} from congress_delegations g join orgs o on o.id = g.org_id`,
);

export const findDelegation = (sql: Sql, id: number) => delegations.one(sql, 'g.id = $1', [id]);
export const listDelegations = (sql: Sql, termId: number) =>
  delegations.all(sql, 'g.term_id = $1 order by g.id', [termId]);

export interface DelegateRow {
  id: number;
  termId: number;
  delegationId: number;
  personId: number;
  orgId: number;
  orgName: string;
  category: DelegateCategory;
  isFemale: boolean;
  electedOn: string;
  endedOn: string | null;
  endReason: string | null;
  replacedBy: number | null;
  replaces: number | null;
}

const DELEGATE_COLUMNS = `d.id, d.term_id as "termId", d.delegation_id as "delegationId", d.person_id as "personId",
  d.org_id as "orgId", o.name as "orgName", d.category, d.is_female as "isFemale", d.elected_on as "electedOn",
  d.ended_on as "endedOn", d.end_reason as "endReason", d.replaced_by as "replacedBy",
  (select r.id from congress_delegates r where r.replaced_by = d.id) as replaces`;
const delegates = selectFrom<DelegateRow>(
  `${DELEGATE_COLUMNS} from congress_delegates d join orgs o on o.id = d.org_id`,
);

export async function insertDelegates(
  sql: Sql,
  rows: {
    termId: number;
    delegationId: number;
    personId: number;
    orgId: number;
    category: DelegateCategory;
    isFemale: boolean;
    electedOn: string;
  }[],
): Promise<number[]> {
  if (!rows.length) return [];
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  const { rows: ids } = await sql.query<{ id: number }>(
    `insert into congress_delegates (term_id, delegation_id, person_id, org_id, category, is_female, elected_on)
     select * from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::boolean[],
                          $7::date[])
     on conflict (term_id, person_id) where ended_on is null do nothing returning id`,
    [
      col('termId'),
      col('delegationId'),
      col('personId'),
      col('orgId'),
      col('category'),
      col('isFemale'),
      col('electedOn'),
    ],
  );
  return ids.map((r) => r.id);
}

export async function findDelegate(sql: Sql, id: number, lock = false): Promise<DelegateRow | undefined> {
  if (lock) await sql.query('select id from congress_delegates where id = $1 for update', [id]);
  return delegates.one(sql, 'd.id = $1', [id]);
}

export const listDelegates = (sql: Sql, termId: number) =>
  delegates.all(sql, 'd.term_id = $1 order by d.delegation_id, d.id', [termId]);

export async function endDelegate(
  sql: Sql,
  id: number,
  e: { endedOn: string; reason: string; replacedBy: number | null },
) {
  await sql.query(
    'update congress_delegates set ended_on = $2, end_reason = $3, replaced_by = $4 where id = $1',
    [id, e.endedOn, e.reason, e.replacedBy],
  );
}

/** A person's seat in a term, if they hold one now. */
export const findSeat = (sql: Sql, termId: number, personId: number) =>
  delegates.one(sql, 'd.term_id = $1 and d.person_id = $2 and d.ended_on is null', [termId, personId]);

/** Delegates holding a seat of the term on a day. */
export async function countSeatsOn(sql: Sql, termId: number, day: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from congress_delegates
      where term_id = $1 and elected_on <= $2 and (ended_on is null or ended_on > $2)`,
    [termId, day],
  );
  return rows[0].n;
}

export interface SessionRow {
  id: number;
  termId: number;
  termNumber: number;
  congressId: number;
  number: number;
  title: string;
  heldOn: string;
  proposalsFrom: string;
  proposalsUntil: string;
  present: number;
}

const SESSION_COLUMNS = `s.id, s.term_id as "termId", t.number as "termNumber", t.congress_id as "congressId", s.number,
  s.title, s.held_on as "heldOn", s.proposals_from as "proposalsFrom", s.proposals_until as "proposalsUntil",
  (select count(*)::int from congress_attendance a where a.session_id = s.id) as present`;

export async function insertSession(
  sql: Sql,
  s: {
    termId: number;
    number: number;
    title: string;
    heldOn: string;
    proposalsFrom: string;
    proposalsUntil: string;
  },
): Promise<number | undefined> {
  return insertRowUnlessTaken(
    sql,
    'congress_sessions',
    'term_id, number, title, held_on, proposals_from, proposals_until',
    s,
    '(term_id, number)',
  );
}

const sessions = selectFrom<SessionRow>(
  `${SESSION_COLUMNS} from congress_sessions s join congress_terms t on t.id = s.term_id`,
);

export const findSession = (sql: Sql, id: number) => sessions.one(sql, 's.id = $1', [id]);
export const listSessions = (sql: Sql, congressId: number) =>
  sessions.all(sql, 't.congress_id = $1 order by t.number desc, s.number desc', [congressId]);

export async function setAttendance(sql: Sql, sessionId: number, delegates: { id: number; orgId: number }[]) {
  await sql.query('delete from congress_attendance where session_id = $1', [sessionId]);
  if (!delegates.length) return;
  await sql.query(
    `insert into congress_attendance (session_id, delegate_id, org_id)
     select $1, * from unnest($2::bigint[], $3::bigint[])`,
    [sessionId, delegates.map((d) => d.id), delegates.map((d) => d.orgId)],
  );
}

export async function attendanceOf(sql: Sql, sessionId: number): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    'select delegate_id as id from congress_attendance where session_id = $1',
    [sessionId],
  );
  return rows.map((r) => r.id);
}
