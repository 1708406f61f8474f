import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';

/**
 * The SQL of the member import: the validator's lookup of people already registered, and the merge's
 * statements over its temporary table import_map (one row per staged row, with the person and active
 * membership found for it; the row's values stay in import_staging). import_staging belongs to the jobs
 * module (which writes and clears it); reading it here is what lets the merge be one set-based statement per
 * step instead of rows shipped back and forth.
 */

/** A registered person as the validator sees them: where their active membership is, and since when. */
export interface FoundPerson {
  h: string;
  id: number;
  /** The register's phone (a member with an account: their account's too, ADR 147). */
  phone: string | null;
  /** The active membership's union and its path (null when registered without one). */
  orgId: number | null;
  path: string | null;
  joinedOn: string | null;
  /** The day the person's latest earlier membership ended (a transfer), if any. */
  previousLeftOn: string | null;
  /** The person's bank account and 京卡 numbers, masked (null: none). */
  bankAccountMasked: string | null;
  jingkaMasked: string | null;
}

/**
 * Each registered person among `hashes`, with their active membership. Every hash is looked up by key, and
 * every person's memberships too (a subquery each, kept one by `offset 0` so that the planner cannot turn it
 * into a join): while an import's merge transaction is open, persons and memberships grow by rows nobody else
 * sees yet, and the planner, pricing the tables by their pages, chose to scan persons whole for each batch,
 * every uncommitted row included, which made a million-row import quadratic.
 */
export async function listFoundPersonsByHash(db: Db, hashes: string[]): Promise<FoundPerson[]> {
  // On PostgreSQL, with JIT off in a transaction of its own: in a new install the tables were never analysed, the
  // planner prices the look-up of a thousand keys far above jit_above_cost (the memberships of each person
  // guessed at hundreds), and compiling the plan took ≈ 0.7 s of the server's CPU for each batch of a thousand
  // rows against a few milliseconds to run it (bench:golive).
  if (db.kind === 'pglite') return findPersonsByHashIn(db, hashes);
  return db.tx(async (sql) => {
    await sql.query('set local jit = off');
    return findPersonsByHashIn(sql, hashes);
  });
}

async function findPersonsByHashIn(sql: Sql, hashes: string[]): Promise<FoundPerson[]> {
  const { rows } = await sql.query<FoundPerson>(
    `select f.h, f.id, f.phone, a.org_id as "orgId", a.path, a.joined_on as "joinedOn",
            (select max(e.left_on) from memberships e
              where e.person_id = f.id and e.status <> 'active') as "previousLeftOn",
            f.ba as "bankAccountMasked", f.jk as "jingkaMasked"
       from (select u.h, p.id, p.phone, p.bank_account_masked as ba, p.jingka_masked as jk
               from unnest($1::text[]) as u(h)
               left join lateral (select x.id, x.phone, x.bank_account_masked, x.jingka_masked from persons x
                                   where x.id_hash = u.h offset 0) p on true) f
       left join lateral (select m.org_id, m.joined_on, o.path from memberships m join orgs o on o.id = m.org_id
                           where m.person_id = f.id and m.status = 'active' offset 0) a on true
      where f.id is not null`,
    [hashes],
  );
  for (const r of rows) r.id = Number(r.id);
  return rows;
}

/** The persons row keys name: their keyed hash and encrypted number, by id. */
export async function listPersonsByIds(
  sql: Sql,
  ids: number[],
): Promise<{ id: number; h: string; cipher: string }[]> {
  const { rows } = await sql.query<{ id: number; h: string; cipher: string }>(
    `select p.id, p.id_hash as h, p.id_cipher as cipher from persons p where p.id = any($1::bigint[])`,
    [ids],
  );
  return rows;
}

/**
 * Memory PostgreSQL may use for each sort and hash of the merge, in this transaction only: a million staged
 * rows are sorted by id_hash and joined by it, which spill to disk in many passes at the default 4 MB.
 */
const MERGE_WORK_MEM = '128MB';

