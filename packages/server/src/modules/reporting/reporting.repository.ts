import { subtreeCondition } from '../../access/access.ts';
import { isUniqueViolation, type Sql } from '../../db/db.ts';
import { conditions } from '../../db/select.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';

/** One change to a count: `n` things (and `fen` of money) for a union, counted on a date. */
export interface CountDelta {
  /** What is counted, named by its module: 'contests.prizes', 'innovation.studios', … */
  subject: string;
  orgId: number;
  /** 'YYYY-MM-DD': the day the fact counts on (decision, payment, signing …), kept as that day (ADR 42). */
  on: string;
  dim?: string;
  dim2?: string;
  n?: number;
  fen?: number;
}

/** 'child': the next level below the subtree root (the union a row's union sits under, or the root itself). */
export type CountGroup = 'subject' | 'dim' | 'dim2' | 'org' | 'child' | 'month';

export interface CountQuery {
  subject: string | string[];
  /** The subtree root's materialised path ('/1/5/'). */
  path: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY': from that day (or the first day of the month or year). Omit for "since the beginning" (a state). */
  from?: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY': up to and including that day (or the last day of the month or year). */
  to?: string;
  /** Columns to keep apart; the others are summed over. */
  by?: CountGroup[];
  /**
   * For subjects written at every ancestor of the union they happen in (each cell holds its union's whole
   * subtree): only the root's and its children's cells are read, so a report costs its number of children.
   * Grouped by 'child', the root's row (child null) holds the whole subtree, not the root's own share.
   */
  rolledUp?: boolean;
}

export interface CountRow {
  subject: string;
  dim: string;
  dim2: string;
  /** 0 unless grouped by 'org'. */
  orgId: number;
  /** Only when grouped by 'child': the root's child union whose subtree the row counts in; null for the root's own. */
  child?: number | null;
  /** 'YYYY-MM', or '' unless grouped by 'month'. */
  month: string;
  n: number;
  fen: number;
}

