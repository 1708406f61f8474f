import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { escapeLike } from '../../shared/like.ts';
import type { MembershipRow, PersonAttributes, PersonRow } from './people.types.ts';

export const PERSON_COLUMNS = `p.id, p.name, p.id_masked as "idMasked", p.birth_date as "birthDate", p.gender, p.phone,
  p.employer_name as "employerName", p.is_front_line as "isFrontLine", p.is_outdoor as "isOutdoor",
  p.is_new_employment as "isNewEmployment", p.model_worker_level as "modelWorkerLevel",
  p.hardship_level as "hardshipLevel", p.hardship_from as "hardshipFrom", p.hardship_until as "hardshipUntil",
  p.hardship_file_id as "hardshipFileId", m.org_id as "orgId", o.name as "orgName", o.path as "orgPath", m.joined_on as "joinedOn"`;

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

/** The member-detail statement: the person with their membership history by primary key (`$1`). */
export const PERSON_DETAIL = `select ${PERSON_COLUMNS},
        coalesce((select json_agg(json_build_object('id', h.id, 'orgId', h.org_id, 'orgName', ho.name,
            'joinedOn', h.joined_on, 'leftOn', h.left_on, 'status', h.status, 'note', h.note)
            order by h.joined_on, h.id)
          from memberships h join orgs ho on ho.id = h.org_id where h.person_id = p.id), '[]') as memberships
       from ${PERSON_FROM} where p.id = $1`;

/** The person with their membership history, in one round trip (the member-detail page). */
export async function findPersonDetailById(
  sql: Sql,
  id: number,
): Promise<(PersonRow & { memberships: MembershipRow[] }) | undefined> {
  const { rows } = await sql.query<PersonRow & { memberships: MembershipRow[] }>(PERSON_DETAIL, [id], {
    prepare: true,
  });
  return rows[0];
}

/** Conditions on persons (`p`) for the member list; the search text is already classified by the service. */
export interface MemberFilter {
  idHash?: string;
  phone?: string;
  idLastFour?: string;
  namePrefix?: string;
  isFrontLine?: boolean;
  isOutdoor?: boolean;
  isNewEmployment?: boolean;
  female?: boolean;
  modelWorker?: boolean;
  hardship?: boolean;
}

/**
 * The subtree a member list reads, resolved inside its statement: the union `$1` (or, when null, the path `$2`)
 * and its descendants, by a range on the path index (text_pattern_ops: every path below '/1/5/' sorts between
 * '/1/5/' and '/1/50'), kept only when the union's path lies in the actor's subtree (pattern `$3`).
 */
const SUBTREE_UNIONS = `s as (
    select o.path from orgs o where o.id = $1
    union all select $2::text where $1::bigint is null),
  u as (
    select c.id from s join orgs c on c.path ~>=~ s.path and c.path ~<~ (left(s.path, -1) || '0')
     where s.path like $3)`;

/** The page's members as one JSON array, in the given order of the output columns. */
const pageItems = (order: string) => `(select coalesce(json_agg(x order by ${order}), '[]') from (
    select ${PERSON_COLUMNS} from page join persons p on p.id = page.person_id
      join memberships m on m.person_id = p.id and m.status = 'active' join orgs o on o.id = m.org_id) x)`;

/**
 * No person filter: members by union, then by id. The per-union counts place the page: only the unions it overlaps
 * are read, each from the (org_id, person_id) index from its own offset, so a deep page skips whole unions instead
 * of walking every membership before it. The total is the sum of the counts.
 */
export const UNFILTERED_PAGE = `with ${SUBTREE_UNIONS},
  counted as (
    select u.id, c.active, sum(c.active) over (order by u.id) - c.active as before
      from u join org_member_counts c on c.org_id = u.id where c.active > 0),
  page as (
    select k.id as org_id, m.person_id from counted k cross join lateral (
        select m.person_id from memberships m where m.status = 'active' and m.org_id = k.id
         order by m.person_id offset greatest($5 - k.before, 0) limit $4) m
     where k.before < $5 + $4 and k.before + k.active > $5
     order by k.id, m.person_id limit $4)
  select (select path from s) as "orgPath", (select coalesce(sum(active), 0) from counted) as total,
    ${pageItems('x."orgId", x.id')} as items`;

export interface MembersPage {
  /** The path of the union asked for (null when there is none), for the service's scope check. */
  orgPath: string | null;
  items: PersonRow[];
  total: number;
}

/**
 * One page of the active members of a subtree with the total, in one round trip: the union asked for is looked up,
 * its subtree resolved and the page and total read in the same statement. Items come back only when that union lies
 * in the actor's subtree (`actorPath`); the service turns a missing or foreign union into its error.
 */
