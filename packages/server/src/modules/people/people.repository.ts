import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { selectFrom } from '../../db/select.ts';
import { type Lookup, spreadLookups } from '../../shared/lookups.ts';
import { textArray } from '../../shared/pg-array.ts';
import { nameKey } from '../../shared/text.ts';
import type { AccountKind, StoredAccount } from './people.accounts.ts';
import type { MembershipRow, PersonAttributes, PersonRow } from './people.types.ts';
import type { EndReason } from './people.vocabulary.ts';

export const PERSON_COLUMNS = `p.id, p.name, p.id_masked as "idMasked", p.birth_date as "birthDate", p.gender, p.phone,
  p.employer_name as "employerName", p.is_front_line as "isFrontLine", p.is_outdoor as "isOutdoor",
  p.is_new_employment as "isNewEmployment", p.model_worker_level as "modelWorkerLevel",
  p.hardship_level as "hardshipLevel", p.hardship_from as "hardshipFrom", p.hardship_until as "hardshipUntil",
  p.hardship_file_id as "hardshipFileId", p.bank_account_masked as "bankAccountMasked",
  p.jingka_masked as "jingkaMasked", m.org_id as "orgId", o.name as "orgName", o.path as "orgPath", m.joined_on as "joinedOn"`;

export const PERSON_FROM = `persons p
  left join memberships m on m.person_id = p.id and m.status = 'active'
  left join orgs o on o.id = m.org_id`;

