import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/**
 * Reconciliation (ADR 73): the kept counts of a subtree cell by cell, and the shape in which a module recounts the
 * same cells from its own rows. A cell is one row of `report_counts`: a figure (subject, dim, dim2) of one union on
 * one day.
 */
export interface CountCell {
  subject: string;
  orgId: number;
  /** 'YYYY-MM-DD' */
  day: string;
  dim: string;
  dim2: string;
  n: number;
  fen: number;
}

/**
 * What a module that keeps counts exports for the reconciliation: the subjects it keeps and a recount of their
 * cells from its rows, in every union of the subtree at `path` (the cell's union, not the row's), every day.
 */
export interface Recounter {
  /** The module, as its statistics are named ('cases', 'innovation' …). */
  area: string;
  /** The subjects it keeps, each with its name in Chinese and English as its statistics call it. */
  subjects: Readonly<Record<string, { zh: string; en: string }>>;
  /**
   * Subjects recounted without their dim2, each with the reason (what dim2 splits by that the rows do not keep):
   * their kept cells are summed over dim2 before they are compared, and the recount gives dim2 ''.
   */
  withoutDim2?: Readonly<Record<string, string>>;
  recount(sql: Sql, q: { path: string }): Promise<CountCell[]>;
}

/**
 * The statement a module's repository runs to recount its cells: `facts` is a query over the module's tables giving
 * rows (subject text, org_id bigint, day date, dim text, dim2 text, n bigint, fen bigint) — one row per fact, or
 * +1/−1 rows for a state — which this sums per cell, in the subtree at `path`, leaving out cells that come to zero.
 */
export function recountSql(facts: string, path: string, params: unknown[]): string {
  return `select f.subject, f.org_id::bigint as "orgId", to_char(f.day, 'YYYY-MM-DD') as day,
                 coalesce(f.dim, '') as dim, coalesce(f.dim2, '') as dim2,
                 sum(f.n)::bigint as n, sum(coalesce(f.fen, 0))::bigint as fen
            from (${facts}) f join orgs o on o.id = f.org_id
           where ${subtreeCondition({ path }, 'o.path', params)}
           group by 1, 2, 3, 4, 5
          having sum(f.n) <> 0 or sum(coalesce(f.fen, 0)) <> 0`;
}

/** Runs a module's recount (see `recountSql`). */
export async function runRecount(
  sql: Sql,
  facts: string,
  path: string,
  params: unknown[] = [],
): Promise<CountCell[]> {
  const { rows } = await sql.query<CountCell>(recountSql(facts, path, params), params);
  return rows.map((r) => ({ ...r, orgId: Number(r.orgId), n: Number(r.n), fen: Number(r.fen) }));
}

/**
 * A module's `Recounter` whose recount is one statement: `facts` (see `recountSql`) run through `runRecount` in the
 * subtree at the path asked.
 */
export function recounter({ facts, ...declared }: Omit<Recounter, 'recount'> & { facts: string }): Recounter {
  return { ...declared, recount: (sql, q) => runRecount(sql, facts, q.path) };
}

/** The kept cells of `subjects` in the subtree at `path`, dated up to `asOf`, leaving out cells that are zero. */
export async function listKeptCells(
  sql: Sql,
  q: { subjects: readonly string[]; path: string; asOf: string },
): Promise<CountCell[]> {
  const params: unknown[] = [q.subjects, q.asOf];
  const { rows } = await sql.query<CountCell>(
    `select c.subject, c.org_id as "orgId", to_char(c.month, 'YYYY-MM-DD') as day, c.dim, c.dim2, c.n, c.fen
       from report_counts c join orgs o on o.id = c.org_id
      where c.subject = any($1::text[]) and c.month <= $2::date
        and ${subtreeCondition({ path: q.path }, 'o.path', params)}
        and (c.n <> 0 or c.fen <> 0)`,
    params,
  );
  return rows.map((r) => ({ ...r, orgId: Number(r.orgId), n: Number(r.n), fen: Number(r.fen) }));
}

/** The subjects counted in the subtree at `path` up to `asOf` (to name those no module recounts). */
export async function listKeptSubjects(sql: Sql, q: { path: string; asOf: string }): Promise<string[]> {
  const params: unknown[] = [q.asOf];
  const { rows } = await sql.query<{ subject: string }>(
    `select distinct c.subject from report_counts c join orgs o on o.id = c.org_id
      where c.month <= $1::date and ${subtreeCondition({ path: q.path }, 'o.path', params)}
        and (c.n <> 0 or c.fen <> 0)
      order by 1`,
    params,
  );
  return rows.map((r) => r.subject);
}

/**
 * Makes the caller's transaction read one snapshot (its first statement): the kept counts and the rows they count
 * are compared as they stood at one moment, so a decision committed meanwhile shows on neither side or on both.
 */
export async function readOneSnapshot(sql: Sql): Promise<void> {
  await sql.query('set transaction isolation level repeatable read, read only');
}
