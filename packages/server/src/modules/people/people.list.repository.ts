import { type Subtree, subtreeCondition, subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { escapeLike } from '../../shared/like.ts';
import { PERSON_COLUMNS } from './people.repository.ts';
import type { PersonRow } from './people.types.ts';

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

/** A member-sheet row: the import template's fields with the stored (masked and, if asked, encrypted) ID number. */
export interface ExportRow {
  name: string;
  idMasked: string;
  idCipher: string;
  gender: 'male' | 'female';
  birthDate: string;
  phone: string | null;
  orgName: string;
  joinedOn: string;
  employerName: string | null;
  isFrontLine: boolean;
  isOutdoor: boolean;
  isNewEmployment: boolean;
  modelWorkerLevel: string | null;
  hardshipLevel: string | null;
  hardshipFrom: string | null;
  hardshipUntil: string | null;
}

/** The filters of GET /api/members, as SQL over persons p, memberships m, orgs o. */
function exportFilter(scope: Subtree, f: MemberFilter) {
  const params: unknown[] = [];
  const where = [subtreeCondition(scope, 'o.path', params)];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replaceAll('?', `$${params.length}`));
  };
  if (f.idHash !== undefined) add('p.id_hash = ?', f.idHash);
  else if (f.phone !== undefined) add('p.phone = ?', f.phone);
  else if (f.idLastFour !== undefined) add('p.id_masked like ?', `%${f.idLastFour}`);
  else if (f.namePrefix !== undefined) add('p.name like ?', `${f.namePrefix}%`);
  if (f.isFrontLine !== undefined) add('p.is_front_line = ?', f.isFrontLine);
  if (f.isOutdoor !== undefined) add('p.is_outdoor = ?', f.isOutdoor);
  if (f.isNewEmployment !== undefined) add('p.is_new_employment = ?', f.isNewEmployment);
  if (f.female !== undefined) add('p.gender = ?', f.female ? 'female' : 'male');
  if (f.modelWorker !== undefined) add('(p.model_worker_level is not null) = ?', f.modelWorker);
  if (f.hardship !== undefined) {
    add(
      '(p.hardship_level is not null and (p.hardship_until is null or p.hardship_until >= current_date)) = ?',
      f.hardship,
    );
  }
  return { where: where.join(' and '), params };
}

/** The active members of a subtree matching the filter, by union path then id; the cipher only when `unmasked`. */
export async function findMembersForExport(
  sql: Sql,
  scope: Subtree,
  f: MemberFilter,
  unmasked: boolean,
): Promise<ExportRow[]> {
  const { where, params } = exportFilter(scope, f);
  const { rows } = await sql.query<ExportRow>(
    `select p.name, p.id_masked as "idMasked", ${unmasked ? 'p.id_cipher' : "''"} as "idCipher", p.gender,
            p.birth_date as "birthDate", p.phone, o.name as "orgName", m.joined_on as "joinedOn",
            p.employer_name as "employerName", p.is_front_line as "isFrontLine", p.is_outdoor as "isOutdoor",
            p.is_new_employment as "isNewEmployment", p.model_worker_level as "modelWorkerLevel",
            p.hardship_level as "hardshipLevel", p.hardship_from as "hardshipFrom",
            p.hardship_until as "hardshipUntil"
       from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where ${where} order by o.path, p.id`,
    params,
  );
  return rows;
}
