import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { addRow, insertOnce, insertRow } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { LIST_CAP } from './congresses.repository.ts';
import { type ProposalFilter, type ProposalStatus, type Rating, TO_ASSIGN } from './congresses.vocabulary.ts';

/** SQL for congress_proposals and congress_cosigns: proposals filed, co-signed, handled and answered. */

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
  /** The first answer's day and the due day it was judged against (`congresses.proposals_answered`). */
  firstAnsweredOn: string;
  firstDueOn: string | null;
  rating: Rating | null;
  firstRating: Rating | null;
  ratedOn: string | null;
  cosigns: number;
  pledgeId: number | null;
  /** Made an opinion (转为意见建议) at examination: handled and answered, adopted or not, never rated. */
  opinion: boolean;
  adopted: boolean | null;
}

const PROPOSAL_COLUMNS = `p.id, p.session_id as "sessionId", t.congress_id as "congressId", p.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", p.delegate_id as "delegateId", p.person_id as "personId", p.title, p.body,
  p.status, p.filed_on as "filedOn", p.decided_on as "decidedOn", p.decision_reason as "decisionReason",
  p.merged_into as "mergedInto", p.department, p.assigned_on as "assignedOn", p.due_on as "dueOn", p.answer,
  p.answered_on as "answeredOn", p.answers, p.rating, p.first_rating as "firstRating", p.rated_on as "ratedOn",
  (select count(*)::int from congress_cosigns k where k.proposal_id = p.id) as cosigns,
  (select l.pledge_id from congress_proposal_pledges l where l.proposal_id = p.id) as "pledgeId", p.opinion,
  p.adopted`;
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
  return insertRow(
    sql,
    'congress_proposals',
    'session_id, org_id, delegate_id, person_id, title, body, filed_on',
    p,
  );
}

const proposalRows = selectFrom<ProposalRow>(`${PROPOSAL_COLUMNS} from ${PROPOSAL_FROM}`);

export async function findProposal(sql: Sql, id: number, lock = false): Promise<ProposalRow | undefined> {
  if (lock) await sql.query('select id from congress_proposals where id = $1 for update', [id]);
  return proposalRows.one(sql, 'p.id = $1', [id]);
}

export async function listProposals(
  sql: Sql,
  q: { path: string; congressId?: number; sessionId?: number; status?: ProposalFilter; personId?: number },
) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition({ path: q.path }, 'o.path', params));
  if (q.congressId) add('t.congress_id = ?', q.congressId);
  if (q.sessionId) add('p.session_id = ?', q.sessionId);
  if (q.status) add('p.status = any(?::text[])', q.status === 'to_assign' ? TO_ASSIGN : [q.status]);
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

/** The columns a handling step may change, by their field in `ProposalRow`. */
const CHANGE_COLUMNS = {
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
  firstAnsweredOn: 'first_answered_on',
  firstDueOn: 'first_due_on',
  rating: 'rating',
  firstRating: 'first_rating',
  ratedOn: 'rated_on',
  opinion: 'opinion',
  adopted: 'adopted',
} as const satisfies Partial<Record<keyof ProposalRow, string>>;
type ProposalChange = Partial<Pick<ProposalRow, keyof typeof CHANGE_COLUMNS>>;

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
  return insertOnce(sql, 'congress_cosigns', 'proposal_id, delegate_id, org_id, signed_on', c);
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
  await addRow(sql, 'congress_proposal_pledges', 'proposal_id, pledge_id, org_id, linked_on', {
    ...l,
    linkedOn: l.on,
  });
}

export async function findProposalOfPledge(sql: Sql, pledgeId: number): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    'select proposal_id as id from congress_proposal_pledges where pledge_id = $1',
    [pledgeId],
  );
  return rows[0]?.id;
}
