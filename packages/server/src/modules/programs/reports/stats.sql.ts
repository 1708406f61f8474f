import { dayAfter } from '../../../shared/dates.ts';

/**
 * Where the programs report reads its figures (ADR 29). Every figure is dated by what it counts, in China time
 * (UTC+8): applications by application date (`applied_on`), decisions by decision date (`decided_at`),
 * approved money by the date of its ledger entry (a reversal on its own date, so the sum is net of
 * reversals), paid money by the payment date of its batch (`paid_at`).
 *
 * The whole months of a period come from the counts maintained in report_counts (programs migration 016,
 * subjects `programs.*`, dim = program id, dim2 = the record's 'kind:value'); the days of a partial first or
 * last month come from the raw rows, so any range of days is exact while a range of whole months reads
 * only the counts. People and unions are distinct counts, which no sum of monthly counts gives: for a calendar
 * year they are maintained per year (migration 017, ADR 35); for any other period they are read from the
 * approved applications of the period (a covering partial index by decision date).
 *
 * Parameters: $1 the union's path, $2 from, $3 to (dates or null), $4 category or null, $5 the union's
 * subtree LIKE pattern; for the partial months' raw rows, $6 the end of the first partial month's days and $7
 * the start of the last's (see periodParts).
 */

/** The subjects the programs triggers maintain and the figure each one feeds. */
export const COUNT_SUBJECTS = {
  'programs.applications': 'applications',
  'programs.approved': 'approved',
  'programs.rejected': 'rejected',
  'programs.approved_fen': 'approvedFen',
  'programs.paid_fen': 'paidFen',
} as const;
export const TIERS_SUBJECT = 'programs.tiers';
/** The distinct counts of a calendar year (programs migration 017), by program, category and record value. */
export const PEOPLE_SUBJECT = 'programs.people';
export const UNIONS_SUBJECT = 'programs.unions';

