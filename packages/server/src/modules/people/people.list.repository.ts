import { type Subtree, subtreeCondition, subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { conditions } from '../../db/select.ts';
import { escapeLike } from '../../shared/like.ts';
import { nameKey } from '../../shared/text.ts';
import { accountStateIs, accountStateOf } from '../auth/index.ts';
import { PERSON_COLUMNS } from './people.repository.ts';
import type { PersonRow } from './people.types.ts';
import type { AccountState } from './people.vocabulary.ts';

/** Conditions on persons (`p`) for the member list; the search text is already classified by the service. */
export interface MemberFilter {
  /** The look-up hashes of a whole ID number (one per live key). */
  idHash?: string[];
  /** A whole phone number. */
  phone?: string;
  /** The last digits of a phone (4 to 11); looked for together with idEnd when both are set. */
  phoneEnd?: string;
  /** The last four or six characters of an ID number (X upper-case). */
  idEnd?: string;
  /** Part of a name, wherever it stands in the name (both compared by their key: shared/text.ts nameKey). */
  namePart?: string;
  isFrontLine?: boolean;
  isOutdoor?: boolean;
  isNewEmployment?: boolean;
  female?: boolean;
  modelWorker?: boolean;
  hardship?: boolean;
  /** The state of the member's phone account (see ACCOUNT_STATE). */
  accountState?: AccountState;
  /** The day a hardship level is judged in force on (its 有效期 reaching it). */
  today: string;
}

/** A member's hardship level in force on the day given (`?`): set, and its 有效期 not over. */
const HARDSHIP_IN_FORCE =
  '(p.hardship_level is not null and (p.hardship_until is null or p.hardship_until >= ?::date))';

/** A member-list row: the person's columns and the state of their phone account. */
export const LIST_COLUMNS = `${PERSON_COLUMNS}, ${accountStateOf('p.id')} as "accountState"`;

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
    select ${LIST_COLUMNS} from page join persons p on p.id = page.person_id
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

/** A row of the member list. */
export type MemberListRow = PersonRow & { accountState: AccountState };

export interface MembersPage {
  /** The path of the union asked for (null when there is none), for the service's scope check. */
  orgPath: string | null;
  items: MemberListRow[];
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

/** Whether person `id`'s one active membership lies in the subtree `s` (kept when in the actor's subtree, `$3`). */
const inSubtree = (id: string) => `coalesce(starts_with(
       (select o.path from memberships m join orgs o on o.id = m.org_id where m.person_id = ${id} and m.status = 'active'),
       (select s.path from s where s.path like $3)), false)`;

/** A text's range on a text_pattern_ops index of `column`: the strings starting with the text (see prefixEnd). */
function startsWith(column: string, text: string, add: (clause: string, value: unknown) => void) {
  // The strings from the text up to prefixEnd are exactly those starting with it (the index compares code points):
  // the range bounds the index scan even in a generic plan and, unlike LIKE on top of it, leaves the planner a
  // fair estimate of the matches (no JIT compilation for a query that stops after a page).
  add(`${column} ~>=~ ?`, text);
  const end = prefixEnd(text);
  if (end !== null) add(`${column} ~<~ ?`, end);
  else add(`${column} like ?`, `${escapeLike(text)}%`);
}

/**
 * The condition on persons `p` of a search text found by an equality or a short range (a whole ID number or phone,
 * a phone's last digits, an ID number's last four or six: at most hundreds of people), or undefined for a name.
 * An ID number's last six are its birth day (which persons keep as birth_date) and its last four.
 */
function exactCondition(f: MemberFilter, params: unknown[]): string | undefined {
  const { where, add } = conditions(params);
  if (f.idHash !== undefined) add('p.id_hash = any(?::text[])', f.idHash);
  else if (f.phone !== undefined) add('p.phone = ?', f.phone);
  else if (f.phoneEnd === undefined && f.idEnd === undefined) return undefined;
  const either: string[] = [];
  if (f.phoneEnd !== undefined) {
    startsWith('reverse(p.phone)', [...f.phoneEnd].reverse().join(''), add);
    either.push(where.splice(0).join(' and '));
  }
  if (f.idEnd !== undefined) {
    add('right(p.id_masked, 4) = ?', f.idEnd.slice(-4));
    if (f.idEnd.length === 6) add(`to_char(p.birth_date, 'DD') = ?`, f.idEnd.slice(0, 2));
    either.push(where.splice(0).join(' and '));
  }
  return either.length ? `(${either.map((c) => `(${c})`).join(' or ')})` : where.join(' and ');
}

/**
 * A search text found by an equality: the matching people (at most hundreds) are read once and each kept when the
 * union of their one active membership lies in the subtree (a path prefix, checked row by row so that PostgreSQL
 * cannot turn it into a join that reads every match before sorting them); kept for the page and for the count,
 * which stops SEARCH_COUNT_AHEAD past the page (`$n`).
 */
const exactPage = (where: string, n: number) => `with ${SUBTREE_ROOT},
  hits as materialized (select p.id from persons p where ${where} and ${inSubtree('p.id')}),
  page as (select h.id as person_id from hits h order by h.id limit $4 offset $5)
  select (select path from s) as "orgPath", (select count(*) from (select from hits limit $5 + $${n}) c) as total,
    ${pageItems('x.id')} as items`;

/**
 * Part of a name, names and text compared by their key (person_name_key, shared/text.ts nameKey: 欧阳 明 is found by
 * 欧阳明 and 欧阳明 by 欧阳 明): first the names starting with it, in key order (persons_name_key_id_idx), then the
 * names holding it further on, in the order of the key from the text on (person_name_parts: 赵小红 is found by its
 * ending 小红), each person once (at the first place the text stands in the key). Each branch is read in its index's order,
 * checked row by row against the subtree, and stops after the page (`$4` from `$5`) and, for the count,
 * SEARCH_COUNT_AHEAD past it (`$n`); the two counts are added.
 */
const namePage = (front: string, inner: string, n: number) => `with ${SUBTREE_ROOT},
  front as not materialized (
    select p.id, person_name_key(p.name) as key from persons p where ${front} and ${inSubtree('p.id')}),
  inner_ as not materialized (
    select p.id, x.part as key from person_name_parts x join persons p on p.id = x.person_id
     where ${inner} and ${inSubtree('p.id')}),
  page as (
    select b.id as person_id, b.r, b.key from (
      (select 0 as r, id, key from front order by key using ~<~, id limit $4::bigint + $5::bigint)
      union all (select 1, id, key from inner_ order by key using ~<~, id limit $4::bigint + $5::bigint)) b
    order by b.r, b.key using ~<~, b.id limit $4 offset $5)
  select (select path from s) as "orgPath",
    (select count(*) from (select from front limit $5 + $${n}) c)
      + (select count(*) from (select from inner_ limit $5 + $${n}) c) as total,
    (select coalesce(json_agg(x.item order by x.r, x.key using ~<~, x.id), '[]') from (
       select page.r, page.key, p.id, (select to_json(y) from (select ${LIST_COLUMNS}) y) as item
         from page join persons p on p.id = page.person_id
         join memberships m on m.person_id = p.id and m.status = 'active' join orgs o on o.id = m.org_id) x) as items`;

/** The conditions of a name search's two branches (see namePage), over the flags' conditions `flags`. */
function nameConditions(namePart: string, flags: string[], params: unknown[]) {
  const text = nameKey(namePart);
  const front = conditions(params, ...flags);
  startsWith('person_name_key(p.name)', text, front.add);
  const inner = conditions(params, ...flags);
  startsWith('x.part', text, inner.add);
  // once per person: the ending that starts where the text first stands in the name's key
  inner.add(
    'strpos(person_name_key(p.name), ?) = char_length(person_name_key(p.name)) - char_length(x.part) + 1',
    text,
  );
  return { front: front.where.join(' and '), inner: inner.where.join(' and ') };
}

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
  if (f.isFrontLine !== undefined) add('p.is_front_line = ?', f.isFrontLine);
  if (f.isOutdoor !== undefined) add('p.is_outdoor = ?', f.isOutdoor);
  if (f.isNewEmployment !== undefined) add('p.is_new_employment = ?', f.isNewEmployment);
  if (f.female !== undefined) where.push(f.female ? `p.gender = 'female'` : `p.gender = 'male'`);
  if (f.modelWorker !== undefined) where.push(`(p.model_worker_level is not null) = ${f.modelWorker}`);
  if (f.hardship !== undefined) {
    add(`${HARDSHIP_IN_FORCE} = ${f.hardship === true}`, f.today);
  }
  if (f.accountState !== undefined) where.push(accountStateIs('p.id', f.accountState));
  const exact = exactCondition(f, params);
  const searched = exact !== undefined || f.namePart !== undefined;
  let text: string;
  if (exact !== undefined) {
    params.push(SEARCH_COUNT_AHEAD + 1);
    text = exactPage([exact, ...where].join(' and '), params.length);
  } else if (f.namePart !== undefined) {
    const { front, inner } = nameConditions(f.namePart, where, params);
    params.push(SEARCH_COUNT_AHEAD + 1);
    text = namePage(front, inner, params.length);
  } else text = where.length ? flaggedPage(where.join(' and ')) : UNFILTERED_PAGE;
  const { rows } = await sql.query<Omit<MembersPage, 'totalIsLowerBound'>>(text, params, { prepare: true });
  const { total } = rows[0];
  const counted = offset + SEARCH_COUNT_AHEAD;
  return searched && total > counted
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
  accountState: AccountState;
}

/** The filters of GET /api/members, as SQL over persons p, memberships m, orgs o. */
function exportFilter(scope: Subtree, f: MemberFilter) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(scope, 'o.path', params));
  const exact = exactCondition(f, params);
  if (exact !== undefined) where.push(exact);
  else if (f.namePart !== undefined) add('strpos(person_name_key(p.name), ?) > 0', nameKey(f.namePart));
  if (f.isFrontLine !== undefined) add('p.is_front_line = ?', f.isFrontLine);
  if (f.isOutdoor !== undefined) add('p.is_outdoor = ?', f.isOutdoor);
  if (f.isNewEmployment !== undefined) add('p.is_new_employment = ?', f.isNewEmployment);
  if (f.female !== undefined) add('p.gender = ?', f.female ? 'female' : 'male');
  if (f.modelWorker !== undefined) add('(p.model_worker_level is not null) = ?', f.modelWorker);
  if (f.hardship !== undefined) {
    add(`${HARDSHIP_IN_FORCE} = ${f.hardship === true}`, f.today);
  }
  if (f.accountState !== undefined) where.push(accountStateIs('p.id', f.accountState));
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
            ${unmasked ? 'p.jingka_cipher' : 'null'} as "jingkaCipher",
            ${accountStateOf('p.id')} as "accountState"
       from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where ${where} order by o.path, p.id`,
    params,
  );
  return rows;
}
