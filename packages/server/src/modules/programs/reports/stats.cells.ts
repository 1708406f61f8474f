import type { Db } from '../../../db/db.ts';
import { sumCounts } from '../../reporting/index.ts';
import type { Category } from '../programs.vocabulary.ts';
import { listEdgeSums, listEdgeTiers, listPeopleRows } from './stats.repository.ts';
import { COUNT_SUBJECTS, PEOPLE_SUBJECT, periodParts, TIERS_SUBJECT, UNIONS_SUBJECT } from './stats.sql.ts';

/** The summable figures of the report (people and unions are distinct counts, read apart). */
export interface Sums {
  applications: number;
  approved: number;
  rejected: number;
  approvedFen: number;
  paidFen: number;
}

/** The sums of one program, record value ('' unless the program pays per record) and child union. */
export interface Cell extends Sums {
  programId: number;
  value: string;
  /** The child union of the chosen one whose subtree the figures count in; null for the union's own. */
  child: number | null;
}

export interface PeopleRow {
  g: number;
  programId: number | null;
  category: Category | null;
  child: string | null;
  value: string | null;
  people: number;
  unions: number;
}

export const noSums = (): Sums => ({ applications: 0, approved: 0, rejected: 0, approvedFen: 0, paidFen: 0 });
export function addSums(to: Sums, s: Sums) {
  to.applications += Number(s.applications);
  to.approved += Number(s.approved);
  to.rejected += Number(s.rejected);
  to.approvedFen += Number(s.approvedFen);
  to.paidFen += Number(s.paidFen);
}
const isZero = (s: Sums) => !s.applications && !s.approved && !s.rejected && !s.approvedFen && !s.paidFen;

export interface Scope {
  path: string;
  like: string;
  from: string | null;
  to: string | null;
  category: Category | null;
}

const paramsOf = (s: Scope) => [
  s.path,
  s.from,
  s.to,
  s.category,
  s.like,
  ...periodParts(s.from, s.to).edgeParams,
];

/**
 * The sums per program, record value and child union over the period: whole months from the maintained
 * counts, the days of partial months from raw rows. Programs outside the category are dropped by the caller.
 */
export async function loadCells(db: Db, s: Scope): Promise<Cell[]> {
  const { months, hasEdges } = periodParts(s.from, s.to);
  const cells = new Map<string, Cell>();
  const cell = (programId: number, value: string, child: number | null) => {
    const key = `${programId}|${value}|${child}`;
    let c = cells.get(key);
    if (!c) {
      c = { programId, value, child, ...noSums() };
      cells.set(key, c);
    }
    return c;
  };
  if (months) {
    const counted = await sumCounts(db, {
      subject: Object.keys(COUNT_SUBJECTS),
      path: s.path,
      from: months.first ?? undefined,
      to: months.last ?? undefined,
      by: ['subject', 'dim', 'dim2', 'child'],
      rolledUp: true,
    });
    // The chosen union's cell holds its whole subtree; its own share is that less its children's.
    const hasRoot = s.path !== '/';
    for (const r of counted) {
      const figure = COUNT_SUBJECTS[r.subject as keyof typeof COUNT_SUBJECTS];
      const v = figure.endsWith('Fen') ? r.fen : r.n;
      const child = r.child ?? null;
      cell(Number(r.dim), r.dim2, child)[figure] += v;
      if (child !== null && hasRoot) cell(Number(r.dim), r.dim2, null)[figure] -= v;
    }
  }
  const edges = hasEdges
    ? await listEdgeSums<Omit<Cell, 'child'> & { child: string | null }>(db, paramsOf(s))
    : [];
  for (const r of edges) {
    addSums(cell(Number(r.programId), r.value, r.child === null ? null : Number(r.child)), r);
  }
  return [...cells.values()].filter((c) => !isZero(c));
}

/** Approved applications per program and amount over the period, counts and partial months together. */
export async function loadTiers(db: Db, s: Scope) {
  const { months, hasEdges } = periodParts(s.from, s.to);
  const tiers = new Map<string, { programId: number; amountFen: number | null; approved: number }>();
  const add = (programId: number, amountFen: number | null, n: number) => {
    const key = `${programId}|${amountFen}`;
    const t = tiers.get(key) ?? { programId, amountFen, approved: 0 };
    t.approved += n;
    tiers.set(key, t);
  };
  if (months) {
    const counted = await sumCounts(db, {
      subject: TIERS_SUBJECT,
      path: s.path,
      from: months.first ?? undefined,
      to: months.last ?? undefined,
      by: ['dim', 'dim2', 'child'],
      rolledUp: true,
    });
    // The chosen union's cell is its whole subtree; the platform (no such cell) is the sum of its federations.
    for (const r of counted)
      if ((r.child === null) === (s.path !== '/'))
        add(Number(r.dim), r.dim2 === '' ? null : Number(r.dim2), r.n);
  }
  const edges = hasEdges ? await listEdgeTiers(db, paramsOf(s)) : [];
  for (const r of edges)
    add(Number(r.programId), r.amountFen === null ? null : Number(r.amountFen), Number(r.approved));
  return [...tiers.values()]
    .filter((t) => t.approved !== 0)
    .sort(
      (a, b) =>
        a.programId - b.programId ||
        (a.amountFen === null ? 1 : b.amountFen === null ? -1 : b.amountFen - a.amountFen),
    );
}

