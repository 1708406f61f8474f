import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { conditions } from '../../db/select.ts';
import { escapeLike } from '../../shared/like.ts';
import { type Lookup, spreadLookups } from '../../shared/lookups.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import { nameKey } from '../../shared/text.ts';
import type { HonourSource } from './modelworkers.errors.ts';
import type { Health, HonourKind, Level, Status } from './modelworkers.vocabulary.ts';

/** What the register holds of a model worker, as read and as written. */
interface ModelWorkerFields {
  orgId: number;
  personId: number | null;
  name: string;
  gender: 'male' | 'female' | null;
  idMasked: string | null;
  idCipher: string | null;
  employer: string | null;
  phone: string | null;
  contactName: string | null;
  contactPhone: string | null;
  health: Health;
  healthNote: string | null;
  level: Level;
  studioId: number | null;
  note: string | null;
  registeredOn: string;
  status: Status;
  /** The day the status changed, where known. */
  statusOn: string | null;
  /** The day the register was told of the status. */
  statusRecordedOn: string | null;
}

/** A model worker as the register holds them (the ID number only masked, its cipher for a permitted export). */
export interface ModelWorkerRow extends ModelWorkerFields {
  id: number;
  orgName: string;
  orgPath: string;
  previousStatus: Status | null;
  /** The titles held, highest first: '2020 全国劳动模范；2015 北京市劳动模范'. */
  titles: string;
}

export interface HonourRow {
  id: number;
  level: Level;
  kind: HonourKind;
  title: string;
  year: number;
  awardedBy: string | null;
  source: HonourSource;
  recordId: number | null;
}

const COLUMNS = `m.id, m.org_id as "orgId", o.name as "orgName", o.path as "orgPath", m.person_id as "personId",
  m.name, m.gender, m.id_masked as "idMasked", m.id_cipher as "idCipher", m.employer, m.phone,
  m.contact_name as "contactName", m.contact_phone as "contactPhone", m.health, m.health_note as "healthNote",
  m.level, m.studio_id as "studioId", m.note, to_char(m.registered_on, 'YYYY-MM-DD') as "registeredOn",
  m.status, to_char(m.status_on, 'YYYY-MM-DD') as "statusOn",
  to_char(m.status_recorded_on, 'YYYY-MM-DD') as "statusRecordedOn", m.previous_status as "previousStatus",
  coalesce((select string_agg(h.year || ' ' || h.title, '；' order by array_position(
     array['national', 'provincial', 'city', 'district'], h.level), h.year desc)
     from modelworker_honours h where h.modelworker_id = m.id), '') as titles`;

const num = (r: ModelWorkerRow): ModelWorkerRow => ({
  ...r,
  id: Number(r.id),
  orgId: Number(r.orgId),
  personId: r.personId === null ? null : Number(r.personId),
  studioId: r.studioId === null ? null : Number(r.studioId),
});

export async function findModelWorker(
  sql: Sql,
  id: number,
  lock = false,
): Promise<ModelWorkerRow | undefined> {
  if (lock) await sql.query('select id from modelworkers where id = $1 for update', [id]);
  const { rows } = await sql.query<ModelWorkerRow>(
    `select ${COLUMNS} from modelworkers m join orgs o on o.id = m.org_id where m.id = $1`,
    [id],
  );
  return rows[0] && num(rows[0]);
}

export interface ModelWorkerQuery {
  path: string;
  level?: Level;
  health?: Health;
  status?: Status;
  q?: string;
  limit: number;
  offset: number;
}

