import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertOnce, insertRow } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';
import type { Choice } from './congresses.repository.ts';
import type { MotionKind } from './congresses.vocabulary.ts';

/** SQL for congress_motions and congress_ballots: motions put to the vote, ballots and the tally. */

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
  return insertRow(sql, 'congress_motions', 'session_id, title, kind, opened_on', m);
}

const motionRows = selectFrom<MotionRow>(`${MOTION_COLUMNS} from congress_motions m`);

export async function findMotion(sql: Sql, id: number, lock = false): Promise<MotionRow | undefined> {
  if (lock) await sql.query('select id from congress_motions where id = $1 for update', [id]);
  return motionRows.one(sql, 'm.id = $1', [id]);
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
  return insertOnce(sql, 'congress_ballots', 'motion_id, delegate_id, org_id, choice', b);
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

/** Votes closed in a subtree between two days, with their session and union, for the statistics' export. */
export async function listClosedMotions(sql: Sql, path: string, from: string, to: string) {
  const params: unknown[] = [from, to];
  const { rows } = await sql.query<
    MotionRow & { orgName: string; congressName: string; sessionTitle: string; heldOn: string }
  >(
    `select ${MOTION_COLUMNS}, o.name as "orgName", c.name as "congressName", s.title as "sessionTitle",
            s.held_on as "heldOn"
       from congress_motions m join congress_sessions s on s.id = m.session_id
       join congress_terms t on t.id = s.term_id join congresses c on c.id = t.congress_id
       join orgs o on o.id = c.org_id
      where m.status = 'closed' and m.closed_on between $1 and $2
        and ${subtreeCondition({ path }, 'o.path', params)}
      order by m.closed_on, m.id`,
    params,
  );
  return rows;
}
