import { recounter } from '../reporting/index.ts';

/** The China day of a moment. */
const DAY = (at: string) => `(${at} at time zone 'Asia/Shanghai')::date`;
/** The first day of the month of a day: the programs' cells are months (ADR 29, reporting migration 004). */
const MONTH = (day: string) => `date_trunc('month', ${day})::date`;
/** The unions a fact in union `o` counts in: `o` and every union above it (the programs' counts are rolled up). */
const UP = (o: string) => `unnest(string_to_array(trim(both '/' from ${o}.path), '/')::bigint[])`;
/** What an application's record is, for programs paying per record ('kind:value'), else ''. */
const VALUE = `coalesce(case when g.subject_kind is not null and r.kind is not null then r.kind || ':' || coalesce(
    case r.kind when 'certificate' then r.grade::text when 'award' then r.level when 'training' then r.course_key
    else r.patent_type end, '') end, '')`;

/**
 * The programs' summed counts recounted from their rows (ADR 29, 73), dim the program, dim2 the application's
 * record as 'kind:value' (or the amount, for tiers), each on the first day of its month and in the union it
 * happens in and every union above it: each application submitted, returned or decided by its application day;
 * each approval and rejection by its decision (China time); each approval by amount; each ledger entry's amount
 * (a reversal negative) by its moment; each item of a paid batch by the batch's payment.
 */
function factsSql(): string {
  const app = `applications a join programs g on g.id = a.program_id left join records r on r.id = a.subject_record_id
    join orgs o on o.id = a.org_id cross join lateral ${UP('o')} as u(id)`;
  return `select 'programs.applications' as subject, u.id as org_id, ${MONTH('a.applied_on')} as day,
                 a.program_id::text as dim, ${VALUE} as dim2, 1 as n, 0 as fen
            from ${app} where a.status in ('submitted', 'returned', 'approved', 'rejected')
          union all
          select 'programs.' || a.status, u.id, ${MONTH(DAY('a.decided_at'))}, a.program_id::text, ${VALUE}, 1, 0
            from ${app} where a.status in ('approved', 'rejected') and a.decided_at is not null
          union all
          select 'programs.tiers', u.id, ${MONTH(DAY('a.decided_at'))}, a.program_id::text,
                 coalesce(a.amount_fen::text, ''), 1, 0
            from ${app} where a.status = 'approved' and a.decided_at is not null
          union all
          select 'programs.approved_fen', u.id, ${MONTH(DAY('l.created_at'))}, l.program_id::text, ${VALUE}, 0,
                 l.amount_fen
            from ledger_entries l join applications a on a.id = l.application_id
            join programs g on g.id = l.program_id left join records r on r.id = a.subject_record_id
            join orgs o on o.id = l.org_id cross join lateral ${UP('o')} as u(id)
          union all
          select 'programs.paid_fen', u.id, ${MONTH(DAY('b.paid_at'))}, i.program_id::text, ${VALUE}, 0, i.amount_fen
            from payment_batches b join payment_items i on i.batch_id = b.id
            join ledger_entries l on l.id = i.ledger_entry_id join applications a on a.id = l.application_id
            join programs g on g.id = i.program_id left join records r on r.id = a.subject_record_id
            join orgs o on o.id = i.org_id cross join lateral ${UP('o')} as u(id)
           where b.status = 'paid' and b.paid_at is not null`;
}

/**
 * The distinct counts of a year (ADR 35) recounted from the approved applications: per calendar year of the
 * decision (China time), each person approved (`programs.people`: dims the program, 'c:<category>', '*' and, for a
 * program paying per record, '<program>|<kind:value>', 'k:<kind>' and 'k:<kind>|c:<category>') and each applying union (`programs.unions`: the program,
 * 'c:<category>', '*') once in every union whose subtree holds one of their approvals (dim2 '') and once in each
 * union where they were approved (dim2 'self'), on 1 January.
 */
function distinctSql(): string {
  return `with v as (
            select a.org_id, o.path, a.person_id, coalesce(a.applicant_org_id, a.org_id) as unit_id,
                   a.program_id::text as program, g.category, ${VALUE} as value,
                   make_date(extract(year from ${DAY('a.decided_at')})::int, 1, 1) as day
              from applications a join programs g on g.id = a.program_id join orgs o on o.id = a.org_id
              left join records r on r.id = a.subject_record_id
             where a.status = 'approved' and a.decided_at is not null),
          held as (
            select 'programs.people' as subject, v.org_id, v.path, v.day, d.dim, v.person_id as who
              from v cross join lateral (values (v.program), ('c:' || v.category), ('*'),
                     (case when v.value <> '' then v.program || '|' || v.value end),
                     (case when v.value <> '' then 'k:' || split_part(v.value, ':', 1) end),
                     (case when v.value <> '' then 'k:' || split_part(v.value, ':', 1) || '|c:' || v.category end)
                   ) d(dim)
             where v.person_id is not null and d.dim is not null
            union all
            select 'programs.unions', v.org_id, v.path, v.day, d.dim, v.unit_id
              from v cross join lateral (values (v.program), ('c:' || v.category), ('*')) d(dim)),
          cells as (
            select distinct h.subject, u.id as org_id, h.day, h.dim, '' as dim2, h.who
              from held h cross join lateral ${UP('h')} as u(id)
            union all
            select distinct h.subject, h.org_id, h.day, h.dim, 'self', h.who from held h)
          select subject, org_id, day, dim, dim2, 1 as n, 0 as fen from cells`;
}

export const programsRecounter = recounter({
  area: 'programs',
  subjects: {
    'programs.applications': { zh: '申请数', en: 'applications' },
    'programs.approved': { zh: '批准数', en: 'approved' },
    'programs.rejected': { zh: '不批准数', en: 'rejected' },
    'programs.tiers': { zh: '批准数（按金额）', en: 'approved by amount' },
    'programs.approved_fen': { zh: '批准金额', en: 'amount approved' },
    'programs.paid_fen': { zh: '已发放金额', en: 'amount paid' },
    'programs.people': { zh: '受益人数（年度去重）', en: 'people approved in the year (distinct)' },
    'programs.unions': { zh: '受益单位数（年度去重）', en: 'unions approved in the year (distinct)' },
  },
  facts: `${factsSql()} union all select * from (${distinctSql()}) x`,
});

/** The recount alone, as the tests compare it with the kept counts. */
export const recountProgramCounts = programsRecounter.recount;
