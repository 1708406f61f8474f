-- The distinct counts' deltas (migration 017) summed per application's facts before they are spread over the
-- dims (issue 42): a person approved several times in a year in one program and union gave one delta per
-- approval and dim (20,000 past payments: 120,000 rows sorted and grouped by the applying statement); now one
-- per (person, applying union, program, value, year, union) and dim (48,000). Every holder's delta is the same
-- sum however grouped, so every count is what it was.
create or replace function programs_presence_deltas_sql(src text) returns text language sql immutable as $$
  select format($f$
    with v as (
      select sum(x.s)::int as s, x.org_id, x.person_id, coalesce(x.applicant_org_id, x.org_id) as unit_id,
             x.program_id::text as program, g.category, programs_record_value(g.subject_kind, r) as value,
             extract(year from (x.decided_at at time zone 'UTC') + interval '8 hours')::int as year,
             split_part(o.path, '/', 2)::bigint as federation_id
        from %s x join programs g on g.id = x.program_id join orgs o on o.id = x.org_id
        left join records r on r.id = x.subject_record_id
       where x.status = 'approved' and x.decided_at is not null
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
