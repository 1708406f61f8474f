import { type Subtree, subtreeCondition, subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { conditions } from '../../db/select.ts';
import { escapeLike } from '../../shared/like.ts';
import { PERSON_COLUMNS } from './people.repository.ts';
import type { PersonRow } from './people.types.ts';

/** Conditions on persons (`p`) for the member list; the search text is already classified by the service. */
export interface MemberFilter {
  /** The look-up hashes of a whole ID number (one per live key). */
  idHash?: string[];
  phone?: string;
  idLastFour?: string;
  namePrefix?: string;
  isFrontLine?: boolean;
  isOutdoor?: boolean;
  isNewEmployment?: boolean;
  female?: boolean;
  modelWorker?: boolean;
  hardship?: boolean;
  /** The day a hardship level is judged in force on (its 有效期 reaching it). */
  today: string;
}

/** A member's hardship level in force on the day given (`?`): set, and its 有效期 not over. */
const HARDSHIP_IN_FORCE =
  '(p.hardship_level is not null and (p.hardship_until is null or p.hardship_until >= ?::date))';

/**
 * The subtree a member list reads, resolved inside its statement: the union `$1` (or, when null, the path `$2`)
 * and its descendants, by a range on the path index (text_pattern_ops: every path below '/1/5/' sorts between
 * '/1/5/' and '/1/50'), kept only when the union's path lies in the actor's subtree (pattern `$3`).
 */
const SUBTREE_ROOT = `s as (
    select o.path from orgs o where o.id = $1
    union all select $2::text where $1::bigint is null)`;
const SUBTREE_UNIONS = `${SUBTREE_ROOT},
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
  /** The matches of a search text are counted only up to SEARCH_COUNT_AHEAD past the page: there are more. */
  totalIsLowerBound: boolean;
}

/**
 * How many matches of a search text are counted past the page's start. A short text ("王建") matches thousands of
 * people at a federation's size and each would be checked against the subtree to be counted; the list says
 * "more than 500" instead, and counts further as the user pages on. The cost of a short text is proportional to it:
 * at 5,000,000 members, 1,000 put the first two characters of a name at p95 42–53 ms on a loaded machine.
 */
export const SEARCH_COUNT_AHEAD = 500;

/** The string just above every string that starts with `prefix` in code-point order (null when there is none). */
function prefixEnd(prefix: string): string | null {
  const chars = [...prefix];
  while (chars.length > 0) {
    const last = chars.pop() as string;
    const cp = last.codePointAt(0) as number;
    if (cp < 0x10ffff) return chars.join('') + String.fromCodePoint(cp === 0xd7ff ? 0xe000 : cp + 1);
  }
  return null;
}

/** The orders in which the search indexes return their matches, over the columns of a row alias `t`. */
const SEARCH_ORDERS = {
  name: (t: string) => `${t}.name using ~<~, ${t}.id`,
  id: (t: string) => `${t}.id`,
};
type SearchOrder = keyof typeof SEARCH_ORDERS;

/** The search text's condition on persons `p` and the order its index returns the matches in. */
function searchCondition(
  f: MemberFilter,
  add: (clause: string, value: unknown) => void,
): SearchOrder | undefined {
  if (f.idHash !== undefined) add('p.id_hash = any(?::text[])', f.idHash);
  else if (f.phone !== undefined) add('p.phone = ?', f.phone);
  else if (f.idLastFour !== undefined) add('right(p.id_masked, 4) = ?', f.idLastFour);
  else if (f.namePrefix !== undefined) {
    // The names from the prefix up to prefixEnd are exactly those starting with it (the name index compares code
    // points): the range bounds the index scan even in a generic plan and, unlike LIKE on top of it, leaves the
    // planner a fair estimate of the matches (no JIT compilation for a query that stops after a page).
    add('p.name ~>=~ ?', f.namePrefix);
    const end = prefixEnd(f.namePrefix);
    if (end !== null) add('p.name ~<~ ?', end);
    else add('p.name like ?', `${escapeLike(f.namePrefix)}%`);
    return 'name';
  } else return undefined;
  return 'id';
}

/**
 * A search text: the matching people are read in the order of the index that finds them and each is kept when the
 * union of their one active membership lies in the subtree (a path prefix, checked row by row so that PostgreSQL
 * cannot turn it into a join that reads every match before sorting them); the page stops after its rows and the
 * count after SEARCH_COUNT_AHEAD past the page (`$n`). By name, the page and the count each scan the name index
 * from its start; by an equality (the last four: hundreds of people), the matches are read once and kept for both.
 */
const searchPage = (where: string, order: SearchOrder, n: number) => `with ${SUBTREE_ROOT},
  hits as ${order === 'name' ? 'not materialized' : 'materialized'} (
    select p.id, p.name from persons p
     where ${where} and coalesce(starts_with(
       (select o.path from memberships m join orgs o on o.id = m.org_id where m.person_id = p.id and m.status = 'active'),
       (select s.path from s where s.path like $3)), false)),
  page as (select h.id as person_id from hits h order by ${SEARCH_ORDERS[order]('h')} limit $4 offset $5)
  select (select path from s) as "orgPath", (select count(*) from (select from hits limit $5 + $${n}) c) as total,
    ${pageItems(SEARCH_ORDERS[order]('x'))} as items`;

/** Flags only: the subtree's members are checked against them, and all that match are counted. */
const flaggedPage = (where: string) => `with ${SUBTREE_UNIONS},
  hits as (
    select m.person_id from persons p join memberships m on m.person_id = p.id and m.status = 'active'
     where m.org_id in (select id from u) and ${where}),
  page as (select person_id from hits order by person_id limit $4 offset $5)
  select (select path from s) as "orgPath", (select count(*) from hits) as total, ${pageItems('x.id')} as items`;

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
  const { where, add } = conditions(params);
  const order = searchCondition(f, add);
  if (f.isFrontLine !== undefined) add('p.is_front_line = ?', f.isFrontLine);
  if (f.isOutdoor !== undefined) add('p.is_outdoor = ?', f.isOutdoor);
  if (f.isNewEmployment !== undefined) add('p.is_new_employment = ?', f.isNewEmployment);
  if (f.female !== undefined) where.push(f.female ? `p.gender = 'female'` : `p.gender = 'male'`);
  if (f.modelWorker !== undefined) where.push(`(p.model_worker_level is not null) = ${f.modelWorker}`);
  if (f.hardship !== undefined) {
    add(`${HARDSHIP_IN_FORCE} = ${f.hardship === true}`, f.today);
  }
  if (order !== undefined) params.push(SEARCH_COUNT_AHEAD + 1);
  const text =
    order !== undefined
      ? searchPage(where.join(' and '), order, params.length)
      : where.length
        ? flaggedPage(where.join(' and '))
        : UNFILTERED_PAGE;
  const { rows } = await sql.query<Omit<MembersPage, 'totalIsLowerBound'>>(text, params, { prepare: true });
  const { total } = rows[0];
  const counted = offset + SEARCH_COUNT_AHEAD;
  return order !== undefined && total > counted
    ? { ...rows[0], total: counted, totalIsLowerBound: true }
    : { ...rows[0], totalIsLowerBound: false };
}

/** A member-sheet row: the import template's fields with the stored (masked and, if asked, encrypted) ID number. */
export interface ExportRow {
  personId: number;
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
  bankAccountMasked: string | null;
  jingkaMasked: string | null;
  /** Only in an unmasked export. */
  bankAccountCipher: string | null;
  jingkaCipher: string | null;
}

/** The filters of GET /api/members, as SQL over persons p, memberships m, orgs o. */
function exportFilter(scope: Subtree, f: MemberFilter) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(scope, 'o.path', params));
  if (f.idHash !== undefined) add('p.id_hash = any(?::text[])', f.idHash);
  else if (f.phone !== undefined) add('p.phone = ?', f.phone);
  else if (f.idLastFour !== undefined) add('p.id_masked like ?', `%${f.idLastFour}`);
  else if (f.namePrefix !== undefined) add('p.name like ?', `${escapeLike(f.namePrefix)}%`);
  if (f.isFrontLine !== undefined) add('p.is_front_line = ?', f.isFrontLine);
  if (f.isOutdoor !== undefined) add('p.is_outdoor = ?', f.isOutdoor);
  if (f.isNewEmployment !== undefined) add('p.is_new_employment = ?', f.isNewEmployment);
  if (f.female !== undefined) add('p.gender = ?', f.female ? 'female' : 'male');
  if (f.modelWorker !== undefined) add('(p.model_worker_level is not null) = ?', f.modelWorker);
  if (f.hardship !== undefined) {
    add(`${HARDSHIP_IN_FORCE} = ${f.hardship === true}`, f.today);
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
    `select p.id as "personId", p.name, p.id_masked as "idMasked", ${unmasked ? 'p.id_cipher' : "''"} as "idCipher", p.gender,
            p.birth_date as "birthDate", p.phone, o.name as "orgName", m.joined_on as "joinedOn",
            p.employer_name as "employerName", p.is_front_line as "isFrontLine", p.is_outdoor as "isOutdoor",
            p.is_new_employment as "isNewEmployment", p.model_worker_level as "modelWorkerLevel",
            p.hardship_level as "hardshipLevel", p.hardship_from as "hardshipFrom",
            p.hardship_until as "hardshipUntil", p.bank_account_masked as "bankAccountMasked",
            p.jingka_masked as "jingkaMasked",
            ${unmasked ? 'p.bank_account_cipher' : 'null'} as "bankAccountCipher",
            ${unmasked ? 'p.jingka_cipher' : 'null'} as "jingkaCipher"
       from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where ${where} order by o.path, p.id`,
    params,
  );
  return rows;
}
