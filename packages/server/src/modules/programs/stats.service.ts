import type { Db } from '../../db/db.ts';
import type { Actor } from '../../http/access.ts';
import { forbidden, invalid } from '../../shared/errors.ts';
import { getOrgInScope } from '../org/index.ts';
import type { Category, PeriodUnit, ProgramStatus } from './programs.types.ts';
import { periodKeys } from './review-chain.ts';

/** The figures of one cell of the report. Amounts are fen: approved is net of reversals; paid is in paid batches. */
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
  /** True for the row of the chosen union's own applications (本级), not a child's subtree. */
  self: boolean;
}

export interface ProgramFigures extends Figures {
  programId: number;
  name: string;
  category: Category;
  status: ProgramStatus;
  ownerOrgId: number;
  ownerOrgName: string;
  periodLabel: string;
  /** Program-wide for the periods in the range (limits are not per union). */
  quota: number | null;
  quotaUsed: number;
  budgetFen: number | null;
  budgetLeftFen: number | null;
  /** Approved applications by amount (a tier table shows as one row per tier paid). */
  tiers: { amountFen: number | null; approved: number }[];
  byUnion: UnionFigures[];
}

export interface ProgramReport {
  org: { id: number | null; name: string };
  from: string | null;
  to: string | null;
  category: Category | null;
  totals: Figures;
  byCategory: (Figures & { category: Category; programs: number })[];
  programs: ProgramFigures[];
}

export interface ReportQuery {
  orgId?: number;
  from?: string;
  to?: string;
  category?: Category;
}

const LIVE_OR_DECIDED = `('submitted', 'returned', 'approved', 'rejected')`;

/**
 * One row per application, ledger entry and paid item of the subtree and period, tagged with the child
 * union it falls under (the first path segment below the chosen union's path; null for the union itself),
 * then one aggregation over grouping sets: total, per category, per program, per program and child.
 * Set-based: each table is scanned once; the period of a row is its period key (a year) or, for 'whole',
 * the program's period.
 */
const REPORT_SQL = `
with scoped_programs as (
  select g.id, g.category, g.period_start, g.period_end from programs g
   where ($4::text is null or g.category = $4::text)
), base as (
  select a.program_id, p.category, a.org_id as at_org, a.status, a.person_id,
         coalesce(a.applicant_org_id, a.org_id) as unit_id, 0::bigint as net_fen, 0::bigint as paid_fen, 1 as is_app,
         a.period_key, p.period_start, p.period_end
    from applications a join scoped_programs p on p.id = a.program_id
   where a.status in ${LIVE_OR_DECIDED}
  union all
  select l.program_id, p.category, l.org_id, null, null, null, l.amount_fen, 0, 0,
         l.period_key, p.period_start, p.period_end
    from ledger_entries l join scoped_programs p on p.id = l.program_id
  union all
  select i.program_id, p.category, i.org_id, null, null, null, 0, i.amount_fen, 0,
         l.period_key, p.period_start, p.period_end
    from payment_items i
    join payment_batches b on b.id = i.batch_id and b.status = 'paid'
    join ledger_entries l on l.id = i.ledger_entry_id
    join scoped_programs p on p.id = i.program_id
), rows as (
  select b.*, nullif(split_part(substr(o.path, length($1::text) + 1), '/', 1), '') as child
    from base b join orgs o on o.id = b.at_org
   where o.path like $5::text
     and ($2::date is null or (case when b.period_key = 'whole' then b.period_end
                                     else make_date(b.period_key::int, 12, 31) end) >= $2::date)
     and ($3::date is null or (case when b.period_key = 'whole' then b.period_start
                                     else make_date(b.period_key::int, 1, 1) end) <= $3::date)
)
select grouping(category, program_id, child) as g, category, program_id as "programId", child,
       count(*) filter (where is_app = 1) as applications,
       count(*) filter (where status = 'approved') as approved,
       count(*) filter (where status = 'rejected') as rejected,
       count(distinct person_id) filter (where status = 'approved') as people,
       count(distinct unit_id) filter (where status = 'approved') as unions,
       coalesce(sum(net_fen), 0) as "approvedFen",
       coalesce(sum(paid_fen), 0) as "paidFen"
  from rows
 group by grouping sets ((), (category), (category, program_id), (category, program_id, child))`;

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

