import { type Actor, canAccess, subtreePattern } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { forbidden, invalid } from '../../../shared/errors.ts';
import { getOrgInScope } from '../../org/index.ts';
import type { ApplicantType, Category, PeriodUnit, ProgramStatus } from '../programs.types.ts';
import { periodKeys } from '../review-chain.ts';
import { AWARD_LEVEL_TEXT, GRADE_TEXT, PATENT_TYPE_TEXT, type Text } from '../rules/index.ts';
import { BREAKDOWN_SQL, REPORT_SQL, TIERS_SQL } from './stats.sql.ts';

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

export interface ProgramFigures extends Figures {
  programId: number;
  name: string;
  category: Category;
  status: ProgramStatus;
  ownerOrgId: number;
  ownerOrgName: string;
  /** Who applies: for a union-applicant program the figures count unions, and `people` is 0. */
  applicantType: ApplicantType;
  periodLabel: string;
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

type BreakdownSqlRow = Omit<BreakdownRow, 'label'> & { programId: number; kind: string };

function breakdownsOf(rows: BreakdownSqlRow[]): Map<number, Breakdown> {
  const out = new Map<number, Breakdown>();
  for (const { programId, kind, ...row } of rows) {
    const b = out.get(programId) ?? { by: BREAKDOWN_BY[kind], rows: [] };
    const label = VALUE_TEXT[b.by]?.[row.value] ?? { zh: row.value, en: row.value };
    b.rows.push({ ...row, label });
    out.set(programId, b);
  }
  for (const b of out.values()) b.rows.sort(byValue(b.by));
  return out;
}

export interface ProgramReport {
  org: { id: number | null; name: string };
  from: string | null;
  to: string | null;
  category: Category | null;
  totals: Figures;
  byCategory: (Figures & { category: Category; programs: number })[];
  /** The next level of unions over all programs: people and unions counted once per union. */
  byUnion: UnionFigures[];
  programs: ProgramFigures[];
}

export interface ReportQuery {
  orgId?: number;
  from?: string;
  to?: string;
  category?: Category;
}

interface AggRow extends Figures {
  g: number;
  category: Category | null;
  programId: number | null;
  child: string | null;
}

interface ProgramMeta {
  id: number;
  name: string;
  category: Category;
  status: ProgramStatus;
  ownerOrgId: number;
  ownerOrgName: string;
  applicantType: ApplicantType;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  periodUnit: PeriodUnit;
  quota: number | null;
  budgetFen: number | null;
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

/** The union whose subtree the report covers: the one asked for, the actor's own, or (administrator) all. */
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
    return { id: o.id as number | null, name: o.name, path: o.path };
  }
  // The whole platform is in the actor's subtree (the administrator).
  if (canAccess(actor, 'reports.read', { orgPath: '/' })) return { id: null, name: '全部工会', path: '/' };
  throw forbidden();
}

/**
 * Programs figures for a union's subtree and period: per category and program, per program by the next
 * level of unions (each child row aggregates that child's subtree) and by what the records say. Each
 * figure is dated by what it counts (see stats.sql.ts). Staff see their own subtree; the administrator
 * may choose any union or, without one, sees the whole platform.
 */
