import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';

/** SQL for the congress_* tables (and read-only joins on orgs). */

/** The most rows a list of proposals or of disclosures holds; each says how many there are in all. */
export const LIST_CAP = { proposals: 2000, disclosures: 500, disclosuresForMember: 200 } as const;

export type DelegateCategory = 'frontline' | 'technician' | 'manager' | 'other';
export type ProposalStatus =
  | 'filed'
  | 'accepted'
  | 'rejected'
  | 'merged'
  | 'assigned'
  | 'answered'
  | 'closed';
export type Rating = 'satisfied' | 'basic' | 'dissatisfied';
export type MotionKind = 'resolution' | 'agreement' | 'welfare' | 'other';
export type Choice = 'yes' | 'no' | 'abstain';
export type DisclosureCategory = 'finance' | 'welfare' | 'safety' | 'performance' | 'wages' | 'other';

export interface CongressRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
  kind: 'congress' | 'assembly';
  frontlineMinPct: number;
  managerMaxPct: number;
  cosignMin: number;
  answerDays: number;
  /** The enterprise's workforce as the union tree records it (null: not recorded). */
  workerCount: number | null;
  womenWorkerCount: number | null;
}

const CONGRESS_COLUMNS = `c.id, c.org_id as "orgId", o.name as "orgName", o.path as "orgPath", c.name, c.kind,
  c.frontline_min_pct as "frontlineMinPct", c.manager_max_pct as "managerMaxPct", c.cosign_min as "cosignMin",
  c.answer_days as "answerDays", o.worker_count as "workerCount", o.women_worker_count as "womenWorkerCount"`;

