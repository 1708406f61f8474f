import type { Sql } from '../../../db/db.ts';
import type { PersonFact } from './rule.types.ts';

/** The reads of an evaluation's facts (facts.ts). */

export interface PersonOrgRow extends PersonFact {
  orgId: number | null;
  orgName: string | null;
  orgPath: string | null;
  orgLevel: number | null;
  ownerName: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  active: boolean | null;
}

/**
 * The person with their active union and the dates of that membership (or of their latest one when none is
 * active), and the name of the union at `ownerPath`. Reads people's `persons` and `memberships`.
 */
export async function findPersonWithUnion(
  sql: Sql,
  personId: number,
  ownerPath: string,
): Promise<PersonOrgRow | undefined> {
  const { rows } = await sql.query<PersonOrgRow>(
    `select p.id, p.name, p.birth_date as "birthDate", p.gender, p.is_front_line as "isFrontLine",
            p.is_outdoor as "isOutdoor", p.is_new_employment as "isNewEmployment",
            p.model_worker_level as "modelWorkerLevel", p.hardship_level as "hardshipLevel",
            p.hardship_from as "hardshipFrom", p.hardship_until as "hardshipUntil",
            o.id as "orgId", o.name as "orgName", o.path as "orgPath", o.level as "orgLevel",
            (select w.name from orgs w where w.path = $2) as "ownerName",
            m.joined_on as "joinedOn", m.left_on as "leftOn", m.status = 'active' as active
       from persons p
       left join lateral (
         select h.org_id, h.joined_on, h.left_on, h.status from memberships h where h.person_id = p.id
          order by h.status = 'active' desc, h.joined_on desc, h.id desc limit 1
       ) m on true
       left join orgs o on o.id = m.org_id and m.status = 'active'
      where p.id = $1`,
    [personId, ownerPath],
  );
  return rows[0];
}

/** A union with the name of the union at `ownerPath`. */
export async function findUnionWithOwnerName(sql: Sql, orgId: number, ownerPath: string) {
  const { rows } = await sql.query<{
    id: number;
    name: string;
    path: string;
    level: number;
    ownerName: string | null;
  }>(
    `select o.id, o.name, o.path, o.level, (select w.name from orgs w where w.path = $2) as "ownerName"
       from orgs o where o.id = $1`,
    [orgId, ownerPath],
  );
  return rows[0];
}
