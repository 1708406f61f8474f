import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { findOrgsByIds, type OrgRow } from './org.repository.ts';

/**
 * Enterprises with a union: active grassroots unions with an employer (a credit code). Other modules ask here
 * which enterprises have a union and how many women work there, never reading `orgs` themselves.
 */
export interface UnionEmployer {
  orgId: number;
  path: string;
  uscc: string;
  workerCount: number | null;
  womenWorkerCount: number | null;
}

/** The active grassroots unions of these credit codes (one per code: the first founded). */
export async function findUnionEmployers(sql: Sql, usccs: string[]): Promise<Map<string, UnionEmployer>> {
  if (!usccs.length) return new Map();
  const { rows } = await sql.query<UnionEmployer>(
    `select distinct on (uscc) id as "orgId", path, uscc, worker_count as "workerCount",
            women_worker_count as "womenWorkerCount"
       from orgs where uscc = any($1::text[]) and kind = 'grassroots' and status = 'active'
      order by uscc, id`,
    [usccs],
  );
  return new Map(rows.map((r) => [r.uscc, r]));
}

/**
 * How many enterprises of the subtree should have an agreement: active grassroots unions with an employer, and
 * when `withWomen`, with women workers. Counted from the union tree as it stands.
 */
export async function countUnionEmployers(
  sql: Sql,
  subtree: Subtree,
  { withWomen }: { withWomen: boolean },
): Promise<number> {
  const params: unknown[] = [];
  const where = subtreeCondition(subtree, 'path', params);
  const { rows } = await sql.query<{ n: number }>(
    `select count(distinct uscc)::int as n from orgs
      where ${where} and kind = 'grassroots' and status = 'active' and uscc is not null
        ${withWomen ? 'and women_worker_count > 0' : ''}`,
    params,
  );
  return rows[0].n;
}

/** Records an enterprise's worker counts (the demo, imports of employer facts). */
export async function setEmployerFacts(
  sql: Sql,
  orgId: number,
  facts: { workerCount: number | null; womenWorkerCount: number | null },
): Promise<void> {
  await sql.query(
    'update orgs set worker_count = $2, women_worker_count = $3, updated_at = now() where id = $1',
    [orgId, facts.workerCount, facts.womenWorkerCount],
  );
}

export interface NewEmployerUnion {
  name: string;
  uscc: string;
  employerName: string;
  workerCount: number | null;
  womenWorkerCount: number | null;
}

/** Inserts grassroots unions of employers, with their worker counts, under one parent in two statements. */
export async function insertEmployerUnions(
  sql: Sql,
  parent: { id: number; path: string; level: number },
  rows: NewEmployerUnion[],
): Promise<OrgRow[]> {
  if (!rows.length) return [];
  const col = <K extends keyof NewEmployerUnion>(k: K) => rows.map((r) => r[k]);
  const { rows: ids } = await sql.query<{ id: number }>(
    `insert into orgs (parent_id, path, level, kind, name, uscc, employer_name, worker_count, women_worker_count)
     select $1, 'pending-' || gen_random_uuid(), $2, 'grassroots', name, uscc, employer_name, workers, women
       from unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::int[]) with ordinality
         as t(name, uscc, employer_name, workers, women, n)
      order by n
     returning id`,
    [
      parent.id,
      parent.level + 1,
      col('name'),
      col('uscc'),
      col('employerName'),
      col('workerCount'),
      col('womenWorkerCount'),
    ],
  );
  await sql.query(`update orgs set path = $2 || id || '/' where id = any($1::bigint[])`, [
    ids.map((r) => r.id),
    parent.path,
  ]);
  const byId = new Map(
    (
      await findOrgsByIds(
        sql,
        ids.map((r) => r.id),
      )
    ).map((o) => [o.id, o]),
  );
  return ids.map((r) => byId.get(r.id) as OrgRow);
}
