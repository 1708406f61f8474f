import { type Actor, canAccess, subtreePattern } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { invalid, notYours } from '../../../shared/errors.ts';
import { compareTreePlaces, findTreePlaces, getOrgInScope, listSubtreeRoots } from '../../org/index.ts';
import { CATEGORIES, type Category } from '../programs.vocabulary.ts';
import { periodKeys } from '../review-chain.ts';
import { AWARD_LEVEL_TEXT, GRADE_TEXT, PATENT_TYPE_TEXT, type Text } from '../rules/index.ts';
import {
  addSums,
  type Cell,
  loadCells,
  loadPeople,
  loadTiers,
  noSums,
  type PeopleRow,
  type Scope,
  type Sums,
} from './stats.cells.ts';
import { programFigureNotes } from './stats.notes.ts';
import {
  listOrgNames,
  listProgramCategories,
  listReportPrograms,
  listUsageOfPrograms,
  type ProgramMeta,
} from './stats.repository.ts';

/**
 * The figures of one cell of the report, each dated by what it counts: applications by application date;
 * approved, rejected, people and unions by decision date; approvedFen by ledger entry date (net of
 * reversals, each on its own date); paidFen by the payment date of paid batches. Amounts are fen.
 */
export interface Figures {
  applications: number;
  approved: number;
  rejected: number;
  people: number;
  unions: number;
  approvedFen: number;
  paidFen: number;
}

export interface UnionFigures extends Figures {
  orgId: number | null;
  name: string;
  /** True for the row of the chosen union's own applications (本级), not a child's subtree; `name` is the union's. */
  self: boolean;
}

/** A program's figures over the range, under the facts of it the report reads (ProgramMeta). */
export interface ProgramFigures
  extends Figures,
    Pick<
      ProgramMeta,
      'name' | 'category' | 'status' | 'ownerOrgId' | 'ownerOrgName' | 'applicantType' | 'periodLabel'
    > {
  programId: number;
  /** Program-wide for the periods in the range (limits are not per union). */
  quota: number | null;
  quotaUsed: number;
  budgetFen: number | null;
  budgetLeftFen: number | null;
  /** Approved applications by amount (a tier table shows as one row per tier paid). */
  tiers: { amountFen: number | null; approved: number }[];
  byUnion: UnionFigures[];
  /** By what the application's record says, for programs paying per record; null otherwise. */
  breakdown: Breakdown | null;
}

/** The record field a breakdown groups by: certificate grade, award level, training course, patent type. */
export type BreakdownBy = 'grade' | 'level' | 'course' | 'patentType';
export type BreakdownRow = Omit<Figures, 'unions'> & { value: string; label: Text };
export interface Breakdown {
  by: BreakdownBy;
  rows: BreakdownRow[];
}

const BREAKDOWN_BY: Record<string, BreakdownBy> = {
  certificate: 'grade',
  award: 'level',
  training: 'course',
  patent: 'patentType',
};
const LEVEL_ORDER = ['international', 'national', 'city', 'district', 'enterprise'];
/** Grades from 一级 down, award levels from the highest, courses and patent types by name. */
const byValue = (by: BreakdownBy) => (a: BreakdownRow, b: BreakdownRow) =>
  by === 'level'
    ? LEVEL_ORDER.indexOf(a.value) - LEVEL_ORDER.indexOf(b.value)
    : a.value.localeCompare(b.value);

const VALUE_TEXT: Partial<Record<BreakdownBy, Record<string, Text>>> = {
  grade: GRADE_TEXT,
  level: AWARD_LEVEL_TEXT,
  patentType: PATENT_TYPE_TEXT,
};