/** A page of a subtree's register, highest level first, then by name; with the total. */
export async function listModelWorkers(sql: Sql, q: ModelWorkerQuery) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition({ path: q.path }, 'o.path', params));
  if (q.level) add('m.level = ?', q.level);
  if (q.health) add('m.health = ?', q.health);
  if (q.status) add('m.status = ?', q.status);
  if (q.q) {
    // a name by its key (people's person_name_key, shared/text.ts nameKey): 王建国 finds 王  建国 as typed, and back
    params.push(nameKey(q.q));
    add(
      `(strpos(person_name_key(m.name), $${params.length}) > 0 or m.employer like ? or exists (select 1 from modelworker_honours h where h.modelworker_id = m.id and h.title like ?))`,
      `%${escapeLike(q.q)}%`,
    );
  }
  const from = `from modelworkers m join orgs o on o.id = m.org_id where ${where.join(' and ')}`;
  const total = await sql.query<{ n: number }>(`select count(*)::int as n ${from}`, params);
  params.push(q.limit, q.offset);
  const { rows } = await sql.query<ModelWorkerRow>(
    `select ${COLUMNS} ${from}
      order by array_position(array['national', 'provincial', 'city', 'district'], m.level), m.name, m.id
      limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  return { total: total.rows[0].n, items: rows.map(num) };
}

/** Every model worker of a subtree (the export, the statistics' links), at most `max`. */
export async function listAllModelWorkers(sql: Sql, path: string, max: number) {
  return (await listModelWorkers(sql, { path, limit: max, offset: 0 })).items;
}

/** The persons and studios a subtree's register links to, for the statistics. */
export async function findRegisterLinks(sql: Sql, path: string) {
  const params: unknown[] = [];
  const { rows } = await sql.query<{ personId: number | null; studioId: number | null }>(
    `select m.person_id as "personId", m.studio_id as "studioId"
       from modelworkers m join orgs o on o.id = m.org_id where ${subtreeCondition({ path }, 'o.path', params)}`,
    params,
  );
  return {
    personIds: rows.flatMap((r) => (r.personId === null ? [] : [Number(r.personId)])),
    studioIds: rows.flatMap((r) => (r.studioId === null ? [] : [Number(r.studioId)])),
  };
}

export async function listHonours(sql: Sql, ids: number[]): Promise<Map<number, HonourRow[]>> {
  const out = new Map<number, HonourRow[]>();
  if (!ids.length) return out;
  const { rows } = await sql.query<HonourRow & { mw: number }>(
    `select h.modelworker_id as mw, h.id, h.level, h.kind, h.title, h.year, h.awarded_by as "awardedBy", h.source,
            h.record_id as "recordId"
       from modelworker_honours h where h.modelworker_id = any($1::bigint[])
      order by array_position(array['national', 'provincial', 'city', 'district'], h.level), h.year desc, h.id`,
    [ids],
  );
  for (const { mw, ...h } of rows) {
    const list = out.get(Number(mw)) ?? [];
    list.push({ ...h, id: Number(h.id), recordId: h.recordId === null ? null : Number(h.recordId) });
    out.set(Number(mw), list);
  }
  return out;
}

export interface ModelWorkerInsert extends ModelWorkerFields {
  idHash: string | null;
  createdBy: number | null;
}

/**
 * The federation of a row's union (`orgId`: the SQL of its id), the root of its path, given by the insert so the
 * row trigger (migration 003) is not run per row; an unknown union leaves it to the trigger and its foreign key.
 */
const federationOf = (orgId: string) =>
  `(select split_part(o.path, '/', 2)::bigint from orgs o where o.id = ${orgId})`;

const INSERT_KEYS = [
  ['org_id', 'orgId', 'bigint'],
  ['person_id', 'personId', 'bigint'],
  ['name', 'name', 'text'],
  ['gender', 'gender', 'text'],
  ['id_cipher', 'idCipher', 'text'],
  ['id_hash', 'idHash', 'text'],
  ['id_masked', 'idMasked', 'text'],
  ['employer', 'employer', 'text'],
  ['phone', 'phone', 'text'],
  ['contact_name', 'contactName', 'text'],
  ['contact_phone', 'contactPhone', 'text'],
  ['health', 'health', 'text'],
  ['health_note', 'healthNote', 'text'],
  ['level', 'level', 'text'],
  ['studio_id', 'studioId', 'bigint'],
  ['note', 'note', 'text'],
  ['registered_on', 'registeredOn', 'date'],
  ['status', 'status', 'text'],
  ['status_on', 'statusOn', 'date'],
  ['status_recorded_on', 'statusRecordedOn', 'date'],
  ['created_by', 'createdBy', 'bigint'],
] as const;

/**
 * Model workers in one statement, their ids in the order given (each row's union, name and ID hash tell it apart;
 * the caller keeps them distinct); a row whose ID number or person is on the register already is left out (null),
 * so the caller answers a duplicate.
 */
export async function insertModelWorkers(sql: Sql, rows: ModelWorkerInsert[]): Promise<(number | null)[]> {
  if (!rows.length) return [];
  const { rows: ids } = await sql.query<{ id: number; orgId: number; name: string; idHash: string | null }>(
    `insert into modelworkers (${INSERT_KEYS.map((k) => k[0]).join(', ')}, federation_id)
     select u.*, ${federationOf('u.org_id')}
       from unnest(${INSERT_KEYS.map((k, i) => `$${i + 1}::${k[2]}[]`).join(', ')})
            as u(${INSERT_KEYS.map((k) => k[0]).join(', ')})
     on conflict do nothing
     returning id, org_id as "orgId", name, id_hash as "idHash"`,
    // each column one array literal (shared/pg-array.ts), not an array the driver escapes value by value
    INSERT_KEYS.map(([, key, type]) =>
      type === 'bigint'
        ? numberArray(rows.map((r) => r[key] as number | null))
        : textArray(rows.map((r) => r[key] as string | null)),
    ),
  );
  const key = (orgId: number, name: string, hash: string | null) => `${orgId}|${name}|${hash ?? ''}`;
  const byKey = new Map(ids.map((r) => [key(Number(r.orgId), r.name, r.idHash), Number(r.id)]));
  return rows.map((r) => byKey.get(key(r.orgId, r.name, r.idHash)) ?? null);
}

/**
 * The register's model worker with this ID number or person in the federation of `orgId`. Give each number's
 * look-ups (`ids.lookups`): while a key rotation runs a row not yet rewritten is found under the previous key;
 * `idHash` answers the look-up's first (current) hash.
 */
export async function findModelWorkerIdsByKeys(
  sql: Sql,
  orgId: number,
  lookups: readonly Lookup[],
  personIds: number[],
) {
  const { hashes, keyOf } = spreadLookups(lookups);
  const { rows } = await sql.query<{ id: number; idHash: string | null; personId: number | null }>(
    `select m.id, m.id_hash as "idHash", m.person_id as "personId" from modelworkers m
      where m.federation_id = org_federation_id($1)
        and (m.id_hash = any($2::text[]) or m.person_id = any($3::bigint[]))`,
    [orgId, textArray(hashes), numberArray(personIds)],
  );
  return rows.map((r) => ({
    ...r,
    idHash: r.idHash === null ? null : keyOf(r.idHash),
    id: Number(r.id),
    personId: r.personId === null ? null : Number(r.personId),
  }));
}

/** The model workers kept by these unions, by id and name (a register row naming one by union and name only). */
export async function listModelWorkerNames(sql: Sql, orgIds: number[]) {
  const { rows } = await sql.query<{ id: number; orgId: number; name: string }>(
    `select id, org_id as "orgId", name from modelworkers where org_id = any($1::bigint[])`,
    [numberArray(orgIds)],
  );
  return rows.map((r) => ({ id: Number(r.id), orgId: Number(r.orgId), name: r.name }));
}

export interface HonourInsert extends Omit<HonourRow, 'id'> {
  modelWorkerId: number;
  orgId: number;
  createdBy: number | null;
}

/** Honours in one statement; one already held (same title and year, or the same award record) is left out. */
export async function insertHonours(sql: Sql, rows: HonourInsert[]): Promise<HonourInsert[]> {
  if (!rows.length) return [];
  const nums = (f: (r: HonourInsert) => number | null) => numberArray(rows.map(f));
  const texts = (f: (r: HonourInsert) => string | null) => textArray(rows.map(f));
  const { rows: added } = await sql.query<{ n: number }>(
    `insert into modelworker_honours (modelworker_id, org_id, level, kind, title, year, awarded_by, source, record_id,
                                      created_by, federation_id)
     select t.mw, t.org_id, t.level, t.kind, t.title, t.year, t.awarded_by, t.source, t.record_id, t.created_by,
            ${federationOf('t.org_id')}
       from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[],
                   $9::bigint[], $10::bigint[]) with ordinality
            as t(mw, org_id, level, kind, title, year, awarded_by, source, record_id, created_by, n)
     on conflict do nothing
     returning (select 1) as n, modelworker_id as mw, title, year`,
    [
      nums((r) => r.modelWorkerId),
      nums((r) => r.orgId),
      texts((r) => r.level),
      texts((r) => r.kind),
      texts((r) => r.title),
      nums((r) => r.year),
      texts((r) => r.awardedBy),
      texts((r) => r.source),
      nums((r) => r.recordId),
      nums((r) => r.createdBy),
    ],
  );
  // each row inserts at most once: as many added as given is every row (a new model worker's titles)
  if (added.length === rows.length) return rows;
  const key = (mw: number, title: string, year: number) => `${mw}|${title}|${year}`;
  const kept = new Set(
    (added as unknown as { mw: number; title: string; year: number }[]).map((a) =>
      key(Number(a.mw), a.title, a.year),
    ),
  );
  return rows.filter((r) => kept.has(key(r.modelWorkerId, r.title, r.year)));
}

/** The members behind model workers of the register, with the register's level for each. */
export async function linkedLevels(sql: Sql, ids: number[]) {
  const { rows } = await sql.query<{ personId: number; level: Level }>(
    `select person_id as "personId", level from modelworkers where id = any($1::bigint[]) and person_id is not null`,
    [numberArray(ids)],
  );
  return rows.map((r) => ({ personId: Number(r.personId), level: r.level }));
}

export async function setLevel(sql: Sql, id: number, level: Level) {
  await sql.query('update modelworkers set level = $2, updated_at = now() where id = $1', [id, level]);
}

const PATCH_COLUMNS: Record<string, string> = {
  employer: 'employer',
  phone: 'phone',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  health: 'health',
  healthNote: 'health_note',
  studioId: 'studio_id',
  note: 'note',
  status: 'status',
  statusOn: 'status_on',
  statusRecordedOn: 'status_recorded_on',
  previousStatus: 'previous_status',
};

/** Writes the fields given (the service checked them). */
export async function updateModelWorker(sql: Sql, id: number, patch: Record<string, unknown>) {
  const keys = Object.keys(patch).filter((k) => PATCH_COLUMNS[k]);
  if (!keys.length) return;
  await sql.query(
    `update modelworkers set ${keys.map((k, i) => `${PATCH_COLUMNS[k]} = $${i + 2}`).join(', ')}, updated_at = now()
      where id = $1`,
    [id, ...keys.map((k) => patch[k])],
  );
}

/**
 * Of these persons and studios, those a model worker of city level or above (全国, 省部级 or 市级) stood for on `day`:
 * on the register by that day, holding such a title awarded by that day (a title counts from 1 January of its
 * year), and not deceased by that day (the day of death, or the day the register was told when it is not known).
 * `personIds` are leaders that day; `studioIds` studios the register links to the model worker who leads them.
 */
export async function findModelWorkerLeadersOn(
  sql: Sql,
  day: string,
  personIds: number[],
  studioIds: number[],
) {
  if (!personIds.length && !studioIds.length)
    return { personIds: new Set<number>(), studioIds: new Set<number>() };
  const { rows } = await sql.query<{ personId: number | null; studioId: number | null }>(
    `select m.person_id as "personId", m.studio_id as "studioId" from modelworkers m
      where (m.person_id = any($2::bigint[]) or m.studio_id = any($3::bigint[]))
        and m.registered_on <= $1::date
        and not (m.status = 'deceased' and coalesce(m.status_on, m.status_recorded_on, m.registered_on) <= $1::date)
        and exists (select 1 from modelworker_honours h
                     where h.modelworker_id = m.id and h.level in ('national', 'provincial', 'city')
                       and make_date(h.year, 1, 1) <= $1::date)`,
    [day, personIds, studioIds],
  );
  return {
    personIds: new Set(rows.flatMap((r) => (r.personId === null ? [] : [Number(r.personId)]))),
    studioIds: new Set(rows.flatMap((r) => (r.studioId === null ? [] : [Number(r.studioId)]))),
  };
}
