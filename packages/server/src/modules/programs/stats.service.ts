import { type Actor, canAccess, subtreePattern } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
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

const inPeriod = (key: string, prog: string) => `
     ($2::date is null or (case when ${key} = 'whole' then ${prog}.period_end
                                 else make_date(${key}::int, 12, 31) end) >= $2::date)
 and ($3::date is null or (case when ${key} = 'whole' then ${prog}.period_start
                                 else make_date(${key}::int, 1, 1) end) <= $3::date)`;

/** Distinct count of `col` among approved applications, grouped by `keys`, in two hash aggregations. */
const distinctBy = (keys: string[], col: string) => {
  const k = keys.join(', ');
  return `select ${k}${keys.length ? ', ' : ''}count(*) as n
    from (select ${k}${keys.length ? ', ' : ''}${col} from ap where ${col} is not null group by ${[...keys, col].join(', ')}) x
   ${keys.length ? `group by ${k}` : ''}`;
};

/**
 * The report in one statement, built from hash aggregations only (no sort of the whole input):
 * applications, ledger entries and paid items of the subtree and period are each summed per program and
 * child union (the first path segment below the chosen union's path; '' for the union itself); people and
 * unions are distinct counts of approved applications at each level (child, program, category, total).
 * The period of a row is its period key (a year) or, for 'whole', the program's period. Rows come back
 * tagged like grouping sets: g = 0 child, 1 program, 3 category, 7 total.
 */
const REPORT_SQL = `
with p as (
  select g.id, g.category, g.period_start, g.period_end from programs g
   where ($4::text is null or g.category = $4::text)
), o as (
  select id, split_part(substr(path, length($1::text) + 1), '/', 1) as child from orgs where path like $5::text
), a as materialized (
  select a.program_id, p.category, o.child, a.status, a.person_id, coalesce(a.applicant_org_id, a.org_id) as unit_id
    from applications a join p on p.id = a.program_id join o on o.id = a.org_id
   where a.status in ${LIVE_OR_DECIDED} and ${inPeriod('a.period_key', 'p')}
), ap as materialized (
  select program_id, category, child, person_id, unit_id from a where status = 'approved'
), c as (
  select program_id, child, count(*) as applications, count(*) filter (where status = 'approved') as approved,
         count(*) filter (where status = 'rejected') as rejected
    from a group by program_id, child
), m as (
  select l.program_id, o.child, sum(l.amount_fen) as fen
    from ledger_entries l join p on p.id = l.program_id join o on o.id = l.org_id
   where ${inPeriod('l.period_key', 'p')}
   group by l.program_id, o.child
), pd as (
  select i.program_id, o.child, sum(i.amount_fen) as fen
    from payment_items i
    join payment_batches b on b.id = i.batch_id and b.status = 'paid'
    join ledger_entries l on l.id = i.ledger_entry_id
    join p on p.id = i.program_id join o on o.id = i.org_id
   where ${inPeriod('l.period_key', 'p')}
   group by i.program_id, o.child
), keys as (
  select program_id, child from c union select program_id, child from m union select program_id, child from pd
), leaf as (
  select k.program_id, p.category, k.child, coalesce(c.applications, 0) as applications,
         coalesce(c.approved, 0) as approved, coalesce(c.rejected, 0) as rejected,
         coalesce(pl.n, 0) as people, coalesce(ul.n, 0) as unions,
         coalesce(m.fen, 0) as approved_fen, coalesce(pd.fen, 0) as paid_fen
    from keys k
    join p on p.id = k.program_id
    left join c on c.program_id = k.program_id and c.child = k.child
    left join m on m.program_id = k.program_id and m.child = k.child
    left join pd on pd.program_id = k.program_id and pd.child = k.child
    left join (${distinctBy(['program_id', 'child'], 'person_id')}) pl on pl.program_id = k.program_id and pl.child = k.child
    left join (${distinctBy(['program_id', 'child'], 'unit_id')}) ul on ul.program_id = k.program_id and ul.child = k.child
), prog as (
  select program_id, category, sum(applications) as applications, sum(approved) as approved,
         sum(rejected) as rejected, sum(approved_fen) as approved_fen, sum(paid_fen) as paid_fen
    from leaf group by program_id, category
), cat as (
  select category, sum(applications) as applications, sum(approved) as approved, sum(rejected) as rejected,
         sum(approved_fen) as approved_fen, sum(paid_fen) as paid_fen
    from prog group by category
)
select 0 as g, category, program_id as "programId", nullif(child, '') as child, applications, approved, rejected,
       people, unions, approved_fen as "approvedFen", paid_fen as "paidFen"
  from leaf
union all
select 1, pr.category, pr.program_id, null, pr.applications, pr.approved, pr.rejected, coalesce(pp.n, 0),
       coalesce(up.n, 0), pr.approved_fen, pr.paid_fen
  from prog pr
  left join (${distinctBy(['program_id'], 'person_id')}) pp on pp.program_id = pr.program_id
  left join (${distinctBy(['program_id'], 'unit_id')}) up on up.program_id = pr.program_id
union all
select 3, ct.category, null, null, ct.applications, ct.approved, ct.rejected, coalesce(pc.n, 0),
       coalesce(uc.n, 0), ct.approved_fen, ct.paid_fen
  from cat ct
  left join (${distinctBy(['category'], 'person_id')}) pc on pc.category = ct.category
  left join (${distinctBy(['category'], 'unit_id')}) uc on uc.category = ct.category
union all
select 7, null, null, null, coalesce(sum(applications), 0), coalesce(sum(approved), 0), coalesce(sum(rejected), 0),
       (${distinctBy([], 'person_id')}), (${distinctBy([], 'unit_id')}),
       coalesce(sum(approved_fen), 0), coalesce(sum(paid_fen), 0)
  from cat`;

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
  } else if (canAccess(actor, 'reports.read', { orgPath: '/' })) {
    // The whole platform is in the actor's subtree (the administrator).
    org = { id: null, name: '全部工会', path: '/' };
  } else {
    throw forbidden();
  }
  const from = q.from ?? null;
  const to = q.to ?? null;
  const category = q.category ?? null;
  const like = subtreePattern(org.path);
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