export interface ProgramReport {
  org: { id: number | null; name: string };
  from: string | null;
  to: string | null;
  category: Category | null;
  totals: Figures;
  /**
   * False when every program shown takes its applications from unions (申请主体为工会): there are no persons to
   * count, so `totals.people` (0) is no figure and the page shows a dash with the reason.
   */
  peopleCounted: boolean;
  byCategory: (Figures & { category: Category; programs: number })[];
  /** The next level of unions over all programs: people and unions counted once per union. */
  byUnion: UnionFigures[];
  programs: ProgramFigures[];
  /** Per breakdown, the people over all its programs and values, each counted once. */
  breakdownPeople: Record<BreakdownBy, number>;
  /** The day the figures are counted to: the period's end, today at the latest (null when neither is known). */
  asOf: string | null;
  notes: ReturnType<typeof programFigureNotes>;
}

export interface ReportQuery {
  orgId?: number;
  from?: string;
  to?: string;
  category?: Category;
}

const figures = (r?: Partial<Figures>): Figures => ({
  applications: r?.applications ?? 0,
  approved: r?.approved ?? 0,
  rejected: r?.rejected ?? 0,
  people: r?.people ?? 0,
  unions: r?.unions ?? 0,
  approvedFen: r?.approvedFen ?? 0,
  paidFen: r?.paidFen ?? 0,
});

/** The period keys of a program that overlap [from, to]. */
function keysInRange(p: ProgramMeta, from: string | null, to: string | null): string[] {
  return periodKeys(p).filter((k) => {
    const start = k === 'whole' ? p.periodStart : `${k}-01-01`;
    const end = k === 'whole' ? p.periodEnd : `${k}-12-31`;
    return (from === null || end >= from) && (to === null || start <= to);
  });
}

/**
 * The union whose subtree the report covers: the one asked for, the actor's own, or (administrator) all; `own`, the
 * union of the breakdown's own row (本级). All unions under one top union are that union's subtree, broken down by
 * its children (the districts) as when it is chosen; under several, by top union.
 */
async function resolveReportOrg(db: Db, actor: Actor, q: ReportQuery) {
  if (q.from && q.to && q.to < q.from) {
    throw invalid(
      'REPORT_PERIOD_INVALID',
      { zh: '结束日期早于开始日期', en: 'The period ends before it starts' },
      { field: 'to' },
    );
  }
  const orgId = q.orgId ?? actor.orgId ?? undefined;
  if (orgId !== undefined) {
    const o = await getOrgInScope(db, actor, orgId);
    return { id: o.id as number | null, name: o.name, path: o.path, own: { id: o.id, name: o.name } };
  }
  // The whole platform is in the actor's subtree (the administrator).
  if (canAccess(actor, 'reports.read', { orgPath: '/' })) {
    const roots = await listSubtreeRoots(db, { path: '/' });
    const top = roots.length === 1 ? roots[0] : undefined;
    const own = top ? { id: top.id as number | null, name: top.name } : { id: null, name: '全部工会' };
    return { id: null, name: own.name, path: top?.path ?? '/', own };
  }
  throw notYours();
}

/** The breakdown of each program paying per record, by the records' 'kind:value'. */
function breakdownsOf(cells: Cell[], people: PeopleRow[]): Map<number, Breakdown> {
  const out = new Map<number, Breakdown>();
  const rows = new Map<string, BreakdownRow>();
  for (const c of cells) {
    if (c.value === '') continue;
    const [kind, value] = [c.value.slice(0, c.value.indexOf(':')), c.value.slice(c.value.indexOf(':') + 1)];
    const b = out.get(c.programId) ?? { by: BREAKDOWN_BY[kind], rows: [] };
    out.set(c.programId, b);
    const key = `${c.programId}|${c.value}`;
    let row = rows.get(key);
    if (!row) {
      const label = VALUE_TEXT[b.by]?.[value] ?? { zh: value, en: value };
      row = { value, label, people: peopleOf(people, c.programId, c.value), ...noSums() };
      rows.set(key, row);
      b.rows.push(row);
    }
    addSums(row, c);
  }
  for (const b of out.values()) b.rows.sort(byValue(b.by));
  return out;
}
const peopleOf = (rows: PeopleRow[], programId: number, value: string) =>
  rows.find((r) => r.g === 8 && r.programId === programId && r.value === value)?.people ?? 0;