/** The first (or, with `end`, the last) day a date names: a day itself, or the days of its month or year. */
export const dayOf = (date: string, end = false) => {
  if (/^\d{4}$/.test(date)) return `${date}-${end ? '12-31' : '01-01'}`;
  if (/^\d{4}-\d{2}$/.test(date)) {
    if (!end) return `${date}-01`;
    const [y, m] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  return date;
};

/**
 * Adds deltas to the counts, in the caller's transaction. Deltas on the same cell are merged first (a cell that
 * comes to nothing is left alone) and cells are written in a fixed order (subject, union, day, dim, dim2 — the
 * order the statement triggers of other modules write theirs in), so concurrent decisions on the same cells queue
 * instead of deadlocking. The statement merges them (a register's 100,000 deltas cost its server less than a map
 * of them costs the process) and gives each cell its union's federation, so the federation trigger does not run.
 */
export async function addCounts(sql: Sql, deltas: CountDelta[]): Promise<void> {
  const columns = countColumns(deltas, (on) => dayOf(on));
  if (!columns) return;
  await sql.query(
    `insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
     select u.subject, u.org_id, u.day, u.dim, u.dim2, sum(u.n)::bigint, sum(u.fen)::bigint,
            split_part(min(o.path), '/', 2)::bigint
       from ${COUNT_ROWS}
      group by u.subject, u.org_id, u.day, u.dim, u.dim2
     having sum(u.n) <> 0 or sum(u.fen) <> 0
      order by u.subject, u.org_id, u.day, u.dim, u.dim2
     ${COUNT_CONFLICT}`,
    columns,
  );
}

/**
 * Cells summed by the caller (each once, none zero), laid out once for both `findCountCellsOnRecord` and
 * `addCountCells` (issue 42; `layCountCells`, `CountCellSum.lay`): a register lays them out while another of its
 * statements runs, and neither the look-up nor the insert builds them again. The cells are sorted by (subject,
 * union, day, dim, dim2); their statements' columns name a cell's subject, day, dim and dim2 by its place among
 * the few distinct ones (ADR 140).
 */
export interface LaidCountCells {
  size: number;
  /** `cellRows`' nine literals; null when there is no cell. */
  columns: string[] | null;
  /** The distinct subjects and unions the cells name, and their first and last day. */
  subjects: string[];
  orgIds: number[];
  firstDay: string;
  lastDay: string;
  /** The cell at a place. */
  cell(at: number): CountDelta;
  /** The place of a cell, or -1 when it is not among them. */
  placeOf(subject: string, orgId: number, day: string, dim: string, dim2: string): number;
}

/**
 * Adds cells already summed by the caller and laid out (`layCountCells`; issue 42): each (subject, union, day, dim,
 * dim2) once, none zero. One insert with no grouping, in the cells' order (the key's index is then written in
 * order): for a register whose tens of thousands of deltas are summed while its rows are written.
 *
 * With `onRecord` (`findCountCellsOnRecord`'s answer for these cells), the cells not on record are inserted
 * plainly — no `on conflict`, whose speculative insertion costs PostgreSQL about half as much again a cell — from
 * the laid-out literals, those on record left out by a mask beside them, and only those on record merged. A cell
 * another transaction added since (two writers of one cell) makes the plain insert fail; it is then undone to a
 * savepoint and every cell merged, as without `onRecord`.
 */
export async function addCountCells(sql: Sql, laid: LaidCountCells, onRecord?: Set<number>): Promise<void> {
  const { columns } = laid;
  if (!columns) return;
  if (!onRecord) return mergeCountCells(sql, columns);
  if (onRecord.size < laid.size) {
    let mask = '{';
    for (let at = 0; at < laid.size; at += 1) mask += `${at ? ',' : ''}${onRecord.has(at) ? 't' : 'f'}`;
    await sql.query('savepoint count_cells');
    try {
      await sql.query(PLAIN_INSERT, [...columns, `${mask}}`]);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      await sql.query('rollback to savepoint count_cells');
      await sql.query('release savepoint count_cells');
      return mergeCountCells(sql, columns);
    }
    await sql.query('release savepoint count_cells');
  }
  const known = [...onRecord].sort((a, b) => a - b).map((at) => laid.cell(at));
  if (known.length) await mergeCountCells(sql, cellColumns(known));
}

/**
 * The places of the cells already on record, read through `read` — for a register, another connection than its
 * transaction's, while that one writes (ADR 93) — for `addCountCells`.
 *
 * The counts on record of the cells' subjects and unions within their days are read back and found among the cells
 * (ADR 140): a register's new days find few, where sending every cell's key cost the database a hash join of tens
 * of thousands of rows. When more are on record than there are cells, every cell's key is looked up instead. The
 * answer is a hint: a cell said new that is on record fails the plain insert, which then merges every cell.
 */
export async function findCountCellsOnRecord(read: Sql, laid: LaidCountCells): Promise<Set<number>> {
  const { columns } = laid;
  if (!columns) return new Set();
  const { rows } = await read.query<{
    subject: string;
    orgId: number;
    day: string;
    dim: string;
    dim2: string;
  }>(
    `select subject, org_id as "orgId", month::text as day, dim, dim2
       from report_counts
      where subject = any($1::text[]) and org_id = any($2::bigint[]) and month between $3::date and $4::date
      limit $5::int`,
    [textArray(laid.subjects), numberArray(laid.orgIds), laid.firstDay, laid.lastDay, laid.size + 1],
  );
  if (rows.length > laid.size) {
    const { rows: keyed } = await read.query<{ at: number }>(
      `select u.at::int as at
         from unnest($4::int[], $5::bigint[], $7::int[]) with ordinality as u(k, org_id, d, at)
         join report_counts c
           on c.subject = ($1::text[])[u.k] and c.org_id = u.org_id and c.month = ($6::date[])[u.d]
          and c.dim = ($2::text[])[u.k] and c.dim2 = ($3::text[])[u.k]`,
      columns.slice(0, 7),
    );
    return new Set(keyed.map((r) => r.at - 1));
  }
  const out = new Set<number>();
  for (const r of rows) {
    const at = laid.placeOf(r.subject, Number(r.orgId), r.day, r.dim, r.dim2);
    if (at >= 0) out.add(at);
  }
  return out;
}

/** Cells merged into the counts (`on conflict`), each once, from their columns' literals (`cellRows`). */
async function mergeCountCells(sql: Sql, columns: string[]): Promise<void> {
  await sql.query(
    `insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
     select u.subject, u.org_id, u.day, u.dim, u.dim2, u.n, u.fen, split_part(o.path, '/', 2)::bigint
       from (${cellRows(false)}) u
       left join orgs o on o.id = u.org_id
     ${COUNT_CONFLICT}`,
    columns,
  );
}

/**
 * The laid-out cells as the rows of `report_counts` (with `masked`, beside each the mask's flag, $10): the arrays
 * unnested in the select list, streamed to the insert, not first written to a tuple store (which spilt tens of
 * thousands of cells to a temporary file); a cell's subject, dim and dim2 ($1–$3) taken by the place of its kind
 * ($4), its day by the place of its day among the distinct days ($6, $7).
 */
const cellRows = (masked: boolean) =>
  `select ($1::text[])[r.k] as subject, r.org_id, ($6::date[])[r.d] as day, ($2::text[])[r.k] as dim,
          ($3::text[])[r.k] as dim2, r.n, r.fen${masked ? ', r.on_record' : ''}
     from (select unnest($4::int[]) as k, unnest($5::bigint[]) as org_id, unnest($7::int[]) as d,
                  unnest($8::bigint[]) as n, unnest($9::bigint[]) as fen${masked ? ', unnest($10::bool[]) as on_record' : ''}) r`;

/** Cells as `cellRows`' literals, a kind and a day each (the few a register merges, already on record). */
function cellColumns(cells: CountDelta[]): string[] {
  const places = numberArray(cells.map((_, i) => i + 1));
  return [
    textArray(cells.map((c) => c.subject)),
    textArray(cells.map((c) => c.dim ?? '')),
    textArray(cells.map((c) => c.dim2 ?? '')),
    places,
    numberArray(cells.map((c) => c.orgId)),
    textArray(cells.map((c) => c.on)),
    places,
    numberArray(cells.map((c) => c.n ?? 0)),
    numberArray(cells.map((c) => c.fen ?? 0)),
  ];
}

/** The deltas as the rows of `report_counts`, each with its union's row (for the federation). */
const COUNT_ROWS = `unnest($1::text[], $2::bigint[], $3::date[], $4::text[], $5::text[], $6::bigint[], $7::bigint[])
              as u(subject, org_id, day, dim, dim2, n, fen)
       left join orgs o on o.id = u.org_id`;
const COUNT_CONFLICT = `on conflict (subject, org_id, month, dim, dim2)
     do update set n = c.n + excluded.n, fen = c.fen + excluded.fen`;

/** The plain insert of laid-out cells (`addCountCells`), those a mask ($10) says are on record left out. */
const PLAIN_INSERT = `insert into report_counts (subject, org_id, month, dim, dim2, n, fen, federation_id)
         select u.subject, u.org_id, u.day, u.dim, u.dim2, u.n, u.fen, split_part(o.path, '/', 2)::bigint
           from (${cellRows(true)}) u
           left join orgs o on o.id = u.org_id
          where not u.on_record`;

/**
 * The seven columns of COUNT_ROWS, each one array literal, leaving out a delta that changes nothing; `day` turns
 * a delta's `on` into the day of its cell. Null when no delta is left.
 */
function countColumns(deltas: CountDelta[], day: (on: string) => string): string[] | null {
  const subjects: string[] = [];
  const orgIds: number[] = [];
  const days: string[] = [];
  const dims: string[] = [];
  const dims2: string[] = [];
  const ns: number[] = [];
  const fens: number[] = [];
  for (const d of deltas) {
    if (!d.n && !d.fen) continue;
    subjects.push(d.subject);
    orgIds.push(d.orgId);
    days.push(day(d.on));
    dims.push(d.dim ?? '');
    dims2.push(d.dim2 ?? '');
    ns.push(d.n ?? 0);
    fens.push(d.fen ?? 0);
  }
  if (!subjects.length) return null;
  return [
    textArray(subjects),
    numberArray(orgIds),
    textArray(days),
    textArray(dims),
    textArray(dims2),
    numberArray(ns),
    numberArray(fens),
  ];
}

/**
 * The text of a common table expression that adds one to a count for each row a set-based statement produces,
 * for decisions taken in ONE statement (an activity's sign-up): `from` names the rows, the other fields are SQL
 * expressions over them (`day` a date). Its rows return 1 each, so the statement can wait for the count.
 */
export function countUpsertSql(o: {
  from: string;
  subject: string;
  orgId: string;
  day: string;
  dim: string;
  dim2?: string;
  /** What each row adds (default 1), for rows that each stand for several decisions of the same count. */
  n?: string;
}): string {
  return `insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
    select ${o.subject}, ${o.orgId}, ${o.day}, ${o.dim}, ${o.dim2 ?? "''"}, ${o.n ?? '1'}, 0,
           (select split_part(fo.path, '/', 2)::bigint from orgs fo where fo.id = ${o.orgId}) from ${o.from}
    on conflict (subject, org_id, month, dim, dim2) do update set n = c.n + excluded.n
    returning 1`;
}

const GROUP_COLUMNS: Record<Exclude<CountGroup, 'child'>, { select: string; group: string }> = {
  subject: { select: 'c.subject', group: 'c.subject' },
  dim: { select: 'c.dim', group: 'c.dim' },
  dim2: { select: 'c.dim2', group: 'c.dim2' },
  org: { select: 'c.org_id as "orgId"', group: 'c.org_id' },
  month: { select: `to_char(c.month, 'YYYY-MM') as month`, group: `to_char(c.month, 'YYYY-MM')` },
};

/** Sums the counts of a subtree over a range of days, kept apart by the columns asked for. */
export async function sumCounts(sql: Sql, q: CountQuery): Promise<CountRow[]> {
  const params: unknown[] = [Array.isArray(q.subject) ? q.subject : [q.subject]];
  const { where, add } = conditions(params, 'c.subject = any($1::text[])');
  if (q.rolledUp) {
    const rootId = q.path.split('/').filter(Boolean).pop();
    if (rootId === undefined) where.push('o.parent_id is null');
    else {
      params.push(q.path, Number(rootId));
      where.push(`(o.path = $${params.length - 1}::text or o.parent_id = $${params.length}::bigint)`);
    }
  } else where.push(subtreeCondition({ path: q.path }, 'o.path', params));
  if (q.from) add('c.month >= ?::date', dayOf(q.from));
  if (q.to) add('c.month <= ?::date', dayOf(q.to, true));
  const by = [...new Set(q.by ?? [])];
  if (by.includes('child')) params.push(q.path);
  const child = `nullif(split_part(substr(o.path, length($${params.length}::text) + 1), '/', 1), '')`;
  const column = (g: CountGroup) =>
    g === 'child' ? { select: `${child}::bigint as child`, group: child } : GROUP_COLUMNS[g];
  const select = by.map((g) => column(g).select);
  const group = by.map((g) => column(g).group);
  const { rows } = await sql.query<Partial<CountRow> & { n: number; fen: number }>(
    `select ${[...select, 'sum(c.n)::bigint as n', 'sum(c.fen)::bigint as fen'].join(', ')}
       from report_counts c join orgs o on o.id = c.org_id
      where ${where.join(' and ')}
      ${group.length ? `group by ${group.join(', ')} order by ${group.join(', ')}` : ''}`,
    params,
  );
  return rows
    .filter((r) => r.n !== null)
    .map((r) => ({
      subject: r.subject ?? (Array.isArray(q.subject) ? '' : q.subject),
      dim: r.dim ?? '',
      dim2: r.dim2 ?? '',
      orgId: r.orgId ?? 0,
      ...(by.includes('child') ? { child: r.child === null ? null : Number(r.child) } : {}),
      month: r.month ?? '',
      n: Number(r.n),
      fen: Number(r.fen),
    }));
}

/**
 * The years up to `until` ('YYYY-MM-DD') in which anything of an area ('contests', 'innovation', …) was counted in
 * a subtree, newest first. Counts dated later (an agreement's expiry, already known) do not make a year, nor does
 * a count that cancels out within its year.
 */
export async function listCountedYears(
  sql: Sql,
  q: { area: string; path: string; until: string },
): Promise<number[]> {
  const params: unknown[] = [`${q.area}.%`, dayOf(q.until, true)];
  const { rows } = await sql.query<{ year: number }>(
    `select distinct year from (
       select extract(year from c.month)::int as year
         from report_counts c join orgs o on o.id = c.org_id
        where c.subject like $1 and c.month <= $2::date
          and ${subtreeCondition({ path: q.path }, 'o.path', params)}
        group by 1, c.subject, c.org_id, c.dim, c.dim2
       having sum(c.n) <> 0 or sum(c.fen) <> 0) y
      order by year desc`,
    params,
  );
  return rows.map((r) => r.year);
}
