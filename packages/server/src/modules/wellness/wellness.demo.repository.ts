import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/** Members of the subtree (the demo nominates some of them). */
export async function membersIn(sql: Sql, path: string, limit: number) {
  const { rows } = await sql.query<{
    personId: number;
    orgId: number;
    frontLine: boolean;
    newEmployment: boolean;
  }>(
    `select m.person_id as "personId", m.org_id as "orgId", p.is_front_line as "frontLine",
            p.is_new_employment as "newEmployment"
       from memberships m join orgs o on o.id = m.org_id join persons p on p.id = m.person_id
      where m.status = 'active' and o.path like $1 order by m.person_id limit $2`,
    [subtreePattern(path), limit],
  );
  return rows.map((r) => ({ ...r, personId: Number(r.personId), orgId: Number(r.orgId) }));
}

/** The end state of past batches, inserted in one statement per table (the demo's 2022–2024). */
export async function insertRecordedAllocations(
  sql: Sql,
  rows: {
    batchId: number;
    orgId: number;
    quota: number;
    used: number;
    frontLine: number;
    newEmployment: number;
  }[],
) {
  if (!rows.length) return;
  await sql.query(
    `insert into wellness_allocations (batch_id, org_id, quota, recorded_used, recorded_front_line,
       recorded_new_employment)
     select * from unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::int[], $6::int[])`,
    [
      rows.map((r) => r.batchId),
      rows.map((r) => r.orgId),
      rows.map((r) => r.quota),
      rows.map((r) => r.used),
      rows.map((r) => r.frontLine),
      rows.map((r) => r.newEmployment),
    ],
  );
  await sql.query(
    `update wellness_batches b set allocated = s.q
       from (select batch_id, sum(quota)::int as q from wellness_allocations where batch_id = any($1::bigint[])
              group by batch_id) s
      where s.batch_id = b.id`,
    [[...new Set(rows.map((r) => r.batchId))]],
  );
}