/** Members' names by id (the audit log names whom a row is about). */
export async function findPersonNames(sql: Sql, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const { rows } = await sql.query<{ id: number; name: string }>(
    'select id, name from persons where id = any($1::bigint[])',
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}

const personRows = selectFrom<PersonRow>(`${PERSON_COLUMNS} from ${PERSON_FROM}`);

export const findPersonById = (sql: Sql, id: number) => personRows.one(sql, 'p.id = $1', [id]);

/** The person of an ID number, by its look-up hashes (`ids.lookups`: under each live key while a rotation runs). */
export async function findPersonIdByHash(
  sql: Sql,
  idHash: string | readonly string[],
): Promise<number | undefined> {
  const hashes = typeof idHash === 'string' ? [idHash] : idHash;
  const { rows } = await sql.query<{ id: number }>('select id from persons where id_hash = any($1::text[])', [
    hashes,
  ]);
  return rows[0]?.id;
}

/** A person found for a register's row, with the union of their active membership (null: none). */
export interface PersonRef {
  id: number;
  name: string;
  orgPath: string | null;
}

/** Holders of memberships by the memberships' ids (a member number names one), with whether it is current. */
export async function findPersonsByMembership(
  sql: Sql,
  membershipIds: number[],
): Promise<Map<number, PersonRef & { active: boolean }>> {
  if (!membershipIds.length) return new Map();
  const { rows } = await sql.query<PersonRef & { membershipId: number; active: boolean }>(
    `select m.id as "membershipId", p.id, p.name, o.path as "orgPath", m.status = 'active' as active
       from memberships m join persons p on p.id = m.person_id join orgs o on o.id = m.org_id
      where m.id = any($1::bigint[])`,
    [membershipIds],
  );
  return new Map(rows.map(({ membershipId, ...p }) => [Number(membershipId), p]));
}

/**
 * Persons by the keyed hashes of their ID numbers, in one read (register imports). Give each number's look-ups
 * (`ids.lookups`): while a key rotation runs, a person not yet rewritten is found under the previous key. The answer
 * is keyed by each look-up's first (current) hash.
 */
export async function findPersonsByHash(
  sql: Sql,
  lookups: readonly Lookup[],
): Promise<Map<string, PersonRef>> {
  const { hashes, keyOf } = spreadLookups(lookups);
  if (!hashes.length) return new Map();
  const { rows } = await sql.query<PersonRef & { hash: string }>(
    `select p.id_hash as hash, p.id, p.name, o.path as "orgPath"
       from persons p left join memberships m on m.person_id = p.id and m.status = 'active'
       left join orgs o on o.id = m.org_id
      where p.id_hash = any($1::text[])`,
    [textArray(hashes)], // one array literal (shared/pg-array.ts), not escaped by the driver value by value
  );
  return new Map(rows.map(({ hash, ...p }) => [keyOf(hash), p]));
}

/**
 * Active members named one of `names` whose union lies under one of the `paths` (union paths, each standing for
 * its subtree), in one read: a register naming people by name only finds them here. Names are compared as a clerk
 * reads them (shared/text.ts nameKey: 欧阳 明 is 欧阳明); each member comes with the key it was found by.
 */
export async function findMembersByName(
  sql: Sql,
  names: string[],
  paths: string[],
): Promise<(PersonRef & { nameKey: string })[]> {
  if (!names.length || !paths.length) return [];
  const { rows } = await sql.query<PersonRef & { nameKey: string }>(
    `select p.id, p.name, person_name_key(p.name) as "nameKey", o.path as "orgPath"
       from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where person_name_key(p.name) = any($1::text[]) and o.path like any($2::text[])`,
    [[...new Set(names.map(nameKey))], paths.map(subtreePattern)],
  );
  return rows;
}

/** The key of findMembersByNameAndPhone's answer for a name and a phone. */
export const nameAndPhone = (name: string, phone: string) => `${nameKey(name)}|${phone}`;

/**
 * Active members known by a name and a phone whose union lies in the subtree of `path`, in one read: a register
 * naming people without an ID number finds them here (several for a pair: ambiguous). The answer is keyed by
 * `nameAndPhone(name, phone)`: the name compared as a clerk reads it (shared/text.ts nameKey: 欧阳 明 is 欧阳明).
 */
export async function findMembersByNameAndPhone(
  sql: Sql,
  pairs: { name: string; phone: string }[],
  path: string,
): Promise<Map<string, PersonRef[]>> {
  const out = new Map<string, PersonRef[]>();
  if (!pairs.length) return out;
  const { rows } = await sql.query<PersonRef & { phone: string }>(
    `select p.id, p.name, p.phone, o.path as "orgPath"
       from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where (person_name_key(p.name), p.phone) in (select * from unnest($1::text[], $2::text[])) and o.path like $3`,
    [pairs.map((q) => nameKey(q.name)), pairs.map((q) => q.phone), subtreePattern(path)],
  );
  for (const { phone, ...p } of rows) {
    const key = nameAndPhone(p.name, phone);
    out.set(key, [...(out.get(key) ?? []), { ...p, id: Number(p.id) }]);
  }
  return out;
}

/** Fills the phone and employer of a person who has none recorded (a member enrolled again); the phone filled. */
export async function fillMissingContact(
  sql: Sql,
  personId: number,
  phone: string | null,
  employerName: string | null,
): Promise<string | null> {
  const { rows } = await sql.query<{ filled: string | null }>(
    `update persons p set phone = coalesce(p.phone, $2), employer_name = coalesce(p.employer_name, $3),
            updated_at = now()
       from persons old where p.id = $1 and old.id = p.id
     returning case when old.phone is null then p.phone end as filled`,
    [personId, phone, employerName],
  );
  return rows[0]?.filled ?? null;
}

export async function listMemberships(sql: Sql, personId: number): Promise<MembershipRow[]> {
  const { rows } = await sql.query<MembershipRow>(
    `select m.id, m.org_id as "orgId", o.name as "orgName", m.joined_on as "joinedOn", m.left_on as "leftOn",
            m.status, m.note, m.end_reason as "endReason"
       from memberships m join orgs o on o.id = m.org_id where m.person_id = $1 order by m.joined_on, m.id`,
    [personId],
  );
  return rows;
}

/** The member-detail statement: the person with their membership history by primary key (`$1`). */
export const PERSON_DETAIL = `select ${PERSON_COLUMNS},
        coalesce((select json_agg(json_build_object('id', h.id, 'orgId', h.org_id, 'orgName', ho.name,
            'joinedOn', h.joined_on, 'leftOn', h.left_on, 'status', h.status, 'note', h.note,
            'endReason', h.end_reason)
            order by h.joined_on, h.id)
          from memberships h join orgs ho on ho.id = h.org_id where h.person_id = p.id), '[]') as memberships,
        (select lo.path from memberships l join orgs lo on lo.id = l.org_id where l.person_id = p.id
          order by l.joined_on desc, l.id desc limit 1) as "lastOrgPath"
       from ${PERSON_FROM} where p.id = $1`;

/** The person with their membership history, in one round trip (the member-detail page). */
export async function findPersonDetailById(
  sql: Sql,
  id: number,
): Promise<(PersonRow & { memberships: MembershipRow[]; lastOrgPath: string | null }) | undefined> {
  const { rows } = await sql.query<PersonRow & { memberships: MembershipRow[]; lastOrgPath: string | null }>(
    PERSON_DETAIL,
    [id],
    { prepare: true },
  );
  return rows[0];
}

/** The column stem of each account number in persons. */
const ACCOUNT_COLUMN: Record<AccountKind, string> = { bankAccount: 'bank_account', jingka: 'jingka' };

/** Sets (or, with null, removes) a person's bank account or 京卡 number. */
export async function setAccountNumber(
  sql: Sql,
  id: number,
  kind: AccountKind,
  value: StoredAccount | null,
): Promise<void> {
  const c = ACCOUNT_COLUMN[kind];
  await sql.query(
    `update persons set ${c}_cipher = $2, ${c}_masked = $3, ${c}_hash = $4, updated_at = now() where id = $1`,
    [id, value?.cipher ?? null, value?.masked ?? null, value?.hash ?? null],
  );
}

/** A person's encrypted account numbers (null where none is recorded). */
export async function findAccountCiphers(
  sql: Sql,
  id: number,
): Promise<{ bankAccount: string | null; jingka: string | null }> {
  const { rows } = await sql.query<{ bankAccount: string | null; jingka: string | null }>(
    `select bank_account_cipher as "bankAccount", jingka_cipher as jingka from persons where id = $1`,
    [id],
  );
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
  joinedOn: string,
): Promise<void> {
  await sql.query(`insert into memberships (person_id, org_id, joined_on) values ($1, $2, $3::date)`, [
    personId,
    orgId,
    joinedOn,
  ]);
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

/**
 * Raises members' model-worker level (the rule attribute programs read) to the level the model workers register
 * gives them, never lowering one a clerk set higher. 省部级 titles count as city level, the attribute's scale.
 */
export async function raiseModelWorkerLevels(
  sql: Sql,
  rows: { personId: number; level: 'national' | 'provincial' | 'city' | 'district' }[],
): Promise<void> {
  if (!rows.length) return;
  const rank = (col: string) =>
    `case ${col} when 'national' then 3 when 'city' then 2 when 'district' then 1 else 0 end`;
  await sql.query(
    `update persons p set model_worker_level = t.level, updated_at = now()
       from unnest($1::bigint[], $2::text[]) as t(id, level)
      where p.id = t.id and ${rank('t.level')} > ${rank('p.model_worker_level')}`,
    [rows.map((r) => r.personId), rows.map((r) => (r.level === 'provincial' ? 'city' : r.level))],
  );
}

/** A person's latest membership (the one in force, or the last to end), with its union. */
export async function findLastMembership(sql: Sql, personId: number) {
  const { rows } = await sql.query<{
    id: number;
    orgId: number;
    orgName: string;
    orgPath: string;
    joinedOn: string;
    leftOn: string | null;
    status: 'active' | 'transferred' | 'left';
    endReason: EndReason | null;
  }>(
    `select m.id, m.org_id as "orgId", o.name as "orgName", o.path as "orgPath", m.joined_on as "joinedOn",
            m.left_on as "leftOn", m.status, m.end_reason as "endReason"
       from memberships m join orgs o on o.id = m.org_id
      where m.person_id = $1 order by m.joined_on desc, m.id desc limit 1`,
    [personId],
  );
  return rows[0];
}

/** Ends the active membership on a day for a reason (status 'left'); false when there was none. */
export async function endActiveMembership(
  sql: Sql,
  personId: number,
  on: string,
  reason: EndReason,
  note: string | null,
): Promise<boolean> {
  const { rows } = await sql.query<{ id: number }>(
    `update memberships set status = 'left', left_on = $2::date, end_reason = $3, note = coalesce($4, note)
      where person_id = $1 and status = 'active' returning id`,
    [personId, on, reason, note],
  );
  return rows.length > 0;
}
