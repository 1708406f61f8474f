import type { Sql } from '../../db/db.ts';
import { type PersonHash, PROTECTED_TABLES, type ProtectedTable } from './keys.registry.ts';

/**
 * SQL of the keyring's tables, and the rotation's reads and writes of the protected columns of other modules'
 * tables (named by keys.registry.ts only; the one crossing of table ownership, ADR 79).
 */
export interface KeyStateRow {
  current: string;
  live: string[];
}

export async function findKeyState(sql: Sql): Promise<KeyStateRow | undefined> {
  const { rows } = await sql.query<KeyStateRow>(
    'select current_key as current, live_keys as live from key_state where id = 1',
  );
  return rows[0];
}

export async function saveKeyState(sql: Sql, state: KeyStateRow, now: Date): Promise<void> {
  await sql.query(
    `insert into key_state (id, current_key, live_keys, changed_at) values (1, $1, $2, $3)
     on conflict (id) do update set current_key = excluded.current_key, live_keys = excluded.live_keys,
       changed_at = excluded.changed_at`,
    [state.current, state.live, now],
  );
}

/** One rotation at a time, whoever starts it: held until the transaction ends. */
export async function lockRotations(sql: Sql): Promise<void> {
  await sql.query('select pg_advisory_xact_lock(7600)');
}

export interface RotationRow {
  id: number;
  fromKeys: string[];
  toKey: string;
}

export async function findRunningRotation(sql: Sql): Promise<RotationRow | undefined> {
  const { rows } = await sql.query<RotationRow>(
    `select id, from_keys as "fromKeys", to_key as "toKey" from key_rotations where finished_at is null
      for update`,
  );
  return rows[0] && { ...rows[0], id: Number(rows[0].id) };
}

export async function insertRotation(
  sql: Sql,
  fromKeys: string[],
  toKey: string,
  now: Date,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    'insert into key_rotations (from_keys, to_key, started_at) values ($1, $2, $3) returning id',
    [fromKeys, toKey, now],
  );
  return Number(rows[0].id);
}

export async function finishRotation(sql: Sql, id: number, retired: string[], now: Date): Promise<void> {
  await sql.query('update key_rotations set finished_at = $2, retired_keys = $3 where id = $1', [
    id,
    now,
    retired,
  ]);
}

export interface ProgressRow {
  step: string;
  lastId: number;
  rowsDone: number;
  done: boolean;
}

export async function listProgress(sql: Sql, rotationId: number): Promise<ProgressRow[]> {
  const { rows } = await sql.query<ProgressRow>(
    `select step, last_id as "lastId", rows_done as "rowsDone", done from key_rotation_progress
      where rotation_id = $1 order by step`,
    [rotationId],
  );
  return rows.map((r) => ({ ...r, lastId: Number(r.lastId), rowsDone: Number(r.rowsDone) }));
}

export async function saveProgress(sql: Sql, rotationId: number, p: ProgressRow): Promise<void> {
  await sql.query(
    `insert into key_rotation_progress (rotation_id, step, last_id, rows_done, done) values ($1, $2, $3, $4, $5)
     on conflict (rotation_id, step) do update set last_id = excluded.last_id, rows_done = excluded.rows_done,
       done = excluded.done`,
    [rotationId, p.step, p.lastId, p.rowsDone, p.done],
  );
}

/** SQL text: a value of the column not yet under the key (header `v2.<alg>.<key>.` as $c, hash `<key>.` as $h). */
const notUnder = (t: ProtectedTable, c: number, h: number) =>
  t.columns
    .flatMap((col) => [
      `(${col.cipher} is not null and ${col.cipher} not like $${c})`,
      ...(col.hash ? [`(${col.hash} is not null and ${col.hash} not like $${h})`] : []),
    ])
    .join(' or ');

/** The header and hash prefix parameters, the latter only when the table has a hash. */
const underParams = (t: ProtectedTable, header: string, hashPrefix: string) =>
  t.columns.some((c) => c.hash) ? [`${header}%`, `${hashPrefix}%`] : [`${header}%`];

export interface ValueRow {
  id: number;
  [column: string]: string | number | null;
}

/**
 * The next rows after `afterId` holding a value not under the key, locked; rows another transaction holds are
 * skipped (`skip locked`) and found again by the closing sweep.
 */