/**
 * Fills import_map (dropped at commit) with one job's staged rows numbered after `after` and up to `upTo`
 * (null: to the end), and analyses it. The merge of an import may run in parts, in one transaction.
 */
export async function fillImportMap(
  sql: Sql,
  jobId: number,
  after: number,
  upTo: number | null,
): Promise<void> {
  await sql.query(`set local work_mem = '${MERGE_WORK_MEM}'`);
  // nor JIT: its statements are priced on tables a new install never analysed (see listFoundPersonsByHash)
  await sql.query('set local jit = off');
  await sql.query(`create temp table if not exists import_map (
      row_no integer primary key, h text not null, org_id bigint not null, jo date,
      person_id bigint,
      old_org bigint, old_path text, old_joined date,
      changed boolean not null default false
    ) on commit drop`);
  await sql.query('truncate import_map');
  // Each row's person, then that person's membership, looked up by key (as in listActivePathsByHash). A row
  // staged with a cipher was not registered when validated, and is not looked up again: if someone has
  // registered that number since, inserting it breaks the unique index and the merge stops as stale.
  await sql.query(
    `insert into import_map (row_no, h, org_id, jo, person_id)
     select s.row_no, s.data->>'h', (s.data->>'org')::bigint, (s.data->>'jo')::date,
            case when not s.data ? 'c' then (select p.id from persons p where p.id_hash = s.data->>'h') end
       from import_staging s
      where s.job_id = $1 and s.row_no > $2 and ($3::int is null or s.row_no <= $3)`,
    [jobId, after, upTo],
  );
  await sql.query(
    `update import_map t set (old_org, old_path, old_joined) = (
       select m.org_id, o.path, m.joined_on from memberships m join orgs o on o.id = m.org_id
        where m.person_id = t.person_id and m.status = 'active')
      where t.person_id is not null`,
  );
  // a temporary table has no statistics until analysed: without them every join below is planned for a
  // few thousand rows whatever the sheet's length
  await sql.query('analyze import_map');
}

/** Rows whose person is now a member outside the subtree, and rows whose union is closed or out of it. */
export async function countOutOfScope(
  sql: Sql,
  scope: Subtree,
): Promise<{ outside: number; badOrg: number }> {
  const inScope: unknown[] = [];
  const check = await sql.query<{ outside: number; badOrg: number }>(
    `select
       (select count(*) from import_map
         where old_path is not null and not ${subtreeCondition(scope, 'old_path', inScope)}) as outside,
       (select count(*) from import_map t left join orgs o
          on o.id = t.org_id and o.status = 'active' and ${subtreeCondition(scope, 'o.path', inScope)}
         where o.id is null) as "badOrg"`,
    inScope,
  );
  return check.rows[0];
}