/** The calendar year a period covers exactly ('2025-01-01' to '2025-12-31'), or null. */
export function wholeYear(from: string | null, to: string | null): number | null {
  const y = from?.slice(0, 4);
  return y && from === `${y}-01-01` && to === `${y}-12-31` ? Number(y) : null;
}

/**
 * The calendar year whose people loadPeople reads from the maintained counts, or null (raw rows): a union's
 * subtree over a whole calendar year.
 */
export const keptYear = (s: Scope) => (s.path === '/' ? null : wholeYear(s.from, s.to));

/**
 * People and unions at each level of the report, as PEOPLE_SQL tags them. A calendar year in a union's
 * subtree reads the maintained distinct counts (programs migrations 017 and 041); any other period, and the whole
 * platform (whose federations each keep their own), count the approved applications of the period.
 */
export async function loadPeople(db: Db, s: Scope): Promise<PeopleRow[]> {
  const year = keptYear(s);
  if (year !== null) return maintainedPeople(db, s, year);
  const rows = await listPeopleRows<PeopleRow>(db, [s.path, s.from, s.to, s.category, s.like]);
  return rows.map((r) => ({
    ...r,
    g: Number(r.g),
    programId: r.programId === null ? null : Number(r.programId),
    people: Number(r.people),
    unions: Number(r.unions),
  }));
}

async function maintainedPeople(db: Db, s: Scope, year: number): Promise<PeopleRow[]> {
  const counted = await sumCounts(db, {
    subject: [PEOPLE_SUBJECT, UNIONS_SUBJECT],
    path: s.path,
    from: String(year),
    to: `${year}-01`,
    by: ['subject', 'dim', 'dim2', 'child'],
    rolledUp: true,
  });
  const rows = new Map<string, PeopleRow>();
  const add = (g: number, key: Partial<PeopleRow>, subject: string, n: number) => {
    const id = `${g}|${key.programId}|${key.category}|${key.child}|${key.value}`;
    let row = rows.get(id);
    if (!row) {
      row = { g, programId: null, category: null, child: null, value: null, people: 0, unions: 0, ...key };
      rows.set(id, row);
    }
    row[subject === PEOPLE_SUBJECT ? 'people' : 'unions'] += n;
  };
  // Over all programs, or over the category the report is limited to.
  const all = s.category ? `c:${s.category}` : '*';
  // A record kind's people over those programs (migration 041): 'k:<kind>' over all, 'k:<kind>|c:<category>' over a
  // category's; null for the other of the two.
  const ofKind = (dim: string) => {
    const [kind, over = '*'] = dim.slice(2).split('|');
    return over === all ? kind : null;
  };
  for (const r of counted) {
    // The root's row: its subtree (dim2 '') or its own applications ('self'); a child's: its subtree.
    const own = r.child === null && r.dim2 === 'self';
    if (r.child !== null && r.dim2 !== '') continue;
    const child = own ? null : r.child === null ? undefined : String(r.child);
    if (r.dim.startsWith('k:')) {
      const kind = ofKind(r.dim);
      if (child === undefined && kind !== null) add(9, { value: kind }, r.subject, r.n);
      continue;
    }
    const sep = r.dim.indexOf('|');
    if (/^\d+$/.test(r.dim)) {
      const programId = Number(r.dim);
      if (child !== undefined) add(0, { programId, child }, r.subject, r.n);
      else add(1, { programId }, r.subject, r.n);
    } else if (r.dim === all) {
      add(child === undefined ? 7 : 6, child === undefined ? {} : { child }, r.subject, r.n);
    }
    if (child !== undefined) continue;
    if (r.dim.startsWith('c:')) add(3, { category: r.dim.slice(2) as Category }, r.subject, r.n);
    else if (sep > 0)
      add(8, { programId: Number(r.dim.slice(0, sep)), value: r.dim.slice(sep + 1) }, r.subject, r.n);
  }
  return [...rows.values()];
}