export async function getProgramReport(db: Db, actor: Actor, q: ReportQuery): Promise<ProgramReport> {
  const org = await resolveReportOrg(db, actor, q);
  const from = q.from ?? null;
  const to = q.to ?? null;
  const category = q.category ?? null;
  const like = subtreePattern(org.path);
  const params = [org.path, from, to, category, like];
  const { rows } = await db.query<AggRow>(REPORT_SQL, params);
  const tiers = await db.query<{ programId: number; amountFen: number | null; approved: number }>(
    TIERS_SQL,
    params,
  );
  const breakdowns = breakdownsOf((await db.query<BreakdownSqlRow>(BREAKDOWN_SQL, params)).rows);

  // Programs owned in the subtree and running in the period are listed even without activity in it.
  const ids = [...new Set(rows.filter((r) => r.programId !== null).map((r) => r.programId as number))];
  const meta = await db.query<ProgramMeta>(
    `select g.id, g.name, g.category, g.status, g.owner_org_id as "ownerOrgId", oo.name as "ownerOrgName",
            g.applicant_type as "applicantType", g.period_label as "periodLabel", g.period_start as "periodStart", g.period_end as "periodEnd",
            g.period_unit as "periodUnit", g.quota, g.budget_fen as "budgetFen"
       from programs g join orgs oo on oo.id = g.owner_org_id
      where g.id = any($1::bigint[])
         or (oo.path like $2 and g.status <> 'draft' and ($3::text is null or g.category = $3::text)
             and ($4::date is null or g.period_end >= $4::date) and ($5::date is null or g.period_start <= $5::date))
      order by g.category, g.period_start desc, g.id`,
    [ids, like, category, from, to],
  );
  const programIds = meta.rows.map((m) => m.id);
  const usage = await db.query<{
    programId: number;
    periodKey: string;
    quotaUsed: number;
    budgetUsedFen: number;
  }>(
    `select program_id as "programId", period_key as "periodKey", quota_used as "quotaUsed",
            budget_used_fen as "budgetUsedFen" from program_usage where program_id = any($1::bigint[])`,
    [programIds],
  );
  const children = await db.query<{ id: number; name: string }>(
    `select id, name from orgs where id = any($1::bigint[])`,
    [[...new Set(rows.filter((r) => r.child !== null).map((r) => Number(r.child)))]],
  );
  const childName = new Map(children.rows.map((c) => [c.id, c.name]));

  const union = (r: AggRow): UnionFigures => {
    const id = r.child === null ? org.id : Number(r.child);
    return {
      orgId: id,
      name: r.child === null ? org.name : (childName.get(Number(r.child)) ?? String(r.child)),
      self: r.child === null,
      ...figures(r),
    };
  };
  const byUnionOrder = (a: UnionFigures, b: UnionFigures) =>
    b.approved - a.approved || b.applications - a.applications || a.name.localeCompare(b.name);

  const byProgram = new Map<number, AggRow>();
  const byChild = new Map<number, AggRow[]>();
  const byCategory: ProgramReport['byCategory'] = [];
  const byUnion: UnionFigures[] = [];
  let totals = figures();
  for (const r of rows) {
    // grouping() bits, highest first: category, program, child (1 = rolled up).
    if (r.g === 7) totals = figures(r);
    else if (r.g === 6) byUnion.push(union(r));
    else if (r.g === 3) byCategory.push({ category: r.category as Category, programs: 0, ...figures(r) });
    else if (r.g === 1) byProgram.set(r.programId as number, r);
    else if (r.g === 0) {
      const list = byChild.get(r.programId as number) ?? [];
      list.push(r);
      byChild.set(r.programId as number, list);
    }
  }
  const programs: ProgramFigures[] = meta.rows.map((m) => {
    const keys = keysInRange(m, from, to);
    const used = usage.rows.filter((u) => u.programId === m.id && keys.includes(u.periodKey));
    const budgetUsed = used.reduce((s, u) => s + u.budgetUsedFen, 0);
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
      ...figures(byProgram.get(m.id)),
      tiers: tiers.rows
        .filter((t) => t.programId === m.id)
        .map((t) => ({ amountFen: t.amountFen, approved: t.approved })),
      byUnion: (byChild.get(m.id) ?? []).map(union).sort(byUnionOrder),
      breakdown: breakdowns.get(m.id) ?? null,
    };
  });
  for (const c of byCategory) c.programs = programs.filter((p) => p.category === c.category).length;
  byUnion.sort((a, b) => Number(a.self) - Number(b.self) || byUnionOrder(a, b));
  return { org: { id: org.id, name: org.name }, from, to, category, totals, byCategory, byUnion, programs };
}