export async function lockRowsToRewrite(
  sql: Sql,
  t: ProtectedTable,
  afterId: number,
  limit: number,
  header: string,
  hashPrefix: string,
  wait: boolean,
): Promise<ValueRow[]> {
  const cols = t.columns.flatMap((c) => [c.cipher, ...(c.hash ? [c.hash] : [])]);
  const { rows } = await sql.query<ValueRow>(
    `select id, ${cols.join(', ')} from ${t.table} where id > $1 and (${notUnder(t, 3, 4)})
      order by id limit $2 for update${wait ? '' : ' skip locked'}`,
    [afterId, limit, ...underParams(t, header, hashPrefix)],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export async function updateRows(
  sql: Sql,
  t: ProtectedTable,
  rows: ValueRow[],
  values: Map<string, (string | null)[]>,
): Promise<void> {
  const cols = [...values.keys()];
  const sets = cols.map((c) => `${c} = v.${c}`).join(', ');
  const arrays = cols.map((_c, i) => `$${i + 2}::text[]`).join(', ');
  await sql.query(
    `update ${t.table} t set ${sets}
       from unnest($1::bigint[], ${arrays}) as v(id, ${cols.join(', ')}) where t.id = v.id`,
    [rows.map((r) => r.id), ...cols.map((c) => values.get(c))],
  );
}

/** Values of the table not under the key, per column (the closing count: 0 everywhere retires the old keys). */
export async function countNotUnder(
  sql: Sql,
  t: ProtectedTable,
  header: string,
  hashPrefix: string,
): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from ${t.table} where ${notUnder(t, 1, 2)}`,
    underParams(t, header, hashPrefix),
  );
  return rows[0].n;
}

export async function listPersonIds(sql: Sql, afterId: number, limit: number): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    'select id from persons where id > $1 order by id limit $2',
    [afterId, limit],
  );
  return rows.map((r) => Number(r.id));
}

export async function replaceHashes(sql: Sql, h: PersonHash, from: string[], to: string[]): Promise<number> {
  if (!from.length) return 0;
  const { rows } = await sql.query<{ n: number }>(
    `with u as (update ${h.table} t set ${h.column} = v.n from unnest($1::text[], $2::text[]) as v(o, n)
      where t.${h.column} = v.o returning 1) select count(*)::int as n from u`,
    [from, to],
  );
  return rows[0].n;
}

export async function countHashesNotUnder(sql: Sql, h: PersonHash, hashPrefix: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from ${h.table} where ${h.column} is not null and ${h.column} not like $1`,
    [`${hashPrefix}%`],
  );
  return rows[0].n;
}

/** One stored value of each protected column that holds any: what the keyring must open. */
export async function sampleProtectedValues(sql: Sql): Promise<string[]> {
  const out: string[] = [];
  for (const { table, columns } of PROTECTED_TABLES)
    for (const { cipher } of columns) {
      const { rows } = await sql.query<{ v: string }>(
        `select ${cipher} as v from ${table} where ${cipher} is not null limit 1`,
      );
      if (rows[0]) out.push(rows[0].v);
    }
  return out;
}

/** A serving process's keys, as of now (ADR 153). */
export async function saveHolder(sql: Sql, holder: string, keys: string[]): Promise<void> {
  await sql.query(
    `insert into key_holders (holder, keys, seen_at) values ($1, $2, now())
     on conflict (holder) do update set keys = excluded.keys, seen_at = excluded.seen_at`,
    [holder, keys],
  );
}

export async function deleteHolder(sql: Sql, holder: string): Promise<void> {
  await sql.query('delete from key_holders where holder = $1', [holder]);
}

/**
 * Every key id the installation has used or a process announced: a new key takes an id none of them has, though the
 * files of the others are in folders this process cannot see.
 */
export async function listKnownKeyIds(sql: Sql): Promise<string[]> {
  const { rows } = await sql.query<{ id: string }>(
    `select split_part(unnest(keys), ':', 1) as id from key_holders union select to_key from key_rotations`,
  );
  return rows.map((r) => r.id);
}

/** The processes seen within `seconds` that do not hold the key marked `keyMark` (its id and fingerprint). */
export async function listHoldersLacking(sql: Sql, keyMark: string, seconds: number): Promise<string[]> {
  const { rows } = await sql.query<{ holder: string }>(
    `select holder from key_holders
      where seen_at > now() - make_interval(secs => $2) and not ($1 = any (keys)) order by holder`,
    [keyMark, seconds],
  );
  return rows.map((r) => r.holder);
}

export async function hasRunningRotation(sql: Sql): Promise<boolean> {
  const { rows } = await sql.query('select 1 from key_rotations where finished_at is null');
  return rows.length > 0;
}
