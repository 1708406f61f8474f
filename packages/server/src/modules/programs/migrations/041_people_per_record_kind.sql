-- The people of a record kind over all programs, kept per year like the other distinct counts (ADR 35): a breakdown
-- sheet's bottom row (a person paid at two certificate grades, or by two certificate programs, counted once) read
-- from report_counts over a calendar year, as every other figure of that year is. Two dims more for the people of
-- programs paying per record: 'k:<kind>' over all programs and 'k:<kind>|c:<category>' over a category's (a report
-- limited to a category counts the programs of that category only). The kind is the record's, as the breakdown's
-- value names it ('certificate' of 'certificate:2'). As in migration 038 otherwise.
create or replace function programs_presence_deltas_sql(src text) returns text language sql immutable as $$
  select format($f$
    with v as materialized (
      select sum(x.s)::int as s, x.org_id, x.person_id, coalesce(x.applicant_org_id, x.org_id) as unit_id,
             x.program_id::text as program, g.category, programs_record_value(g.subject_kind, r) as value,
             extract(year from (x.decided_at at time zone 'UTC') + interval '8 hours')::int as year,
             split_part(o.path, '/', 2)::bigint as federation_id
        from %s x join programs g on g.id = x.program_id join orgs o on o.id = x.org_id
        left join records r on r.id = x.subject_record_id
       where coalesce(x.status = 'approved' and x.decided_at is not null, false)
       group by 2, 3, 4, 5, 6, 7, 8, 9 having sum(x.s) <> 0
    ), u as (
      select sum(s)::int as s, org_id, unit_id, program, category, year, federation_id
        from v group by 2, 3, 4, 5, 6, 7 having sum(s) <> 0
    )
    select 'programs.people' as subject, v.person_id as who, d.dim, v.year, v.org_id, v.federation_id, v.s
      from v cross join lateral (values (v.program), ('c:' || v.category), ('*'),
                                        (case when v.value <> '' then v.program || '|' || v.value end),
                                        (case when v.value <> '' then 'k:' || split_part(v.value, ':', 1) end),
                                        (case when v.value <> ''
                                              then 'k:' || split_part(v.value, ':', 1) || '|c:' || v.category end)
                                ) d(dim)
     where v.person_id is not null and d.dim is not null
    union all
    select 'programs.unions', u.unit_id, d.dim, u.year, u.org_id, u.federation_id, u.s
      from u cross join lateral (values (u.program), ('c:' || u.category), ('*')) d(dim)$f$, src)
$$;

-- What was approved before this migration, for the new dims only: no holder's row holds them yet, so applying their
-- deltas (reporting's statement, the one the triggers run) adds them to each person's row and counts each person
-- once at the ancestors of the unions they were approved in, as the triggers would have. The other dims are not in
-- the deltas and keep their sets and counts. Only the approvals of programs paying per record have such dims.
do $$ begin
  execute report_presence_apply_sql(
    'select * from (' || programs_presence_deltas_sql(
      '(select 1 as s, a.* from applications a where a.status = ''approved'' and a.person_id is not null
          and a.program_id in (select id from programs where subject_kind is not null))') ||
    ') d where d.subject = ''programs.people'' and d.dim like ''k:%''');
end $$;