/** Approved applications per program and amount, for the same subtree and period. */
const TIERS_SQL = `
select a.program_id as "programId", a.amount_fen as "amountFen", count(*) as approved
  from applications a
  join programs p on p.id = a.program_id
  join orgs o on o.id = a.org_id
 where a.status = 'approved' and o.path like $4::text and ($3::text is null or p.category = $3::text)
   and ($1::date is null or (case when a.period_key = 'whole' then p.period_end
                                  else make_date(a.period_key::int, 12, 31) end) >= $1::date)
   and ($2::date is null or (case when a.period_key = 'whole' then p.period_start
                                  else make_date(a.period_key::int, 1, 1) end) <= $2::date)
 group by 1, 2
 order by 1, 2 desc nulls last`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The period keys of a program that overlap [from, to]. */
function keysInRange(p: ProgramMeta, from: string | null, to: string | null): string[] {
  return periodKeys(p).filter((k) => {
    const start = k === 'whole' ? p.periodStart : `${k}-01-01`;
    const end = k === 'whole' ? p.periodEnd : `${k}-12-31`;
    return (from === null || end >= from) && (to === null || start <= to);
  });
}

/**
 * Programs figures for a union's subtree and period: per category and program, and per program by the
 * next level of unions (each child row aggregates that child's subtree). Staff see their own subtree; the
 * administrator may choose any union or, without one, sees every top-level federation as a row.
 */
export async function getProgramReport(db: Db, actor: Actor, q: ReportQuery): Promise<ProgramReport> {
  if (q.from && q.to && q.to < q.from) {
    throw invalid(
      'REPORT_PERIOD_INVALID',
      { zh: '结束日期早于开始日期', en: 'The period ends before it starts' },
      {
        field: 'to',
      },
    );
  }
  const orgId = q.orgId ?? actor.orgId ?? undefined;
  let org: { id: number | null; name: string; path: string };
  if (orgId !== undefined) {
    const o = await getOrgInScope(db, actor, orgId);
    org = { id: o.id, name: o.name, path: o.path };
  } else if (actor.role === 'admin') {
    org = { id: null, name: '全部工会', path: '/' };
  } else {
    throw forbidden();
  }
  const from = q.from ?? null;
  const to = q.to ?? null;
  const category = q.category ?? null;
  const like = `${escapeLike(org.path)}%`;
  const params = [org.path, from, to, category, like];
  const { rows } = await db.query<AggRow>(REPORT_SQL, params);
  const tiers = await db.query<{ programId: number; amountFen: number | null; approved: number }>(TIERS_SQL, [
    from,
    to,
    category,
    like,
  ]);

  // Programs owned in the subtree and running in the period are listed even without applications.
  const ids = [...new Set(rows.filter((r) => r.programId !== null).map((r) => r.programId as number))];
  const meta = await db.query<ProgramMeta>(
    `select g.id, g.name, g.category, g.status, g.owner_org_id as "ownerOrgId", oo.name as "ownerOrgName",
            g.period_label as "periodLabel", g.period_start as "periodStart", g.period_end as "periodEnd",
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

  const byProgram = new Map<number, AggRow>();
  const byChild = new Map<number, AggRow[]>();
  const byCategory: ProgramReport['byCategory'] = [];
  let totals = figures();
  for (const r of rows) {
    // grouping() bits, highest first: category, program, child (1 = rolled up).
    if (r.g === 7) totals = figures(r);
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
    const union = (r: AggRow): UnionFigures => {
      const id = r.child === null ? org.id : Number(r.child);
      return {
        orgId: id,
        name: r.child === null ? `${org.name}（本级）` : (childName.get(Number(r.child)) ?? String(r.child)),
        self: r.child === null,
        ...figures(r),
      };
    };
    return {
      programId: m.id,
      name: m.name,
      category: m.category,
      status: m.status,
      ownerOrgId: m.ownerOrgId,
      ownerOrgName: m.ownerOrgName,
      periodLabel: m.periodLabel,
      quota: m.quota === null ? null : m.quota * keys.length,
      quotaUsed: used.reduce((s, u) => s + u.quotaUsed, 0),
      budgetFen: m.budgetFen === null ? null : m.budgetFen * keys.length,
      budgetLeftFen: m.budgetFen === null ? null : m.budgetFen * keys.length - budgetUsed,
      ...figures(byProgram.get(m.id)),
      tiers: tiers.rows
        .filter((t) => t.programId === m.id)
        .map((t) => ({ amountFen: t.amountFen, approved: t.approved })),
      byUnion: (byChild.get(m.id) ?? [])
        .map(union)
        .sort(
          (a, b) =>
            b.approved - a.approved || b.applications - a.applications || a.name.localeCompare(b.name),
        ),
    };
  });
  for (const c of byCategory) c.programs = programs.filter((p) => p.category === c.category).length;
  return { org: { id: org.id, name: org.name }, from, to, category, totals, byCategory, programs };
}
