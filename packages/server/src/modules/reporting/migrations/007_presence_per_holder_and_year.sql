-- Who counted where, one row per holder and year (issue 42): migration 003 kept one row per (subject, who, dim,
-- year, federation), so a person approved once wrote three or four rows (the program, its category, all programs,
-- a breakdown) and the applying union three more: 20,000 past payments wrote 25,346 rows, each a unique key
-- probed, inserted and confirmed — the largest part of the distinct-people statement. Now a holder has one row per
-- (subject, who, year, federation) whose `orgs` holds its dims: {"<dim>": {"<org id>": n}}; 8,400 rows there.
-- The counts are computed as before, dim by dim, from the sets before and after the statement's change; only
-- the dims that changed are looked at. A holder's row is still its lock (now for all its dims of the year).
alter table report_presence rename to report_presence_by_dim;
alter index report_presence_pkey rename to report_presence_by_dim_pkey;

create table report_presence (
  subject text not null,
  who bigint not null,
  year smallint not null,
  federation_id bigint not null,
  -- {"<dim>": {"<org id>": n}}: per dim, the unions the holder counted in and how many times.
  orgs jsonb not null default '{}',
  -- The dims before the row's last change, which the change's counts are computed from.
  prev jsonb not null default '{}',
  primary key (subject, who, year, federation_id)
);

insert into report_presence (subject, who, year, federation_id, orgs)
select subject, who, year, federation_id, jsonb_object_agg(dim, orgs)
  from report_presence_by_dim where orgs <> '{}'::jsonb
 group by subject, who, year, federation_id;

drop table report_presence_by_dim;

-- Two sets of dims {"<dim>": {"<org id>": n}} added dim by dim and key by key; what comes to 0 is dropped.
create function report_presence_merge_dims(a jsonb, b jsonb) returns jsonb language sql immutable as $$
  select coalesce(jsonb_object_agg(dim, m), '{}'::jsonb)
    from (select dim, report_presence_merge(a -> dim, b -> dim) as m
            from (select jsonb_object_keys(a) as dim union select jsonb_object_keys(b)) k) x
   where m <> '{}'::jsonb
$$;

-- As in migration 003, with the deltas gathered per holder and year: summed per (holder, dim, union), then one
-- object of dims per holder; the holders' rows upserted once each; then, for each dim the statement changed (the
-- dims of its deltas: the others keep their sets), the unions that entered or left its set move +1/-1 exactly as
-- before. The dims are joined from the deltas, not read out of each row's object, so the plan's estimates stay
-- those of the statement's rows (no JIT compilation for a statement of a few thousand rows).
create or replace function report_presence_apply_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    with d1 as (
      select subject, who, dim, year::smallint as year, federation_id, org_id, sum(s)::int as s
        from (%s) x where who is not null
       group by 1, 2, 3, 4, 5, 6 having sum(s) <> 0
    ), d2 as (
      select subject, who, year, federation_id, dim, jsonb_object_agg(org_id::text, s) as delta
        from d1 group by 1, 2, 3, 4, 5
    ), d as (
      select subject, who, year, federation_id, jsonb_object_agg(dim, delta) as delta
        from d2 group by 1, 2, 3, 4
    ), up as (
      insert into report_presence as p (subject, who, year, federation_id, orgs, prev)
      select subject, who, year, federation_id, delta, '{}' from d order by 1, 2, 3, 4
      on conflict (subject, who, year, federation_id)
      do update set orgs = report_presence_merge_dims(p.orgs, excluded.orgs), prev = p.orgs
      returning p.subject, p.who, p.year, p.federation_id, p.orgs as after_dims, p.prev as before_dims
    ), ch as (
      select c.subject, c.dim, c.year, c.after, c.before,
             (select array_agg(key::bigint) from jsonb_object_keys(c.after) key) as a,
             (select array_agg(key::bigint) from jsonb_object_keys(c.before) key) as b
        from (select up.subject, x.dim, up.year, up.after_dims -> x.dim as after, up.before_dims -> x.dim as before
                from up join d2 x on x.subject = up.subject and x.who = up.who and x.year = up.year
                                 and x.federation_id = up.federation_id) c
    ), single as (
      select subject, dim, year, org_id, sum(n) as n
        from (select subject, dim, year, a[1] as org_id, 1 as n from ch
               where coalesce(cardinality(a), 0) <= 1 and coalesce(cardinality(b), 0) <= 1
                 and a[1] is not null and a[1] is distinct from b[1]
              union all
              select subject, dim, year, b[1], -1 from ch
               where coalesce(cardinality(a), 0) <= 1 and coalesce(cardinality(b), 0) <= 1
                 and b[1] is not null and b[1] is distinct from a[1]) x
       group by 1, 2, 3, 4 having sum(n) <> 0
    ), several as (
      select * from ch where cardinality(a) > 1 or cardinality(b) > 1
    ), moves as (
      select s.subject, s.dim, s.year, u.id as org_id, '' as dim2, s.n
        from single s join orgs o on o.id = s.org_id
       cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::bigint[]) as u(id)
      union all
      select subject, dim, year, org_id, 'self', n from single
      union all
      select subject, dim, year, u.id, '', 1 from several cross join lateral report_presence_ancestors(after) u(id)
      union all
      select subject, dim, year, u.id, '', -1 from several cross join lateral report_presence_ancestors(before) u(id)
      union all
      select subject, dim, year, x, 'self', 1 from several cross join lateral unnest(a) x where x <> all(coalesce(b, '{}'))
      union all
      select subject, dim, year, x, 'self', -1 from several cross join lateral unnest(b) x where x <> all(coalesce(a, '{}'))
    )
    insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
    select m.subject, m.org_id, make_date(m.year, 1, 1), m.dim, m.dim2, m.n, 0, split_part(o.path, '/', 2)::bigint
      from (select subject, org_id, year, dim, dim2, sum(n) as n from moves
             group by 1, 2, 3, 4, 5 having sum(n) <> 0) m join orgs o on o.id = m.org_id
     order by 1, 2, 3, 4, 5
    on conflict (subject, org_id, month, dim, dim2) do update set n = c.n + excluded.n$f$, deltas)
