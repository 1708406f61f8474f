/**
 * The federation the benchmarks that read at scale share (bench:reports, bench:todo): 10,111 unions in five levels
 * (federation → 10 districts → 10 streets → 10 grassroots unions → 9 branches each; members belong to the
 * branches), 12 programs, N members, generated set-based; and the timing helpers they report with.
 */
import type { Db } from '../src/db/db.ts';
import { benchAdminAs } from './admin.ts';
import { intArg } from './args.ts';

/**
 * The federation's size as bench:reports and bench:todo take it: `--members N` members (5 million unless given) and
 * `--applications N` applications (10 million unless given).
 */
export const federationSize = () => ({
  members: intArg('members', 5_000_000),
  applications: intArg('applications', 10_000_000),
});

/** Runs one statement with triggers off (a bulk load) and logs how long it took. */
export type Load = (text: string, params: unknown[]) => Promise<void>;

export const PROGRAMS = 12;
/** Branches (level 5), where the members are: ids 1112 … 10111 (see generateTree). */
export const GRASSROOTS = 9000;
export const FIRST_GRASSROOTS = 1112;
/** The platform administrator the benchmarks read as. */
export const benchAdmin = benchAdminAs(1);

/** The city federation (id 1, path /1/) every benchmark's union tree grows from. */
export async function insertFederation(db: Db) {
  await db.query(
    `insert into orgs (id, parent_id, path, level, kind, name) overriding system value
     values (1, null, '/1/', 1, 'federation', '测试市总工会')`,
  );
}

/** `n` districts under the federation, ids 2 … n + 1, each named `name` and its number (1 … n). */
export async function insertDistricts(db: Db, n: number, name: string) {
  await db.query(
    `insert into orgs (id, parent_id, path, level, kind, name) overriding system value
     select 1 + d, 1, '/1/' || (1 + d) || '/', 2, 'district', $2::text || d from generate_series(1, $1) d`,
    [n, name],
  );
}

/** Five levels; a union's id encodes its place so that paths are computed, not looked up. */
export async function generateTree(db: Db) {
  const level = (lvl: number, kind: string, idSql: string, parentSql: string, from: string) =>
    db.query(
      `insert into orgs (id, parent_id, path, level, kind, name) overriding system value
       select ${idSql}, ${parentSql}, p.path || (${idSql}) || '/', ${lvl}, '${kind}', '${kind}' || (${idSql})
         from ${from}`,
    );
  await insertFederation(db);
  await level(2, 'district', '1 + d', 'p.id', `generate_series(1, 10) d, orgs p where p.id = 1`);
  await level(
    3,
    'street',
    '11 + (p.id - 2) * 10 + s',
    'p.id',
    `generate_series(1, 10) s, orgs p where p.level = 2`,
  );
  await level(
    4,
    'grassroots',
    '111 + (p.id - 12) * 10 + c',
    'p.id',
    `generate_series(1, 10) c, orgs p where p.level = 3`,
  );
  await level(
    5,
    'branch',
    `${FIRST_GRASSROOTS} + (p.id - 112) * 9 + (g - 1)`,
    'p.id',
    `generate_series(1, 9) g, orgs p where p.level = 4`,
  );
  await db.query(
    `insert into programs (id, owner_org_id, name, category, period_label, period_start, period_end, period_unit,
       intake_modes, status, current_version) overriding system value
     select g, 1, '项目' || g, (array['subsidy', 'relief', 'quota_benefit', 'insurance'])[1 + g % 4],
            '2024—2025', date '2024-01-01', date '2025-12-31', 'year', '{batch}', 'published', 1
       from generate_series(1, ${PROGRAMS}) g`,
  );
}

/** Members: person g belongs to branch FIRST_GRASSROOTS + g % GRASSROOTS. */
export async function generateMembers(load: Load, members: number) {
  await load(
    `insert into persons (id, name, id_hash, id_cipher, id_masked, birth_date, gender, federation_id)
     overriding system value
     select g, '职工' || g, 'h' || g, 'v1.bench', '110***********' || lpad((g % 10000)::text, 4, '0'),
            date '1960-01-01' + (g::bigint * 7919 % 16000)::int, case when g % 2 = 0 then 'female' else 'male' end, 1
       from generate_series(1, $1) g`,
    [members],
  );
  await load(
    `insert into memberships (person_id, org_id, joined_on, federation_id)
     select g, ${FIRST_GRASSROOTS} + g % ${GRASSROOTS}, date '2015-01-01', 1 from generate_series(1, $1) g`,
    [members],
  );
}

/** A bulk loader over `db`: each statement in its own transaction with triggers off, timed on stderr. */
export function bulkLoader(db: Db, log: (msg: string) => void): Load {
  return async (text, params) => {
    const t = Date.now();
    await db.tx(async (sql) => {
      await sql.query('set local session_replication_role = replica');
      await sql.query(text, params);
    });
    log(`  ${text.trim().split(/\s+/).slice(0, 3).join(' ')}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
}

/** Bulk load as a DBA would: secondary indexes of `tables` dropped, then rebuilt by their definitions. */
export async function withoutIndexes(db: Db, tables: string[], fn: () => Promise<void>) {
  const { rows } = await db.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1::text[])
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [tables],
  );
  for (const ix of rows) await db.query(`drop index ${ix.name}`);
  await fn();
  for (const ix of rows) await db.query(ix.def);
  await db.query('analyze');
}

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 10) / 10;
};

/** p50 and p95 in ms of `times` runs of `fn` after `warmUps` unmeasured ones. */
export async function measure(fn: () => Promise<unknown>, times: number, warmUps = 3) {
  for (let i = 0; i < warmUps; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}