export async function findMembersPage(
  sql: Sql,
  at: { orgId: number | null; actorPath: string },
  f: MemberFilter,
  pageSize: number,
  offset: number,
): Promise<MembersPage> {
  const params: unknown[] = [at.orgId, at.actorPath, subtreePattern(at.actorPath), pageSize, offset];
  const where: string[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replaceAll('?', `$${params.length}`));
  };
  if (f.idHash !== undefined) add('p.id_hash = ?', f.idHash);
  else if (f.phone !== undefined) add('p.phone = ?', f.phone);
  else if (f.idLastFour !== undefined) add('right(p.id_masked, 4) = ?', f.idLastFour);
  else if (f.namePrefix !== undefined) add(`p.name like ?`, `${escapeLike(f.namePrefix)}%`);
  if (f.isFrontLine !== undefined) add('p.is_front_line = ?', f.isFrontLine);
  if (f.isOutdoor !== undefined) add('p.is_outdoor = ?', f.isOutdoor);
  if (f.isNewEmployment !== undefined) add('p.is_new_employment = ?', f.isNewEmployment);
  if (f.female !== undefined) where.push(f.female ? `p.gender = 'female'` : `p.gender = 'male'`);
  if (f.modelWorker !== undefined) where.push(`(p.model_worker_level is not null) = ${f.modelWorker}`);
  if (f.hardship !== undefined) {
    where.push(
      `(p.hardship_level is not null and (p.hardship_until is null or p.hardship_until >= current_date)) = ${f.hardship}`,
    );
  }
  // A search text matches few people: find them first (from the persons' indexes alone), then keep those whose
  // active membership lies in the subtree. Without one, the flags are checked on the subtree's members.
  const searched = f.idHash ?? f.phone ?? f.idLastFour ?? f.namePrefix;
  const hits =
    searched !== undefined
      ? `found as materialized (select p.id from persons p where ${where.join(' and ')}),
        hits as (
          select m.person_id from found join memberships m on m.person_id = found.id and m.status = 'active'
           where m.org_id in (select id from u))`
      : `hits as (
          select m.person_id from persons p join memberships m on m.person_id = p.id and m.status = 'active'
           where m.org_id in (select id from u) and ${where.join(' and ')})`;
  const text = where.length
    ? `with ${SUBTREE_UNIONS}, ${hits},
        page as (select person_id from hits order by person_id limit $4 offset $5)
        select (select path from s) as "orgPath", (select count(*) from hits) as total, ${pageItems('x.id')} as items`
    : UNFILTERED_PAGE;
  const { rows } = await sql.query<MembersPage>(text, params, { prepare: true });
  return rows[0];
}

export async function findIdCipher(sql: Sql, id: number): Promise<string> {
  const { rows } = await sql.query<{ c: string }>('select id_cipher as c from persons where id = $1', [id]);
  return rows[0].c;
}

export interface NewPersonRow extends PersonAttributes {
  name: string;
  idHash: string;
  idCipher: string;
  idMasked: string;
  birthDate: string;
  gender: 'male' | 'female';
  phone: string | null;
  employerName: string | null;
  /** The union the person is registered into: their home federation is its (docs/scaling.md). */
  homeOrgId: number;
}

export async function insertPerson(sql: Sql, r: NewPersonRow): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender, phone, employer_name,
       is_front_line, is_outdoor, is_new_employment, model_worker_level, hardship_level, hardship_from, hardship_until,
       federation_id)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15, org_federation_id($16)) returning id`,
    [
      r.name,
      r.idHash,
      r.idCipher,
      r.idMasked,
      r.birthDate,
      r.gender,
      r.phone,
      r.employerName,
      r.isFrontLine,
      r.isOutdoor,
      r.isNewEmployment,
      r.modelWorkerLevel,
      r.hardshipLevel,
      r.hardshipFrom,
      r.hardshipUntil,
      r.homeOrgId,
    ],
  );
  return rows[0].id;
}

export async function insertFirstMembership(
  sql: Sql,
  personId: number,
  orgId: number,
  joinedOn: string | null,
): Promise<void> {
  await sql.query(
    `insert into memberships (person_id, org_id, joined_on) values ($1, $2, coalesce($3::date, current_date))`,
    [personId, orgId, joinedOn],
  );
}

export type PersonEdit = PersonAttributes & {
  name: string;
  phone: string | null;
  employerName: string | null;
};

export async function updatePersonRow(sql: Sql, id: number, next: PersonEdit): Promise<void> {
  await sql.query(
    `update persons set name = $2, phone = $3, employer_name = $4, is_front_line = $5, is_outdoor = $6,
       is_new_employment = $7, model_worker_level = $8, hardship_level = $9, hardship_from = $10,
       hardship_until = $11, updated_at = now() where id = $1`,
    [
      id,
      next.name,
      next.phone,
      next.employerName,
      next.isFrontLine,
      next.isOutdoor,
      next.isNewEmployment,
      next.modelWorkerLevel,
      next.hardshipLevel,
      next.hardshipFrom,
      next.hardshipUntil,
    ],
  );
}

/** Closes the active membership and opens one in another union; the history keeps both rows. */
export async function moveMembership(
  sql: Sql,
  personId: number,
  toOrgId: number,
  on: string,
  note: string | null,
): Promise<void> {
  await sql.query(
    `update memberships set status = 'transferred', left_on = $2, note = $3
      where person_id = $1 and status = 'active'`,
    [personId, on, note],
  );
  await sql.query('insert into memberships (person_id, org_id, joined_on, note) values ($1, $2, $3, $4)', [
    personId,
    toOrgId,
    on,
    note,
  ]);
}

export async function updatePhone(sql: Sql, personId: number, phone: string | null): Promise<void> {
  await sql.query('update persons set phone = $2, updated_at = now() where id = $1', [personId, phone]);
}
