-- The distinct counts' statement (migration 008) without joining every holder's dims back to the upserted rows (issue
-- 42): the holders new to their year (all of them in a file of past payments: 8,200 holders, 25,346 (holder, dim)
-- rows) were found by joining each upserted row back to its dims — both sides sorted, 25,346 rows materialised —
-- only to learn that the row held nothing before. Now only the holders whose row held a set before the statement
-- (`held`, usually few or none) are taken from the upsert's answer; a (holder, dim) not among them is new (every
-- holder of the deltas is upserted, so one not held was fresh), and the holders held are joined to their dims as
-- before. Each holder's object of dims is also written as text and read once as jsonb, not built as one jsonb
-- object per (holder, dim) and then again per holder (the dims' names quoted by to_json, the unions' ids are
-- numbers): the same objects. The moves, the sets and every count are what they were.
create or replace function report_presence_apply_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    with d1 as (
      select subject, who, dim, year::smallint as year, federation_id, org_id, sum(s)::int as s
        from (%s) x where who is not null
       group by 1, 2, 3, 4, 5, 6 having sum(s) <> 0
    ), d2 as materialized (
      select subject, who, year, federation_id, dim, string_agg('"' || org_id || '":' || s, ',') as delta,
             count(*) as k, min(org_id) as org1,
             case when count(*) > 1 then array_agg(org_id) end as orgs,
             case when count(*) > 1 then array_agg(org_id) filter (where s > 0) end as counted
        from d1 group by 1, 2, 3, 4, 5
    ), d as (
      select subject, who, year, federation_id,
             ('{' || string_agg(to_json(dim)::text || ':{' || delta || '}', ',') || '}')::jsonb as delta
        from d2 group by 1, 2, 3, 4
    ), up as (
      insert into report_presence as p (subject, who, year, federation_id, orgs, prev)
      select subject, who, year, federation_id, delta, '{}' from d order by 1, 2, 3, 4
      on conflict (subject, who, year, federation_id)
      do update set orgs = report_presence_merge_dims(p.orgs, excluded.orgs), prev = p.orgs
      returning p.subject, p.who, p.year, p.federation_id, p.orgs as after_dims, p.prev as before_dims
    ), held as materialized (
      select subject, who, year, federation_id, after_dims, before_dims from up where before_dims <> '{}'::jsonb
    ), fresh as materialized (
      select x.subject, x.dim, x.year, x.k, x.org1, x.orgs, x.counted
        from d2 x
       where not exists (select 1 from held h where h.subject = x.subject and h.who = x.who and h.year = x.year
                                                and h.federation_id = x.federation_id)
    ), ch as (
      select c.subject, c.dim, c.year, c.after, c.before,
             (select array_agg(key::bigint) from jsonb_object_keys(c.after) key) as a,
             (select array_agg(key::bigint) from jsonb_object_keys(c.before) key) as b
        from (select x.subject, x.dim, x.year, h.after_dims -> x.dim as after, h.before_dims -> x.dim as before
                from held h join d2 x on x.subject = h.subject and x.who = h.who and x.year = h.year
                                     and x.federation_id = h.federation_id) c
    ), single as (
      select subject, dim, year, org_id, sum(n) as n
        from (select subject, dim, year, org1 as org_id, 1 as n from fresh where k = 1
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
      select subject, dim, year, orgs, counted from fresh where k > 1
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