$$;

-- As in migration 003 (for holders that have no row yet for the year), the rows written one per holder and year.
create or replace function report_presence_load_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    with g as materialized (
      select subject, who, dim, year, federation_id, array_agg(org_id) as a, jsonb_object_agg(org_id::text, n) as orgs
        from (select subject, who, dim, year::smallint as year, federation_id, org_id, sum(s)::int as n
                from (%s) x where who is not null
               group by 1, 2, 3, 4, 5, 6 having sum(s) > 0) y
       group by 1, 2, 3, 4, 5
    ), ins as (
      insert into report_presence (subject, who, year, federation_id, orgs)
      select subject, who, year, federation_id, jsonb_object_agg(dim, orgs) from g group by 1, 2, 3, 4
    ), single as (
      select subject, dim, year, a[1] as org_id, count(*) as n from g where cardinality(a) = 1 group by 1, 2, 3, 4
    ), moves as (
      select s.subject, s.dim, s.year, u.id as org_id, '' as dim2, s.n
        from single s join orgs o on o.id = s.org_id
       cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::bigint[]) as u(id)
      union all
      select subject, dim, year, org_id, 'self', n from single
      union all
      select subject, dim, year, u.id, '', 1 from g cross join lateral report_presence_ancestors(orgs) u(id)
       where cardinality(a) > 1
      union all
      select subject, dim, year, x, 'self', 1 from g cross join lateral unnest(a) x where cardinality(a) > 1
    )
    insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
    select m.subject, m.org_id, make_date(m.year, 1, 1), m.dim, m.dim2, m.n, 0, split_part(o.path, '/', 2)::bigint
      from (select subject, org_id, year, dim, dim2, sum(n) as n from moves group by 1, 2, 3, 4, 5) m
      join orgs o on o.id = m.org_id
     order by 1, 2, 3, 4, 5
    on conflict (subject, org_id, month, dim, dim2) do update set n = c.n + excluded.n$f$, deltas)
$$;

-- As in migration 003, each dim of the holders' rows read out.
create or replace function report_presence_moved(subj text, whos bigint[], old_paths jsonb) returns void
language sql as $$
  with e as (
    select p.subject, p.who, d.key as dim, p.year, p.federation_id, o.path as new_path,
           coalesce(old_paths ->> e.key, o.path) as old_path
      from report_presence p cross join lateral jsonb_each(p.orgs) d
     cross join lateral jsonb_each_text(d.value) e join orgs o on o.id = e.key::bigint
     where p.subject = subj and p.who = any(whos) and e.value::int > 0
  ), moves as (
    select distinct subject, who, dim, year, federation_id, 1 as n, a.id
      from e cross join lateral unnest(string_to_array(trim(both '/' from new_path), '/')::bigint[]) a(id)
    union all
    select distinct subject, who, dim, year, federation_id, -1, a.id
      from e cross join lateral unnest(string_to_array(trim(both '/' from old_path), '/')::bigint[]) a(id)
  )
  insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
  select subject, id, make_date(year, 1, 1), dim, '', sum(n), 0, org_federation_id(id)
    from moves group by subject, id, year, dim having sum(n) <> 0
   order by 1, 2, 3, 4
  on conflict (subject, org_id, month, dim, dim2) do update set n = c.n + excluded.n
$$;
