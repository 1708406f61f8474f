import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { readPage } from '../../shared/paged.ts';

/** A member whose record carries a model-worker level but who is on no row of the model workers register. */
export interface UnlistedMember {
  personId: number;
  name: string;
  idMasked: string | null;
  /** The level on the member's record (the attribute programs' rules read): 全国, 市级 or 区级. */
  level: 'national' | 'city' | 'district';
  orgId: number;
  orgName: string;
}

/** How many model workers a subtree's register holds, of every status. */
export async function countRegistered(sql: Sql, path: string): Promise<number> {
  const params: unknown[] = [];
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from modelworkers m join orgs o on o.id = m.org_id
      where ${subtreeCondition({ path }, 'o.path', params)}`,
    params,
  );
  return Number(rows[0].n);
}

/**
 * The active members of a subtree whose record gives a model-worker level (set on the member's page, by the
 * members import, or raised by the register) while no row of the register is theirs: the members list counts them
 * as 劳模 and the register does not. At most `max` of them, by name; with how many there are.
 */
export async function findUnlistedMembers(
  sql: Sql,
  path: string,
  max: number,
): Promise<{ total: number; items: UnlistedMember[] }> {
  const params: unknown[] = [];
  return readPage<UnlistedMember>(
    sql,
    {
      columns: `p.id::int as "personId", p.name, p.id_masked as "idMasked", p.model_worker_level as level,
        o.id::int as "orgId", o.name as "orgName"`,
      from: `persons p join memberships ms on ms.person_id = p.id and ms.status = 'active'
        join orgs o on o.id = ms.org_id`,
      where: [
        subtreeCondition({ path }, 'o.path', params),
        'p.model_worker_level is not null',
        'not exists (select 1 from modelworkers m where m.person_id = p.id)',
      ],
      params,
      orderBy: 'p.name, p.id',
    },
    { page: 1, pageSize: max },
  );
}
