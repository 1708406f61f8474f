import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { Choice } from './congresses.repository.ts';

/** SQL only the demo runs: the register's members for its rosters, and its ballots and reads set-based. */

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
