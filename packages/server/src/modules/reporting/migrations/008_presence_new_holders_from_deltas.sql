-- The distinct counts' statement (migration 007) for holders who had no set before it (issue 42): a file of past
-- payments brings 8,200 holders new to their year, and for each (holder, dim) the statement read its set back out
-- of the row's object (`after_dims -> dim`, its keys into an array, the keys of the set before too) — 25,346
-- rows of jsonb work after the upsert, more than the upsert itself. A holder whose row held nothing before the
-- statement (`prev` = '{}': a new row, or one emptied earlier) has, in each dim, exactly the unions of its deltas
-- (the merge into an empty set keeps every non-zero sum), so their number and the one union are counted while the
-- deltas are grouped and nothing is read back. Holders with a set before go the way of migration 007. The moves
-- are the same: one union after and none before is +1 there ('' at its ancestors, 'self' at itself); several
-- after and none before is +1 at each ancestor of a union with a positive count, once per holder and dim, and
-- +1 'self' at each union.
create or replace function report_presence_apply_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    with d1 as (
      select subject, who, dim, year::smallint as year, federation_id, org_id, sum(s)::int as s
        from (%s) x where who is not null
       group by 1, 2, 3, 4, 5, 6 having sum(s) <> 0
    ), d2 as materialized (
      select subject, who, year, federation_id, dim, jsonb_object_agg(org_id::text, s) as delta,
             count(*) as k, min(org_id) as org1,
             case when count(*) > 1 then array_agg(org_id) end as orgs,
             case when count(*) > 1 then array_agg(org_id) filter (where s > 0) end as counted
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
    ), x as materialized (
      select x.subject, x.dim, x.year, x.k, x.org1, x.orgs, x.counted,
             up.before_dims = '{}'::jsonb as fresh,
             case when up.before_dims <> '{}'::jsonb then up.after_dims -> x.dim end as after,
             case when up.before_dims <> '{}'::jsonb then up.before_dims -> x.dim end as before
        from up join d2 x on x.subject = up.subject and x.who = up.who and x.year = up.year
                         and x.federation_id = up.federation_id
    ), ch as (
      select c.subject, c.dim, c.year, c.after, c.before,
             (select array_agg(key::bigint) from jsonb_object_keys(c.after) key) as a,
             (select array_agg(key::bigint) from jsonb_object_keys(c.before) key) as b
        from x c where not c.fresh
    ), single as (
      select subject, dim, year, org_id, sum(n) as n
        from (select subject, dim, year, org1 as org_id, 1 as n from x where fresh and k = 1
              union all
              select subject, dim, year, a[1], 1 from ch
               where coalesce(cardinality(a), 0) <= 1 and coalesce(cardinality(b), 0) <= 1
                 and a[1] is not null and a[1] is distinct from b[1]
              union all
              select subject, dim, year, b[1], -1 from ch
               where coalesce(cardinality(a), 0) <= 1 and coalesce(cardinality(b), 0) <= 1
                 and b[1] is not null and b[1] is distinct from a[1]) y
       group by 1, 2, 3, 4 having sum(n) <> 0
    ), several as (
      select * from ch where cardinality(a) > 1 or cardinality(b) > 1
    ), fresh_several as (
      select subject, dim, year, orgs, counted from x where fresh and k > 1
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
      union all
      select f.subject, f.dim, f.year, u.id, '', 1
        from fresh_several f cross join lateral (
          select distinct a.id from orgs o
           cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::bigint[]) as a(id)
           where o.id = any(f.counted)) u
      union all
      select subject, dim, year, x, 'self', 1 from fresh_several cross join lateral unnest(orgs) x
    )
    insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
    select m.subject, m.org_id, make_date(m.year, 1, 1), m.dim, m.dim2, m.n, 0, split_part(o.path, '/', 2)::bigint
      from (select subject, org_id, year, dim, dim2, sum(n) as n from moves
             group by 1, 2, 3, 4, 5 having sum(n) <> 0) m join orgs o on o.id = m.org_id
     order by 1, 2, 3, 4, 5
    on conflict (subject, org_id, month, dim, dim2) do update set n = c.n + excluded.n$f$, deltas)
$$;