const nextMonth = (d: string) => {
  const [y, m] = d.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/**
 * How a period [from, to] is read: its whole months from the counts (first and last as 'YYYY-MM', null when
 * open), the days of its partial months from raw rows: [from, $6) and [$7, to] (see rawDay).
 */
export function periodParts(from: string | null, to: string | null) {
  const start = from === null ? null : from.endsWith('-01') ? from : nextMonth(from);
  const after = to === null ? null : dayAfter(to);
  const end = after === null ? null : after.endsWith('-01') ? after : `${after.slice(0, 7)}-01`;
  if (start !== null && end !== null && start >= end) {
    return { months: null, edgeParams: [after ?? 'infinity', 'infinity'], hasEdges: true };
  }
  const lastMonth = end === null ? null : new Date(`${end}T00:00:00Z`);
  lastMonth?.setUTCMonth(lastMonth.getUTCMonth() - 1);
  return {
    months: { first: start?.slice(0, 7) ?? null, last: lastMonth?.toISOString().slice(0, 7) ?? null },
    edgeParams: [start ?? '-infinity', end ?? 'infinity'],
    hasEdges: from !== start || after !== end,
  };
}

const LIVE_OR_DECIDED = `('submitted', 'returned', 'approved', 'rejected')`;

/** The instant a China calendar day (a date expression) begins (UTC+8 all year). */
const chinaStart = (day: string) => `((${day})::date - interval '8 hours') at time zone 'UTC'`;

/** A date column or a timestamptz column (by China days) within the half-open day range [$a, $b). */
const inDays = (col: string, ts: boolean, a: string, b: string) =>
  ts
    ? `(${col} >= ${chinaStart(a)} and ${col} < ${chinaStart(b)})`
    : `(${col} >= ${a}::date and ${col} < ${b}::date)`;

/** Within the partial months' days: [$2, $6) or [$7, $3 + 1), an open end counting as infinite. */
const rawDay = (col: string, ts = true) =>
  `(${inDays(col, ts, "coalesce($2::date, '-infinity')", '$6')} or ${inDays(col, ts, '$7', "coalesce($3::date + 1, 'infinity')")})`;

/** A timestamptz column within the China days [$2, $3]; either end may be open. */
const within = (col: string) =>
  `($2::date is null or ${col} >= ${chinaStart('$2')}) and ($3::date is null or ${col} < ${chinaStart('$3::date + 1')})`;

const SCOPE = `
p as (
  select g.id, g.category, g.subject_kind from programs g where ($4::text is null or g.category = $4::text)
), o as (
  select id, split_part(substr(path, length($1::text) + 1), '/', 1) as child from orgs where path like $5::text
)`;

const VALUE = 'programs_record_value(p.subject_kind, r)';

/**
 * The figures of the partial months from raw rows, per program, record value and child union (the first
 * path segment below the chosen union's path; '' for the union itself).
 */
export const EDGE_SQL = `
with ${SCOPE}
select e.program_id as "programId", e.value, nullif(o.child, '') as child,
       sum(e.applications) as applications, sum(e.approved) as approved, sum(e.rejected) as rejected,
       sum(e.approved_fen) as "approvedFen", sum(e.paid_fen) as "paidFen"
  from (
    select a.program_id, a.org_id, ${VALUE} as value, 1 as applications, 0 as approved, 0 as rejected,
           0 as approved_fen, 0 as paid_fen
      from applications a join p on p.id = a.program_id left join records r on r.id = a.subject_record_id
     where a.status in ${LIVE_OR_DECIDED} and ${rawDay('a.applied_on', false)}
    union all
    select a.program_id, a.org_id, ${VALUE}, 0, (a.status = 'approved')::int, (a.status = 'rejected')::int, 0, 0
      from applications a join p on p.id = a.program_id left join records r on r.id = a.subject_record_id
     where a.status in ('approved', 'rejected') and ${rawDay('a.decided_at')}
    union all
    select l.program_id, l.org_id, ${VALUE}, 0, 0, 0, l.amount_fen, 0
      from ledger_entries l join p on p.id = l.program_id join applications a on a.id = l.application_id
      left join records r on r.id = a.subject_record_id
     where ${rawDay('l.created_at')}
    union all
    select i.program_id, i.org_id, ${VALUE}, 0, 0, 0, 0, i.amount_fen
      from payment_batches b join payment_items i on i.batch_id = b.id
      join p on p.id = i.program_id join ledger_entries l on l.id = i.ledger_entry_id
      join applications a on a.id = l.application_id left join records r on r.id = a.subject_record_id
     where b.status = 'paid' and ${rawDay('b.paid_at')}
  ) e join o on o.id = e.org_id
 group by 1, 2, 3`;

/** Applications approved on the partial months' days per program and amount. */
export const EDGE_TIERS_SQL = `
with ${SCOPE}
select a.program_id as "programId", a.amount_fen as "amountFen", count(*) as approved
  from applications a join p on p.id = a.program_id join o on o.id = a.org_id
 where a.status = 'approved' and ${rawDay('a.decided_at')}
 group by 1, 2`;

/** Distinct count of `col` among approved applications, grouped by `keys`, in two hash aggregations. */
const distinctBy = (keys: string[], col: string) => {
  const k = keys.join(', ');
  return `select ${k}${keys.length ? ', ' : ''}count(*) as n
    from (select ${k}${keys.length ? ', ' : ''}${col} from ap where ${col} is not null group by ${[...keys, col].join(', ')}) x
   ${keys.length ? `group by ${k}` : ''}`;
};

/**
 * People and unions: distinct counts of the applications approved in the period at each level, so a
 * person approved in two programs counts once for their union. Rows are tagged like grouping sets:
 * g = 0 child within a program, 1 program, 3 category, 6 child over all programs, 7 total; g = 8 people per
 * program and record value (the breakdown), g = 9 people per record kind over all programs paying per record (the
 * breakdown's sheet, its rows counted once: value holds the kind, 'certificate').
 */
export const PEOPLE_SQL = `
with ${SCOPE}, ap as materialized (
  select a.program_id, p.category, o.child, a.person_id, coalesce(a.applicant_org_id, a.org_id) as unit_id,
         ${VALUE} as value, split_part(${VALUE}, ':', 1) as kind
    from applications a join p on p.id = a.program_id join o on o.id = a.org_id
    left join records r on r.id = a.subject_record_id and p.subject_kind is not null
   where a.status = 'approved' and ${within('a.decided_at')}
)
select 0 as g, coalesce(pl.program_id, ul.program_id) as "programId", null as category,
       nullif(coalesce(pl.child, ul.child), '') as child, null as value, coalesce(pl.n, 0) as people,
       coalesce(ul.n, 0) as unions
  from (${distinctBy(['program_id', 'child'], 'person_id')}) pl
  full join (${distinctBy(['program_id', 'child'], 'unit_id')}) ul on ul.program_id = pl.program_id and ul.child = pl.child
union all
select 1, coalesce(pp.program_id, up.program_id), null, null, null, coalesce(pp.n, 0), coalesce(up.n, 0)
  from (${distinctBy(['program_id'], 'person_id')}) pp
  full join (${distinctBy(['program_id'], 'unit_id')}) up on up.program_id = pp.program_id
union all
select 3, null, coalesce(pc.category, uc.category), null, null, coalesce(pc.n, 0), coalesce(uc.n, 0)
  from (${distinctBy(['category'], 'person_id')}) pc
  full join (${distinctBy(['category'], 'unit_id')}) uc on uc.category = pc.category
union all
select 6, null, null, nullif(coalesce(pk.child, uk.child), ''), null, coalesce(pk.n, 0), coalesce(uk.n, 0)
  from (${distinctBy(['child'], 'person_id')}) pk
  full join (${distinctBy(['child'], 'unit_id')}) uk on uk.child = pk.child
union all
select 7, null, null, null, null, (${distinctBy([], 'person_id')}), (${distinctBy([], 'unit_id')})
union all
select 8, program_id, null, null, value, n, 0 from (${distinctBy(['program_id', 'value'], 'person_id')}) pv
 where value <> ''
union all
select 9, null, null, null, kind, n, 0 from (${distinctBy(['kind'], 'person_id')}) pk where kind <> ''`;