export async function insertCongress(
  sql: Sql,
  c: {
    orgId: number;
    name: string;
    kind: 'congress' | 'assembly';
    frontlineMinPct: number;
    managerMaxPct: number;
    cosignMin: number;
    answerDays: number;
    createdBy: number | null;
  },
): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into congresses (org_id, name, kind, frontline_min_pct, manager_max_pct, cosign_min, answer_days, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (org_id) do nothing returning id`,
    [c.orgId, c.name, c.kind, c.frontlineMinPct, c.managerMaxPct, c.cosignMin, c.answerDays, c.createdBy],
  );
  return rows[0]?.id;
}

export async function updateCongressSettings(
  sql: Sql,
  id: number,
  s: { frontlineMinPct: number; managerMaxPct: number; cosignMin: number; answerDays: number },
) {
  await sql.query(
    `update congresses set frontline_min_pct = $2, manager_max_pct = $3, cosign_min = $4, answer_days = $5
      where id = $1`,
    [id, s.frontlineMinPct, s.managerMaxPct, s.cosignMin, s.answerDays],
  );
}

export async function findCongress(sql: Sql, id: number): Promise<CongressRow | undefined> {
  const { rows } = await sql.query<CongressRow>(
    `select ${CONGRESS_COLUMNS} from congresses c join orgs o on o.id = c.org_id where c.id = $1`,
    [id],
  );
  return rows[0];
}

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
export async function congressesAbove(sql: Sql, memberPath: string): Promise<CongressRow[]> {
  const { rows } = await sql.query<CongressRow>(
    `select ${CONGRESS_COLUMNS} from congresses c join orgs o on o.id = c.org_id
      where left($1::text, length(o.path)) = o.path order by length(o.path) desc`,
    [memberPath],
  );
  return rows;
}

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
  const { rows } = await sql.query<{ id: number }>(
    `insert into congress_terms (congress_id, number, starts_on, ends_on) values ($1, $2, $3, $4)
     on conflict (congress_id, number) do nothing returning id`,
    [t.congressId, t.number, t.startsOn, t.endsOn],
  );
  return rows[0]?.id;
}

const TERM_COLUMNS = `t.id, t.congress_id as "congressId", t.number, t.starts_on as "startsOn", t.ends_on as "endsOn"`;

export async function findTerm(sql: Sql, id: number): Promise<TermRow | undefined> {
  const { rows } = await sql.query<TermRow>(`select ${TERM_COLUMNS} from congress_terms t where t.id = $1`, [
    id,
  ]);
  return rows[0];
}

export async function listTerms(sql: Sql, congressId: number): Promise<TermRow[]> {
  const { rows } = await sql.query<TermRow>(
    `select ${TERM_COLUMNS} from congress_terms t where t.congress_id = $1 order by t.number desc`,
    [congressId],
  );
  return rows;
}

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
  const { rows } = await sql.query<{ id: number }>(
    `insert into congress_delegations (term_id, org_id, name) values ($1, $2, $3)
     on conflict (term_id, name) do nothing returning id`,
    [d.termId, d.orgId, d.name],
  );
  return rows[0]?.id;
}

const DELEGATION_COLUMNS = `g.id, g.term_id as "termId", g.org_id as "orgId", o.name as "orgName", o.path as "orgPath",
  g.name`;

export async function findDelegation(sql: Sql, id: number): Promise<DelegationRow | undefined> {
  const { rows } = await sql.query<DelegationRow>(
    `select ${DELEGATION_COLUMNS} from congress_delegations g join orgs o on o.id = g.org_id where g.id = $1`,
    [id],
  );
  return rows[0];
}

export async function listDelegations(sql: Sql, termId: number): Promise<DelegationRow[]> {
  const { rows } = await sql.query<DelegationRow>(
    `select ${DELEGATION_COLUMNS} from congress_delegations g join orgs o on o.id = g.org_id
      where g.term_id = $1 order by g.id`,
    [termId],
  );
  return rows;
}

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
  const { rows } = await sql.query<DelegateRow>(
    `select ${DELEGATE_COLUMNS} from congress_delegates d join orgs o on o.id = d.org_id where d.id = $1`,
    [id],
  );
  return rows[0];
}

export async function listDelegates(sql: Sql, termId: number): Promise<DelegateRow[]> {
  const { rows } = await sql.query<DelegateRow>(
    `select ${DELEGATE_COLUMNS} from congress_delegates d join orgs o on o.id = d.org_id
      where d.term_id = $1 order by d.delegation_id, d.id`,
    [termId],
  );
  return rows;
}

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
export async function findSeat(sql: Sql, termId: number, personId: number): Promise<DelegateRow | undefined> {
  const { rows } = await sql.query<DelegateRow>(
    `select ${DELEGATE_COLUMNS} from congress_delegates d join orgs o on o.id = d.org_id
      where d.term_id = $1 and d.person_id = $2 and d.ended_on is null`,
    [termId, personId],
  );
  return rows[0];
}

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
  const { rows } = await sql.query<{ id: number }>(
    `insert into congress_sessions (term_id, number, title, held_on, proposals_from, proposals_until)
     values ($1, $2, $3, $4, $5, $6) on conflict (term_id, number) do nothing returning id`,
    [s.termId, s.number, s.title, s.heldOn, s.proposalsFrom, s.proposalsUntil],
  );
  return rows[0]?.id;
}

export async function findSession(sql: Sql, id: number): Promise<SessionRow | undefined> {
  const { rows } = await sql.query<SessionRow>(
    `select ${SESSION_COLUMNS} from congress_sessions s join congress_terms t on t.id = s.term_id where s.id = $1`,
    [id],
  );
  return rows[0];
}

export async function listSessions(sql: Sql, congressId: number): Promise<SessionRow[]> {
  const { rows } = await sql.query<SessionRow>(
    `select ${SESSION_COLUMNS} from congress_sessions s join congress_terms t on t.id = s.term_id
      where t.congress_id = $1 order by t.number desc, s.number desc`,
    [congressId],
  );
  return rows;
}

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

export interface ProposalRow {
  id: number;
  sessionId: number;
  congressId: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  delegateId: number;
  personId: number;
  title: string;
  body: string;
  status: ProposalStatus;
  filedOn: string;
  decidedOn: string | null;
  decisionReason: string | null;
  mergedInto: number | null;
  department: string | null;
  assignedOn: string | null;
  dueOn: string | null;
  answer: string | null;
  answeredOn: string | null;
  answers: number;
  rating: Rating | null;
  firstRating: Rating | null;
  ratedOn: string | null;
  cosigns: number;
  pledgeId: number | null;
}

const PROPOSAL_COLUMNS = `p.id, p.session_id as "sessionId", t.congress_id as "congressId", p.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", p.delegate_id as "delegateId", p.person_id as "personId", p.title, p.body,
  p.status, p.filed_on as "filedOn", p.decided_on as "decidedOn", p.decision_reason as "decisionReason",
  p.merged_into as "mergedInto", p.department, p.assigned_on as "assignedOn", p.due_on as "dueOn", p.answer,
  p.answered_on as "answeredOn", p.answers, p.rating, p.first_rating as "firstRating", p.rated_on as "ratedOn",
  (select count(*)::int from congress_cosigns k where k.proposal_id = p.id) as cosigns,
  (select l.pledge_id from congress_proposal_pledges l where l.proposal_id = p.id) as "pledgeId"`;
const PROPOSAL_FROM = `congress_proposals p join congress_sessions s on s.id = p.session_id
  join congress_terms t on t.id = s.term_id join congresses c on c.id = t.congress_id join orgs o on o.id = c.org_id`;

export async function insertProposal(
  sql: Sql,
  p: {
    sessionId: number;
    orgId: number;
    delegateId: number;
    personId: number;
    title: string;
    body: string;
    filedOn: string;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into congress_proposals (session_id, org_id, delegate_id, person_id, title, body, filed_on)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [p.sessionId, p.orgId, p.delegateId, p.personId, p.title, p.body, p.filedOn],
  );
  return rows[0].id;
}

export async function findProposal(sql: Sql, id: number, lock = false): Promise<ProposalRow | undefined> {
  if (lock) await sql.query('select id from congress_proposals where id = $1 for update', [id]);
  const { rows } = await sql.query<ProposalRow>(
    `select ${PROPOSAL_COLUMNS} from ${PROPOSAL_FROM} where p.id = $1`,
    [id],
  );
  return rows[0];
}

export async function listProposals(
  sql: Sql,
  q: { path: string; congressId?: number; sessionId?: number; status?: ProposalStatus; personId?: number },
) {
  const params: unknown[] = [];
  const where = [subtreeCondition({ path: q.path }, 'o.path', params)];
  if (q.congressId) {
    params.push(q.congressId);
    where.push(`t.congress_id = $${params.length}`);
  }
  if (q.sessionId) {
    params.push(q.sessionId);
    where.push(`p.session_id = $${params.length}`);
  }
  if (q.status) {
    params.push(q.status);
    where.push(`p.status = $${params.length}`);
  }
  const { rows } = await sql.query<ProposalRow & { countAll: number }>(
    `select ${PROPOSAL_COLUMNS}, ${COUNT_ALL} from ${PROPOSAL_FROM} where ${where.join(' and ')}
      order by p.id desc limit ${LIST_CAP.proposals}`,
    params,
  );
  return capped(rows);
}

export async function listSessionProposals(sql: Sql, sessionId: number): Promise<ProposalRow[]> {
  const { rows } = await sql.query<ProposalRow>(
    `select ${PROPOSAL_COLUMNS} from ${PROPOSAL_FROM} where p.session_id = $1 order by p.id desc`,
    [sessionId],
  );
  return rows;
}

type ProposalChange = Partial<{
  status: ProposalStatus;
  decidedOn: string | null;
  decisionReason: string | null;
  mergedInto: number | null;
  department: string | null;
  assignedOn: string | null;
  dueOn: string | null;
  answer: string | null;
  answeredOn: string | null;
  answers: number;
  rating: Rating | null;
  firstRating: Rating | null;
  ratedOn: string | null;
}>;
const CHANGE_COLUMNS: Record<keyof ProposalChange, string> = {
  status: 'status',
  decidedOn: 'decided_on',
  decisionReason: 'decision_reason',
  mergedInto: 'merged_into',
  department: 'department',
  assignedOn: 'assigned_on',
  dueOn: 'due_on',
  answer: 'answer',
  answeredOn: 'answered_on',
  answers: 'answers',
  rating: 'rating',
  firstRating: 'first_rating',
  ratedOn: 'rated_on',
};

export async function updateProposal(sql: Sql, id: number, change: ProposalChange) {
  const params: unknown[] = [id];
  const sets = Object.entries(change).map(([k, v]) => {
    params.push(v);
    return `${CHANGE_COLUMNS[k as keyof ProposalChange]} = $${params.length}`;
  });
  if (sets.length) await sql.query(`update congress_proposals set ${sets.join(', ')} where id = $1`, params);
}

/** A co-signature; false when this delegate had already co-signed. */
export async function insertCosign(
  sql: Sql,
  c: { proposalId: number; delegateId: number; orgId: number; signedOn: string },
): Promise<boolean> {
  const { rows } = await sql.query<{ ok: number }>(
    `insert into congress_cosigns (proposal_id, delegate_id, org_id, signed_on) values ($1, $2, $3, $4)
     on conflict do nothing returning 1 as ok`,
    [c.proposalId, c.delegateId, c.orgId, c.signedOn],
  );
  return rows.length > 0;
}

export async function cosignersOf(sql: Sql, proposalIds: number[]) {
  if (!proposalIds.length) return [];
  const { rows } = await sql.query<{
    proposalId: number;
    delegateId: number;
    personId: number;
    signedOn: string;
  }>(
    `select k.proposal_id as "proposalId", k.delegate_id as "delegateId", d.person_id as "personId",
            k.signed_on as "signedOn"
       from congress_cosigns k join congress_delegates d on d.id = k.delegate_id
      where k.proposal_id = any($1::bigint[]) order by k.signed_on, d.id`,
    [proposalIds],
  );
  return rows;
}

export async function linkPledge(
  sql: Sql,
  l: { proposalId: number; pledgeId: number; orgId: number; on: string },
) {
  await sql.query(
    'insert into congress_proposal_pledges (proposal_id, pledge_id, org_id, linked_on) values ($1, $2, $3, $4)',
    [l.proposalId, l.pledgeId, l.orgId, l.on],
  );
}

export async function findProposalOfPledge(sql: Sql, pledgeId: number): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    'select proposal_id as id from congress_proposal_pledges where pledge_id = $1',
    [pledgeId],
  );
  return rows[0]?.id;
}

export interface MotionRow {
  id: number;
  sessionId: number;
  title: string;
  kind: MotionKind;
  status: 'open' | 'closed';
  openedOn: string;
  closedOn: string | null;
  delegates: number | null;
  present: number | null;
  yes: number;
  no: number;
  abstain: number;
  result: 'passed' | 'failed' | 'no_quorum' | null;
  ballots: number;
}

const MOTION_COLUMNS = `m.id, m.session_id as "sessionId", m.title, m.kind, m.status, m.opened_on as "openedOn",
  m.closed_on as "closedOn", m.delegates, m.present, coalesce(m.yes, 0) as yes, coalesce(m.no, 0) as no,
  coalesce(m.abstain, 0) as abstain, m.result,
  (select count(*)::int from congress_ballots b where b.motion_id = m.id) as ballots`;

export async function insertMotion(
  sql: Sql,
  m: { sessionId: number; title: string; kind: MotionKind; openedOn: string },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    'insert into congress_motions (session_id, title, kind, opened_on) values ($1, $2, $3, $4) returning id',
    [m.sessionId, m.title, m.kind, m.openedOn],
  );
  return rows[0].id;
}

export async function findMotion(sql: Sql, id: number, lock = false): Promise<MotionRow | undefined> {
  if (lock) await sql.query('select id from congress_motions where id = $1 for update', [id]);
  const { rows } = await sql.query<MotionRow>(
    `select ${MOTION_COLUMNS} from congress_motions m where m.id = $1`,
    [id],
  );
  return rows[0];
}

export async function listMotions(sql: Sql, sessionIds: number[]): Promise<MotionRow[]> {
  if (!sessionIds.length) return [];
  const { rows } = await sql.query<MotionRow>(
    `select ${MOTION_COLUMNS} from congress_motions m where m.session_id = any($1::bigint[]) order by m.id`,
    [sessionIds],
  );
  return rows;
}

/** A delegate's ballot; false when they had already voted (the primary key keeps one). */
export async function insertBallot(
  sql: Sql,
  b: { motionId: number; delegateId: number; orgId: number; choice: Choice },
): Promise<boolean> {
  const { rows } = await sql.query<{ ok: number }>(
    `insert into congress_ballots (motion_id, delegate_id, org_id, choice) values ($1, $2, $3, $4)
     on conflict do nothing returning 1 as ok`,
    [b.motionId, b.delegateId, b.orgId, b.choice],
  );
  return rows.length > 0;
}

export async function tally(sql: Sql, motionId: number) {
  const { rows } = await sql.query<{ yes: number; no: number; abstain: number }>(
    `select count(*) filter (where choice = 'yes')::int as yes, count(*) filter (where choice = 'no')::int as no,
            count(*) filter (where choice = 'abstain')::int as abstain
       from congress_ballots where motion_id = $1`,
    [motionId],
  );
  return rows[0];
}

export async function ballotsOf(sql: Sql, motionIds: number[], delegateIds: number[]) {
  if (!motionIds.length || !delegateIds.length) return [];
  const { rows } = await sql.query<{ motionId: number; choice: Choice }>(
    `select motion_id as "motionId", choice from congress_ballots
      where motion_id = any($1::bigint[]) and delegate_id = any($2::bigint[])`,
    [motionIds, delegateIds],
  );
  return rows;
}

export async function closeMotion(
  sql: Sql,
  id: number,
  c: {
    closedOn: string;
    delegates: number;
    present: number;
    yes: number;
    no: number;
    abstain: number;
    result: 'passed' | 'failed' | 'no_quorum';
  },
) {
  await sql.query(
    `update congress_motions set status = 'closed', closed_on = $2, delegates = $3, present = $4, yes = $5, no = $6,
            abstain = $7, result = $8 where id = $1`,
    [id, c.closedOn, c.delegates, c.present, c.yes, c.no, c.abstain, c.result],
  );
}

export interface DisclosureRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  category: DisclosureCategory;
  title: string;
  body: string;
  publishedOn: string;
  reads: number;
}

const DISCLOSURE_COLUMNS = `x.id, x.org_id as "orgId", o.name as "orgName", o.path as "orgPath", x.category, x.title,
  x.body, x.published_on as "publishedOn", x.reads`;

export async function insertDisclosure(
  sql: Sql,
  d: {
    orgId: number;
    category: DisclosureCategory;
    title: string;
    body: string;
    publishedOn: string;
    createdBy: number | null;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into congress_disclosures (org_id, category, title, body, published_on, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [d.orgId, d.category, d.title, d.body, d.publishedOn, d.createdBy],
  );
  return rows[0].id;
}

export async function listDisclosures(sql: Sql, path: string) {
  const params: unknown[] = [];
  const { rows } = await sql.query<DisclosureRow & { countAll: number }>(
    `select ${DISCLOSURE_COLUMNS}, ${COUNT_ALL} from congress_disclosures x join orgs o on o.id = x.org_id
      where ${subtreeCondition({ path }, 'o.path', params)}
      order by x.published_on desc, x.id desc limit ${LIST_CAP.disclosures}`,
    params,
  );
  return capped(rows);
}

/** What the unions at or above a member's union disclosed to it, newest first, with whether the member read it. */
export async function disclosuresFor(sql: Sql, memberPath: string, personId: number) {
  const { rows } = await sql.query<DisclosureRow & { read: boolean; countAll: number }>(
    `select ${DISCLOSURE_COLUMNS}, ${COUNT_ALL},
            exists (select 1 from congress_disclosure_reads r where r.disclosure_id = x.id and r.person_id = $2) as read
       from congress_disclosures x join orgs o on o.id = x.org_id
      where left($1::text, length(o.path)) = o.path
      order by x.published_on desc, x.id desc limit ${LIST_CAP.disclosuresForMember}`,
    [memberPath, personId],
  );
  return capped(rows);
}

export async function findDisclosure(sql: Sql, id: number): Promise<DisclosureRow | undefined> {
  const { rows } = await sql.query<DisclosureRow>(
    `select ${DISCLOSURE_COLUMNS} from congress_disclosures x join orgs o on o.id = x.org_id where x.id = $1`,
    [id],
  );
  return rows[0];
}

/** Counts a member's reading once: true the first time. */
export async function markRead(sql: Sql, r: { disclosureId: number; personId: number; orgId: number }) {
  const { rows } = await sql.query<{ ok: number }>(
    `insert into congress_disclosure_reads (disclosure_id, person_id, org_id) values ($1, $2, $3)
     on conflict do nothing returning 1 as ok`,
    [r.disclosureId, r.personId, r.orgId],
  );
  if (rows.length)
    await sql.query('update congress_disclosures set reads = reads + 1 where id = $1', [r.disclosureId]);
  return rows.length > 0;
}

/** The congresses of a subtree with the day each was set up (a state for the statistics: few rows). */
export async function congressesOf(sql: Sql, path: string) {
  const params: unknown[] = [];
  const { rows } = await sql.query<{ id: number; orgId: number; orgPath: string; since: string | null }>(
    `select c.id, c.org_id as "orgId", o.path as "orgPath",
            (select min(t.starts_on) from congress_terms t where t.congress_id = c.id) as since
       from congresses c join orgs o on o.id = c.org_id
      where ${subtreeCondition({ path }, 'o.path', params)}`,
    params,
  );
  return rows;
}

export async function orgNames(sql: Sql, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const { rows } = await sql.query<{ id: number; name: string }>(
    'select id, name from orgs where id = any($1::bigint[])',
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}

/** Members of a subtree with their sex and front-line mark, for the demo's rosters (a read of the register). */
export async function membersForDemo(sql: Sql, path: string, limit: number) {
  const params: unknown[] = [];
  const { rows } = await sql.query<{ personId: number; orgId: number; female: boolean; frontLine: boolean }>(
    `select p.id as "personId", m.org_id as "orgId", p.gender = 'female' as female, p.is_front_line as "frontLine"
       from memberships m join persons p on p.id = m.person_id join orgs o on o.id = m.org_id
      where m.status = 'active' and ${subtreeCondition({ path }, 'o.path', params)}
      order by p.id limit ${Number(limit)}`,
    params,
  );
  return rows;
}

/** The demo's ballots and attendance, set-based. */
export async function insertBallots(
  sql: Sql,
  motionId: number,
  ballots: { delegateId: number; orgId: number; choice: Choice }[],
) {
  if (!ballots.length) return;
  await sql.query(
    `insert into congress_ballots (motion_id, delegate_id, org_id, choice)
     select $1, * from unnest($2::bigint[], $3::bigint[], $4::text[])`,
    [motionId, ballots.map((b) => b.delegateId), ballots.map((b) => b.orgId), ballots.map((b) => b.choice)],
  );
}

export async function insertReads(
  sql: Sql,
  disclosureId: number,
  readers: { personId: number; orgId: number }[],
) {
  if (!readers.length) return;
  await sql.query(
    `insert into congress_disclosure_reads (disclosure_id, person_id, org_id)
     select $1, * from unnest($2::bigint[], $3::bigint[]) on conflict do nothing`,
    [disclosureId, readers.map((r) => r.personId), readers.map((r) => r.orgId)],
  );
  await sql.query(
    'update congress_disclosures set reads = (select count(*) from congress_disclosure_reads where disclosure_id = $1) where id = $1',
    [disclosureId],
  );
}
