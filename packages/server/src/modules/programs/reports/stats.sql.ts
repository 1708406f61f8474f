/**
 * The SQL of the programs report. Every figure is dated by what it counts, in China time (UTC+8):
 * applications by application date (`applied_on`), decisions by decision date (`decided_at`), approved
 * money by the date of its ledger entry (a reversal on its own date, so the sum is net of reversals),
 * paid money by the payment date of its batch (`paid_at`). Parameters: $1 the union's path, $2 from,
 * $3 to (dates or null), $4 category or null, $5 the union's subtree LIKE pattern.
 */

const LIVE_OR_DECIDED = `('submitted', 'returned', 'approved', 'rejected')`;

/** The China calendar date of a timestamptz (UTC+8 all year). */
const chinaDate = (ts: string) => `((${ts} at time zone 'UTC') + interval '8 hours')::date`;

/** The date expression falls within [$2, $3]; either end may be open. */
const within = (day: string) =>
  `($2::date is null or ${day} >= $2::date) and ($3::date is null or ${day} <= $3::date)`;

/**
 * One row per dated event of the subtree: an application (by application date), a decision (by decision
 * date), a ledger entry (by entry date, signed) and a paid item (by payment date); `org_id` is the union
 * it counts under and `application_id` what it is about.
 */
const EVENTS = `
  select a.program_id, a.org_id, a.id as application_id, 1 as applications, 0 as approved, 0 as rejected,
         0 as approved_fen, 0 as paid_fen
    from applications a join p on p.id = a.program_id join o on o.id = a.org_id
   where a.status in ${LIVE_OR_DECIDED} and ${within('a.applied_on')}
  union all
  select a.program_id, a.org_id, a.id, 0, (a.status = 'approved')::int, (a.status = 'rejected')::int, 0, 0
    from applications a join p on p.id = a.program_id join o on o.id = a.org_id
   where a.status in ('approved', 'rejected') and ${within(chinaDate('a.decided_at'))}
  union all
  select l.program_id, l.org_id, l.application_id, 0, 0, 0, l.amount_fen, 0
    from ledger_entries l join p on p.id = l.program_id join o on o.id = l.org_id
   where ${within(chinaDate('l.created_at'))}
  union all
  select i.program_id, i.org_id, l.application_id, 0, 0, 0, 0, i.amount_fen
    from payment_items i
    join payment_batches b on b.id = i.batch_id and b.status = 'paid'
    join ledger_entries l on l.id = i.ledger_entry_id
    join p on p.id = i.program_id join o on o.id = i.org_id
   where ${within(chinaDate('b.paid_at'))}`;

const SCOPE = `
p as (
  select g.id, g.category, g.subject_kind from programs g where ($4::text is null or g.category = $4::text)
), o as (
  select id, split_part(substr(path, length($1::text) + 1), '/', 1) as child from orgs where path like $5::text
)`;

/** Distinct count of `col` among approved applications, grouped by `keys`, in two hash aggregations. */
const distinctBy = (keys: string[], col: string) => {
  const k = keys.join(', ');
  return `select ${k}${keys.length ? ', ' : ''}count(*) as n
    from (select ${k}${keys.length ? ', ' : ''}${col} from ap where ${col} is not null group by ${[...keys, col].join(', ')}) x
   ${keys.length ? `group by ${k}` : ''}`;
};

/**
 * The report in one statement, built from hash aggregations only (no sort of the whole input): the
 * events are summed per program and child union (the first path segment below the chosen union's path;
 * '' for the union itself); people and unions are distinct counts of the applications approved in the
 * period at each level (child within a program, program, category, child over all programs, total), so a
 * person approved in two programs counts once for their union. Rows come back tagged like grouping sets:
 * g = 0 child within a program, 1 program, 3 category, 6 child over all programs, 7 total.
 */
