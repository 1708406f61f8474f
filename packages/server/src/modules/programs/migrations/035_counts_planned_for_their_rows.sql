-- The programs' counting statements planned for the rows they get (issue 42). A statement trigger's query reads its
-- transition table, whose row count the planner knows but not its values: `status = 'approved'` was taken to keep
-- 0.5 % of the rows (the default for an equality without statistics), so 20,000 approved past payments were
-- planned as 100 rows, then 14 after grouping — and summed by sorting, 60,000 count deltas spilling to disk, with a
-- lookup of each row's union and record by index. Written as `coalesce(<condition>, false)` the condition is
-- estimated at a third of the rows (a boolean expression without statistics), so the same statements hash the
-- few programs, unions and records once and sum by hashing. The conditions keep exactly the rows they kept (a
-- null condition kept no row before and keeps none now); every count is what it was.

create or replace function programs_presence_deltas_sql(src text) returns text language sql immutable as $$
  select format($f$
    with v as (
      select sum(x.s)::int as s, x.org_id, x.person_id, coalesce(x.applicant_org_id, x.org_id) as unit_id,
             x.program_id::text as program, g.category, programs_record_value(g.subject_kind, r) as value,
             extract(year from (x.decided_at at time zone 'UTC') + interval '8 hours')::int as year,
             split_part(o.path, '/', 2)::bigint as federation_id
        from %s x join programs g on g.id = x.program_id join orgs o on o.id = x.org_id
        left join records r on r.id = x.subject_record_id
       where coalesce(x.status = 'approved' and x.decided_at is not null, false)
       group by 2, 3, 4, 5, 6, 7, 8, 9 having sum(x.s) <> 0
    )
    select 'programs.people' as subject, v.person_id as who, d.dim, v.year, v.org_id, v.federation_id, v.s
      from v cross join lateral (values (v.program), ('c:' || v.category), ('*'),
                                        (case when v.value <> '' then v.program || '|' || v.value end)) d(dim)
     where v.person_id is not null and d.dim is not null
    union all
    select 'programs.unions', v.unit_id, d.dim, v.year, v.org_id, v.federation_id, v.s
      from v cross join lateral (values (v.program), ('c:' || v.category), ('*')) d(dim)$f$, src)
$$;

create or replace function programs_application_deltas_sql(src text) returns text language sql immutable as $$
  select format($f$
    with v as (
      select x.s, x.org_id, x.program_id::text as dim, x.status, x.applied_on, x.amount_fen,
             programs_china_month(x.decided_at) as decided_month, programs_record_value(g.subject_kind, r) as value
        from %s x join programs g on g.id = x.program_id left join records r on r.id = x.subject_record_id
    )
    select 'programs.applications' as subject, org_id, date_trunc('month', applied_on)::date as month, dim,
           value as dim2, s as n, 0 as fen
      from v where coalesce(status in ('submitted', 'returned', 'approved', 'rejected'), false)
    union all
    select 'programs.' || status, org_id, decided_month, dim, value, s, 0
      from v where coalesce(status in ('approved', 'rejected') and decided_month is not null, false)
    union all
    select 'programs.tiers', org_id, decided_month, dim, coalesce(amount_fen::text, ''), s, 0
      from v where coalesce(status = 'approved' and decided_month is not null, false)$f$, src)
$$;
