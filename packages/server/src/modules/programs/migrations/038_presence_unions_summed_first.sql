-- The distinct counts' deltas of the applying unions summed before they are spread over their dims (issue 42,
-- ADR 137). Migration 035 sums an application's deltas per (union, person, applying union, program, value, year),
-- then spreads each sum over the person's dims and over the applying union's: a file of 20,000 past payments made
-- 24,000 delta rows for the applying unions, which the statement (reporting's `report_presence_apply_sql`) sums
-- again to 1,346. The applying union's sums do not depend on the person or the value, so they are summed without
-- them first (8,000 rows → a few hundred) and then spread. A sum is a sum however grouped: the deltas the statement
-- receives, once it has summed them, are the same, and so is every count.
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
                                        (case when v.value <> '' then v.program || '|' || v.value end)) d(dim)
     where v.person_id is not null and d.dim is not null
    union all
    select 'programs.unions', u.unit_id, d.dim, u.year, u.org_id, u.federation_id, u.s
      from u cross join lateral (values (u.program), ('c:' || u.category), ('*')) d(dim)$f$, src)
$$;