export const REPORT_SQL = `
with ${SCOPE}, ap as materialized (
  select a.program_id, p.category, o.child, a.person_id, coalesce(a.applicant_org_id, a.org_id) as unit_id
    from applications a join p on p.id = a.program_id join o on o.id = a.org_id
   where a.status = 'approved' and ${within(chinaDate('a.decided_at'))}
), leaf as (
  select e.program_id, p.category, o.child, sum(e.applications) as applications, sum(e.approved) as approved,
         sum(e.rejected) as rejected, sum(e.approved_fen) as approved_fen, sum(e.paid_fen) as paid_fen
    from (${EVENTS}) e join p on p.id = e.program_id join o on o.id = e.org_id
   group by e.program_id, p.category, o.child
), leaf2 as (
  select l.*, coalesce(pl.n, 0) as people, coalesce(ul.n, 0) as unions
    from leaf l
    left join (${distinctBy(['program_id', 'child'], 'person_id')}) pl on pl.program_id = l.program_id and pl.child = l.child
    left join (${distinctBy(['program_id', 'child'], 'unit_id')}) ul on ul.program_id = l.program_id and ul.child = l.child
), prog as (
  select program_id, category, sum(applications) as applications, sum(approved) as approved,
         sum(rejected) as rejected, sum(approved_fen) as approved_fen, sum(paid_fen) as paid_fen
    from leaf group by program_id, category
), cat as (
  select category, sum(applications) as applications, sum(approved) as approved, sum(rejected) as rejected,
         sum(approved_fen) as approved_fen, sum(paid_fen) as paid_fen
    from prog group by category
), kid as (
  select child, sum(applications) as applications, sum(approved) as approved, sum(rejected) as rejected,
         sum(approved_fen) as approved_fen, sum(paid_fen) as paid_fen
    from leaf group by child
)
select 0 as g, category, program_id as "programId", nullif(child, '') as child, applications, approved, rejected,
       people, unions, approved_fen as "approvedFen", paid_fen as "paidFen"
  from leaf2
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
select 6, null, null, nullif(k.child, ''), k.applications, k.approved, k.rejected, coalesce(pk.n, 0),
       coalesce(uk.n, 0), k.approved_fen, k.paid_fen
  from kid k
  left join (${distinctBy(['child'], 'person_id')}) pk on pk.child = k.child
  left join (${distinctBy(['child'], 'unit_id')}) uk on uk.child = k.child
union all
select 7, null, null, null, coalesce(sum(applications), 0), coalesce(sum(approved), 0), coalesce(sum(rejected), 0),
       (${distinctBy([], 'person_id')}), (${distinctBy([], 'unit_id')}),
       coalesce(sum(approved_fen), 0), coalesce(sum(paid_fen), 0)
  from cat`;

/**
 * The same events per program and what the application's record says: the certificate's grade, the
 * award's level, the training's course or the patent's type (programs paying per record only).
 */
export const BREAKDOWN_SQL = `
with ${SCOPE}
select e.program_id as "programId", r.kind,
       case r.kind when 'certificate' then r.grade::text when 'award' then r.level
                   when 'training' then r.course else r.patent_type end as value,
       sum(e.applications) as applications, sum(e.approved) as approved, sum(e.rejected) as rejected,
       count(distinct a.person_id) filter (where e.approved = 1) as people,
       sum(e.approved_fen) as "approvedFen", sum(e.paid_fen) as "paidFen"
  from (${EVENTS}) e
  join p on p.id = e.program_id and p.subject_kind is not null
  join applications a on a.id = e.application_id
  join records r on r.id = a.subject_record_id
 group by 1, 2, 3`;

/** Applications approved in the period per program and amount. */
export const TIERS_SQL = `
with ${SCOPE}
select a.program_id as "programId", a.amount_fen as "amountFen", count(*) as approved
  from applications a join p on p.id = a.program_id join o on o.id = a.org_id
 where a.status = 'approved' and ${within(chinaDate('a.decided_at'))}
 group by 1, 2
 order by 1, 2 desc nulls last`;
