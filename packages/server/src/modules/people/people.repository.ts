import type { Sql } from '../../db/db.ts';
import type { MembershipRow, PersonRow } from './people.types.ts';

export const PERSON_COLUMNS = `p.id, p.name, p.id_masked as "idMasked", p.birth_date as "birthDate", p.gender, p.phone,
  p.employer_name as "employerName", p.is_front_line as "isFrontLine", p.is_outdoor as "isOutdoor",
  p.is_new_employment as "isNewEmployment", p.model_worker_level as "modelWorkerLevel",
  p.hardship_level as "hardshipLevel", p.hardship_from as "hardshipFrom", p.hardship_until as "hardshipUntil",
  m.org_id as "orgId", o.name as "orgName", o.path as "orgPath", m.joined_on as "joinedOn"`;

export const PERSON_FROM = `persons p
  left join memberships m on m.person_id = p.id and m.status = 'active'
  left join orgs o on o.id = m.org_id`;

export async function findPersonById(sql: Sql, id: number): Promise<PersonRow | undefined> {
  const { rows } = await sql.query<PersonRow>(
    `select ${PERSON_COLUMNS} from ${PERSON_FROM} where p.id = $1`,
    [id],
  );
  return rows[0];
}

export async function findPersonIdByHash(sql: Sql, idHash: string): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>('select id from persons where id_hash = $1', [idHash]);
  return rows[0]?.id;
}

export async function listMemberships(sql: Sql, personId: number): Promise<MembershipRow[]> {
  const { rows } = await sql.query<MembershipRow>(
    `select m.id, m.org_id as "orgId", o.name as "orgName", m.joined_on as "joinedOn", m.left_on as "leftOn",
            m.status, m.note
       from memberships m join orgs o on o.id = m.org_id where m.person_id = $1 order by m.joined_on, m.id`,
    [personId],
  );
  return rows;
}

/** The person with their membership history, in one round trip (the member-detail page). */
export async function findPersonDetailById(
  sql: Sql,
  id: number,
): Promise<(PersonRow & { memberships: MembershipRow[] }) | undefined> {
  const { rows } = await sql.query<PersonRow & { memberships: MembershipRow[] }>(
    `select ${PERSON_COLUMNS},
        coalesce((select json_agg(json_build_object('id', h.id, 'orgId', h.org_id, 'orgName', ho.name,
            'joinedOn', h.joined_on, 'leftOn', h.left_on, 'status', h.status, 'note', h.note)
            order by h.joined_on, h.id)
          from memberships h join orgs ho on ho.id = h.org_id where h.person_id = p.id), '[]') as memberships
       from ${PERSON_FROM} where p.id = $1`,
    [id],
    { prepare: true },
  );
  return rows[0];
}