/**
 * The people of each breakdown over all its programs and values, each counted once (the bottom row of its sheet),
 * from the same rows as each value's (peopleOf): raw or, over a kept year, the record kind's kept count.
 */
const breakdownPeopleOf = (rows: PeopleRow[]) =>
  Object.fromEntries(
    Object.entries(BREAKDOWN_BY).map(([kind, by]) => [
      by,
      rows.find((r) => r.g === 9 && r.value === kind)?.people ?? 0,
    ]),
  ) as Record<BreakdownBy, number>;

/** The sums of the cells grouped by a key, with the people and unions of the matching distinct-count row. */
function rollUp<K>(cells: Cell[], key: (c: Cell) => K) {
  const out = new Map<K, Sums>();
  for (const c of cells) {
    const k = key(c);
    const sums = out.get(k) ?? noSums();
    addSums(sums, c);
    out.set(k, sums);
  }
  return out;
}

/** The union whose subtree the report covers, its scope, and the cells and distinct counts of the period. */
async function loadReport(db: Db, actor: Actor, q: ReportQuery) {
  const org = await resolveReportOrg(db, actor, q);
  const scope: Scope = {
    path: org.path,
    like: subtreePattern(org.path),
    from: q.from ?? null,
    to: q.to ?? null,
    category: q.category ?? null,
  };
  const [allCells, people, tiers] = [
    await loadCells(db, scope),
    await loadPeople(db, scope),
    await loadTiers(db, scope),
  ];
  const categories = await listProgramCategories(db, [...new Set(allCells.map((c) => c.programId))]);
  const categoryOf = new Map(categories.map((r) => [Number(r.id), r.category]));
  const cells = allCells.filter((c) => !scope.category || categoryOf.get(c.programId) === scope.category);
  const breakdownPeople = breakdownPeopleOf(people);
  return { org, scope, cells, people, tiers, categoryOf, breakdownPeople };
}

/** The programs owned in the subtree and running in the period, and those with figures in it. */
async function loadPrograms(db: Db, scope: Scope, ids: number[]) {
  const meta = await listReportPrograms(db, ids, scope);
  const usage = await listUsageOfPrograms(
    db,
    meta.map((m) => m.id),
  );
  return { meta, usage };
}

/**
 * Programs figures for a union's subtree and period: per category and program, per program by the next
 * level of unions (each child row aggregates that child's subtree) and by what the records say. Each
 * figure is dated by what it counts (see stats.sql.ts). Staff see their own subtree; the administrator
 * may choose any union or, without one, sees the whole platform.
 */