/** Rows the file registers as new whose number someone has registered since they were validated. */
export async function countNewAlreadyRegistered(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*) as n from import_map t
      where t.person_id is null and exists (select 1 from persons p where p.id_hash = t.h)`,
  );
  return rows[0].n;
}

/** Optional attribute: the file's value when the cell was filled, else the person's current one. */
const keep = (key: string, column: string, cast = '') =>
  `case when s.data ? '${key}' then (s.data->>'${key}')${cast} else p.${column} end`;
/** Like `keep`, but a person whose hardship comes from a hardship file keeps it (ADR 0023). */
const fileKeeps = (key: string, column: string, cast = '') =>
  `case when p.hardship_file_id is null then ${keep(key, column, cast)} else p.${column} end`;

/**
 * The persons not yet registered and their memberships, in one statement: the memberships are built from
 * the persons just inserted (`returning`), joined to the sheet's rows by id_hash, instead of looking each
 * person up again in a table that may hold millions. Persons go in in id_hash order (twice as fast on its
 * unique index as file order); a concurrent registration of the same number fails that index and aborts
 * the merge. A new membership's join date is always stated (validation refuses a blank one unless the
 * clerk chose a default).
 */
export async function insertNewMembers(sql: Sql, jobId: number): Promise<void> {
  await sql.query(
    `with added as (
       insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender, phone, employer_name,
         is_front_line, is_outdoor, is_new_employment, model_worker_level, hardship_level, hardship_from,
         hardship_until, bank_account_cipher, bank_account_masked, bank_account_hash, jingka_cipher, jingka_masked,
         jingka_hash, federation_id)
       select s.data->>'n', t.h, s.data->>'c', s.data->>'mk', (s.data->>'bd')::date, s.data->>'g',
              s.data->>'ph', s.data->>'em', coalesce((s.data->>'fl')::boolean, false),
              coalesce((s.data->>'od')::boolean, false), coalesce((s.data->>'ne')::boolean, false),
              s.data->>'mw', s.data->>'hl', (s.data->>'hf')::date, (s.data->>'hu')::date,
              s.data->'ba'->>'cipher', s.data->'ba'->>'masked', s.data->'ba'->>'hash',
              s.data->'jk'->>'cipher', s.data->'jk'->>'masked', s.data->'jk'->>'hash',
              split_part(o.path, '/', 2)::bigint
         from import_map t
         join import_staging s on s.job_id = $1 and s.row_no = t.row_no
         join orgs o on o.id = t.org_id
        where t.person_id is null order by t.h
       returning id, id_hash, federation_id)
     insert into memberships (person_id, org_id, joined_on, federation_id)
     select a.id, t.org_id, t.jo, a.federation_id
       from added a join import_map t on t.h = a.id_hash
      order by a.id`,
    [jobId],
  );
}

/** An account number's cipher, mask and hash after the row: the file's when the cell said something. */
const account = (key: string, column: string) =>
  (['cipher', 'masked', 'hash'] as const)
    .map(
      (part) =>
        `case when s.data ? '${key}' then s.data->'${key}'->>'${part}' else p.${column}_${part} end as ${key}_${part[0]}`,
    )
    .join(', ');

/**
 * The values each found person would have after their row (the file's where a cell says something, else
 * theirs), beside the values they have: one definition for the changes listed and the update made.
 */
const NEW_VALUES = `
  select t.row_no, t.person_id, t.org_id, t.old_org, t.old_joined, t.jo, s.data->>'n' as name,
         ${keep('ph', 'phone')} as phone, ${keep('em', 'employer_name')} as employer_name,
         ${keep('fl', 'is_front_line', '::boolean')} as fl, ${keep('od', 'is_outdoor', '::boolean')} as od,
         ${keep('ne', 'is_new_employment', '::boolean')} as ne, ${keep('mw', 'model_worker_level')} as mw,
         ${fileKeeps('hl', 'hardship_level')} as hl, ${fileKeeps('hf', 'hardship_from', '::date')} as hf,
         ${fileKeeps('hu', 'hardship_until', '::date')} as hu,
         ${account('ba', 'bank_account')}, ${account('jk', 'jingka')},
         p.bank_account_masked as old_ba_m, p.bank_account_hash as old_ba_h,
         p.jingka_masked as old_jk_m, p.jingka_hash as old_jk_h,
         p.name as old_name, p.phone as old_phone, p.employer_name as old_employer_name,
         p.is_front_line as old_fl, p.is_outdoor as old_od, p.is_new_employment as old_ne,
         p.model_worker_level as old_mw, p.hardship_level as old_hl, p.hardship_from as old_hf,
         p.hardship_until as old_hu
    from import_map t join persons p on p.id = t.person_id
         join import_staging s on s.job_id = $1 and s.row_no = t.row_no
   where t.person_id is not null`;

/** One field's [before, after] when the row changes it, else null; fields are named as the audit log names them. */
const change = (field: string, before: string, after: string, when = `${before} is distinct from ${after}`) =>
  `'${field}', case when ${when} then jsonb_build_array(to_jsonb(${before}), to_jsonb(${after})) end`;

/**
 * Lists, before anything is written, what each found person's row changes (member_import_changes: the fields
 * before and after, the union as an id) and marks in import_map the rows that change a field of the person or
 * their join date. A union changed is a transfer; a join date changed only where the person stays.
 */
export async function collectImportChanges(sql: Sql, jobId: number): Promise<void> {
  await sql.query(
    `with nv as (${NEW_VALUES}),
     c as (
       select nv.row_no, nv.person_id, nv.org_id, nv.name, jsonb_strip_nulls(jsonb_build_object(
                ${change('name', 'nv.old_name', 'nv.name')},
                ${change('phone', 'nv.old_phone', 'nv.phone')},
                ${change('employerName', 'nv.old_employer_name', 'nv.employer_name')},
                ${change('isFrontLine', 'nv.old_fl', 'nv.fl')},
                ${change('isOutdoor', 'nv.old_od', 'nv.od')},
                ${change('isNewEmployment', 'nv.old_ne', 'nv.ne')},
                ${change('modelWorkerLevel', 'nv.old_mw', 'nv.mw')},
                ${change('hardshipLevel', 'nv.old_hl', 'nv.hl')},
                ${change('hardshipFrom', 'nv.old_hf', 'nv.hf')},
                ${change('hardshipUntil', 'nv.old_hu', 'nv.hu')},
                ${change('bankAccount', 'nv.old_ba_m', 'nv.ba_m', 'nv.old_ba_h is distinct from nv.ba_h')},
                ${change('jingka', 'nv.old_jk_m', 'nv.jk_m', 'nv.old_jk_h is distinct from nv.jk_h')},
                ${change('orgId', 'nv.old_org', 'nv.org_id')},
                ${change('joinedOn', 'nv.old_joined', 'nv.jo', 'nv.old_org = nv.org_id and nv.jo is not null and nv.jo <> nv.old_joined')}
              )) as fields
         from nv),
     saved as (
       insert into member_import_changes (job_id, row_no, person_id, org_id, name, before, after)
       select $1, c.row_no, c.person_id, c.org_id, c.name,
              (select jsonb_object_agg(e.key, e.value->0) from jsonb_each(c.fields) e),
              (select jsonb_object_agg(e.key, e.value->1) from jsonb_each(c.fields) e)
         from c where c.fields <> '{}'::jsonb
       returning row_no, before)
     update import_map t set changed = true from saved
      where t.row_no = saved.row_no and exists (select 1 from jsonb_object_keys(saved.before) k where k <> 'orgId')`,
    [jobId],
  );
}

/** The changes an import listed for rows numbered after `after` and up to `upTo`, a page at a time. */
export async function listImportChangesAfter(
  sql: Sql,
  jobId: number,
  after: number,
  upTo: number | null,
  limit: number,
): Promise<ImportChangeRow[]> {
  const { rows } = await sql.query<ImportChangeRow>(
    `select row_no as "rowNo", person_id as "personId", org_id as "orgId", name, before, after
       from member_import_changes
      where job_id = $1 and row_no > $2 and ($3::int is null or row_no <= $3)
      order by row_no limit $4`,
    [jobId, after, upTo, limit],
  );
  return rows;
}

export interface ImportChangeRow {
  rowNo: number;
  personId: number;
  /** The union the row names (the person's, after the import). */
  orgId: number;
  name: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** How many rows an import changes, and the first `limit` of them. */
export async function listImportChanges(
  sql: Sql,
  jobId: number,
  limit: number,
): Promise<{ total: number; items: ImportChangeRow[] }> {
  const total = await sql.query<{ n: number }>(
    'select count(*) as n from member_import_changes where job_id = $1',
    [jobId],
  );
  return { total: total.rows[0].n, items: await listImportChangesAfter(sql, jobId, 0, null, limit) };
}

/** Changes listed more than 30 days ago (their jobs are gone by then). */
export async function deleteOldImportChanges(sql: Sql): Promise<void> {
  await sql.query(`delete from member_import_changes where created_at < now() - interval '30 days'`);
}

/** Persons already registered whose attributes the sheet changes; the phones it changes, before and after. */
export async function updateFoundPersons(
  sql: Sql,
  jobId: number,
): Promise<{ personId: number; from: string | null; to: string | null }[]> {
  const { rows } = await sql.query<{ personId: number; from: string | null; to: string | null }>(
    `with nv as (${NEW_VALUES}),
     u as (
     update persons p set name = nv.name, phone = nv.phone, employer_name = nv.employer_name,
            is_front_line = nv.fl, is_outdoor = nv.od, is_new_employment = nv.ne, model_worker_level = nv.mw,
            hardship_level = nv.hl, hardship_from = nv.hf, hardship_until = nv.hu,
            bank_account_cipher = nv.ba_c, bank_account_masked = nv.ba_m, bank_account_hash = nv.ba_h,
            jingka_cipher = nv.jk_c, jingka_masked = nv.jk_m, jingka_hash = nv.jk_h, updated_at = now()
       from nv
      where p.id = nv.person_id
        and (p.name, p.phone, p.employer_name, p.is_front_line, p.is_outdoor, p.is_new_employment,
             p.model_worker_level, p.hardship_level, p.hardship_from, p.hardship_until, p.bank_account_hash,
             p.jingka_hash)
            is distinct from
            (nv.name, nv.phone, nv.employer_name, nv.fl, nv.od, nv.ne, nv.mw, nv.hl, nv.hf, nv.hu, nv.ba_h, nv.jk_h)
     returning p.id, nv.old_phone, p.phone)
     select id as "personId", old_phone as "from", phone as "to" from u where old_phone is distinct from phone`,
    [jobId],
  );
  return rows.map((r) => ({ ...r, personId: Number(r.personId) }));
}

/** The join date of a member staying in the union, where the sheet changes it. */
export async function redateFoundMemberships(sql: Sql): Promise<void> {
  await sql.query(
    `update memberships m set joined_on = t.jo
       from import_map t
      where m.person_id = t.person_id and m.status = 'active' and t.old_org = t.org_id
        and t.jo is not null and t.jo <> m.joined_on`,
  );
}

/**
 * Memberships of the persons already registered: one in another union of the subtree is closed as
 * transferred, with its history kept, and a new one opened; a person without one gets one; the same union
 * is left alone.
 */
export async function transferFoundMembers(sql: Sql, transferNote: string, today: string): Promise<void> {
  await sql.query(
    `update memberships m set status = 'transferred', left_on = greatest($2::date, m.joined_on), note = $1
       from import_map t
      where m.person_id = t.person_id and m.status = 'active' and t.old_org is not null and t.old_org <> t.org_id`,
    [transferNote, today],
  );
  await sql.query(
    `insert into memberships (person_id, org_id, joined_on, note, federation_id)
     select t.person_id, t.org_id,
            case when t.old_org is null then t.jo else greatest($2::date, t.old_joined) end,
            case when t.old_org is null then null else $1 end, split_part(o.path, '/', 2)::bigint
       from import_map t join orgs o on o.id = t.org_id
      where t.person_id is not null and (t.old_org is null or t.old_org <> t.org_id)`,
    [transferNote, today],
  );
}

/**
 * The rows merged, the persons created, the persons whose fields (or join date) the sheet changes, the
 * memberships transferred, and the rows that change nothing: a person already a member of the sheet's union
 * whose fields the sheet leaves as they are.
 */
export async function countMerged(
  sql: Sql,
): Promise<{ imported: number; created: number; updated: number; transferred: number; unchanged: number }> {
  const counts = await sql.query<{
    imported: number;
    created: number;
    updated: number;
    transferred: number;
    unchanged: number;
  }>(
    `select count(*) as imported,
            count(*) filter (where person_id is null) as created,
            count(*) filter (where changed) as updated,
            count(*) filter (where old_org is not null and old_org <> org_id) as transferred,
            count(*) filter (where person_id is not null and old_org = org_id and not changed) as unchanged
       from import_map`,
  );
  return counts.rows[0];
}
