import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/**
 * The SQL of the member import: the validator's lookup of people already registered, and the merge's
 * statements over its temporary table import_map (one row per staged row, with the person and active
 * membership found for it; the row's values stay in import_staging). import_staging belongs to the jobs
 * module (which writes and clears it); reading it here is what lets the merge be one set-based statement per
 * step instead of rows shipped back and forth.
 */

/**
 * Active-membership path of each registered person among `hashes` (null when registered without one).
 * Every hash is looked up by key, and every person's membership too (a subquery each): while an import's
 * merge transaction is open, persons and memberships grow by rows nobody else sees yet, and the planner,
 * pricing the tables by their pages, chose to scan persons whole for each batch, every uncommitted row
 * included, which made a million-row import quadratic.
 */
export async function listActivePathsByHash(
  sql: Sql,
  hashes: string[],
): Promise<{ h: string; path: string | null }[]> {
  const { rows } = await sql.query<{ h: string; path: string | null }>(
    `select f.h,
            (select o.path from memberships m join orgs o on o.id = m.org_id
              where m.person_id = f.id and m.status = 'active') as path
       from (select u.h, (select p.id from persons p where p.id_hash = u.h) as id
               from unnest($1::text[]) as u(h)) f
      where f.id is not null`,
    [hashes],
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
         hardship_until, federation_id)
       select s.data->>'n', t.h, s.data->>'c', s.data->>'mk', (s.data->>'bd')::date, s.data->>'g',
              s.data->>'ph', s.data->>'em', coalesce((s.data->>'fl')::boolean, false),
              coalesce((s.data->>'od')::boolean, false), coalesce((s.data->>'ne')::boolean, false),
              s.data->>'mw', s.data->>'hl', (s.data->>'hf')::date, (s.data->>'hu')::date,
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

/** Persons already registered whose attributes the sheet changes (marked in import_map); returns how many. */
export async function updateFoundPersons(sql: Sql, jobId: number): Promise<number> {
  const updated = await sql.query<{ n: number }>(
    `with nv as (
       select t.person_id, s.data->>'n' as name, ${keep('ph', 'phone')} as phone,
              ${keep('em', 'employer_name')} as employer_name, ${keep('fl', 'is_front_line', '::boolean')} as fl,
              ${keep('od', 'is_outdoor', '::boolean')} as od, ${keep('ne', 'is_new_employment', '::boolean')} as ne,
              ${keep('mw', 'model_worker_level')} as mw,
              ${fileKeeps('hl', 'hardship_level')} as hl, ${fileKeeps('hf', 'hardship_from', '::date')} as hf,
              ${fileKeeps('hu', 'hardship_until', '::date')} as hu
         from import_map t join persons p on p.id = t.person_id
              join import_staging s on s.job_id = $1 and s.row_no = t.row_no
        where t.person_id is not null),
     upd as (
       update persons p set name = nv.name, phone = nv.phone, employer_name = nv.employer_name,
              is_front_line = nv.fl, is_outdoor = nv.od, is_new_employment = nv.ne, model_worker_level = nv.mw,
              hardship_level = nv.hl, hardship_from = nv.hf, hardship_until = nv.hu, updated_at = now()
         from nv
        where p.id = nv.person_id
          and (p.name, p.phone, p.employer_name, p.is_front_line, p.is_outdoor, p.is_new_employment,
               p.model_worker_level, p.hardship_level, p.hardship_from, p.hardship_until)
              is distinct from
              (nv.name, nv.phone, nv.employer_name, nv.fl, nv.od, nv.ne, nv.mw, nv.hl, nv.hf, nv.hu)
       returning p.id),
     marked as (update import_map t set changed = true from upd where t.person_id = upd.id returning 1)
     select count(*) as n from marked`,
    [jobId],
  );
  return updated.rows[0].n;
}

/**
 * Memberships of the persons already registered: one in another union of the subtree is closed as
 * transferred, with its history kept, and a new one opened; a person without one gets one; the same union
 * is left alone.
 */
export async function transferFoundMembers(sql: Sql, transferNote: string): Promise<void> {
  await sql.query(
    `update memberships m set status = 'transferred', left_on = greatest(current_date, m.joined_on), note = $1
       from import_map t
      where m.person_id = t.person_id and m.status = 'active' and t.old_org is not null and t.old_org <> t.org_id`,
    [transferNote],
  );
  await sql.query(
    `insert into memberships (person_id, org_id, joined_on, note, federation_id)
     select t.person_id, t.org_id,
            case when t.old_org is null then t.jo else greatest(current_date, t.old_joined) end,
            case when t.old_org is null then null else $1 end, split_part(o.path, '/', 2)::bigint
       from import_map t join orgs o on o.id = t.org_id
      where t.person_id is not null and (t.old_org is null or t.old_org <> t.org_id)`,
    [transferNote],
  );
}

/**
 * The rows merged, the persons created, the memberships transferred, and the rows that changed nothing: a
 * person already a member of the sheet's union whose attributes the sheet left as they were.
 */
export async function countMerged(
  sql: Sql,
): Promise<{ imported: number; created: number; transferred: number; unchanged: number }> {
  const counts = await sql.query<{
    imported: number;
    created: number;
    transferred: number;
    unchanged: number;
  }>(
    `select count(*) as imported,
            count(*) filter (where person_id is null) as created,
            count(*) filter (where old_org is not null and old_org <> org_id) as transferred,
            count(*) filter (where person_id is not null and old_org = org_id and not changed) as unchanged
       from import_map`,
  );
  return counts.rows[0];
}