export async function getProgramReport(
  db: Db,
  actor: Actor,
  q: ReportQuery,
  today?: string,
): Promise<ProgramReport> {
  const { org, scope, cells, people, tiers, categoryOf, breakdownPeople } = await loadReport(db, actor, q);
  const { meta, usage } = await loadPrograms(db, scope, [...new Set(cells.map((c) => c.programId))]);
  const childIds = [...new Set(cells.map((c) => c.child).filter((c): c is number => c !== null))];
  const children = await listOrgNames(db, childIds);
  const childName = new Map(children.map((c) => [Number(c.id), c.name]));
  const distinct = (g: number, match: (r: PeopleRow) => boolean) => {
    const r = people.find((p) => p.g === g && match(p));
    return { people: r?.people ?? 0, unions: r?.unions ?? 0 };
  };
  const sameChild = (child: number | null) => (r: PeopleRow) =>
    (r.child === null ? null : Number(r.child)) === child;
  const union = (child: number | null, sums: Sums, counted: { people: number; unions: number }) => ({
    orgId: child ?? org.own.id,
    name: child === null ? org.own.name : (childName.get(child) ?? String(child)),
    self: child === null,
    ...figures({ ...sums, ...counted }),
  });
  // unions in tree order: the union's own row (本级) first, then the unions below as the tree lists them
  const places = await findTreePlaces(db, org.own.id === null ? childIds : [org.own.id, ...childIds]);
  const placeOf = (u: UnionFigures) =>
    (u.orgId === null ? undefined : places.get(u.orgId)) ?? [Number.MAX_SAFE_INTEGER];
  const byUnionOrder = (a: UnionFigures, b: UnionFigures) => compareTreePlaces(placeOf(a), placeOf(b));

  const byProgramChild = rollUp(cells, (c) => `${c.programId}|${c.child}`);
  const byProgram = rollUp(cells, (c) => c.programId);
  const byCat = rollUp(cells, (c) => categoryOf.get(c.programId) as Category);
  const byChild = rollUp(cells, (c) => c.child);
  const breakdowns = breakdownsOf(cells, people);
  const programs: ProgramFigures[] = meta.map((m) => {
    const keys = keysInRange(m, scope.from, scope.to);
    const used = usage.filter((u) => u.programId === m.id && keys.includes(u.periodKey));
    const budgetUsed = used.reduce((s, u) => s + u.budgetUsedFen, 0);
    const kids = [...byProgramChild].filter(([k]) => k.startsWith(`${m.id}|`));
    return {
      programId: m.id,
      name: m.name,
      category: m.category,
      status: m.status,
      ownerOrgId: m.ownerOrgId,
      ownerOrgName: m.ownerOrgName,
      applicantType: m.applicantType,
      periodLabel: m.periodLabel,
      quota: m.quota === null ? null : m.quota * keys.length,
      quotaUsed: used.reduce((s, u) => s + u.quotaUsed, 0),
      budgetFen: m.budgetFen === null ? null : m.budgetFen * keys.length,
      budgetLeftFen: m.budgetFen === null ? null : m.budgetFen * keys.length - budgetUsed,
      ...figures({ ...byProgram.get(m.id), ...distinct(1, (r) => r.programId === m.id) }),
      tiers: tiers
        .filter((t) => t.programId === m.id)
        .map((t) => ({ amountFen: t.amountFen, approved: t.approved })),
      byUnion: kids
        .map(([k, sums]) => {
          const child = k.endsWith('|null') ? null : Number(k.slice(k.indexOf('|') + 1));
          return union(
            child,
            sums,
            distinct(0, (r) => r.programId === m.id && sameChild(child)(r)),
          );
        })
        .sort(byUnionOrder),
      breakdown: breakdowns.get(m.id) ?? null,
    };
  });
  // a category of a program listed is a row, of zeros when the period has no figures of it (a program running in
  // it and nothing applied for yet): the categories list the programs 按项目 lists, and add up to them
  const byCategory = CATEGORIES.filter((c) => byCat.has(c) || programs.some((p) => p.category === c)).map(
    (category) => ({
      category,
      programs: programs.filter((p) => p.category === category).length,
      ...figures({ ...byCat.get(category), ...distinct(3, (r) => r.category === category) }),
    }),
  );
  const byUnion = [...byChild]
    .map(([child, sums]) => union(child, sums, distinct(6, sameChild(child))))
    .sort(byUnionOrder);
  const totals = figures({ ...rollUp(cells, () => 0).get(0), ...distinct(7, () => true) });
  const asOf = [scope.to, today].filter((d): d is string => !!d).sort()[0] ?? null;
  return {
    org: { id: org.id, name: org.name },
    from: scope.from,
    to: scope.to,
    category: scope.category,
    totals,
    peopleCounted: !programs.length || programs.some((p) => p.applicantType !== 'union'),
    byCategory,
    byUnion,
    programs,
    breakdownPeople,
    asOf,
    notes: asOf
      ? programFigureNotes({
          from: scope.from,
          to: scope.to,
          asOf,
          insurance: programs.some((p) => p.category === 'insurance'),
        })
      : [],
  };
}

/** The programs report as the routes ask it: counted to today at the latest, by the clock. */
export function createProgramReport(db: Db, clock: Clock) {
  return {
    report: (actor: Actor, q: ReportQuery) => getProgramReport(db, actor, q, todayInChina(clock())),
  };
}
export type ProgramReportService = ReturnType<typeof createProgramReport>;
