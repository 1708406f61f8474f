-- The distinct counts' statement (migration 009) without an array or a string aggregated for every (holder, dim)
-- (issue 42, ADR 137). Of a file of past payments' 25,346 (holder, dim) sets, each holds one union: yet every set
-- built a string of its unions and two arrays of them (a string's buffer and an array's room for 64 ids each, 25,346
-- times), and every fresh set was materialised a second time (`fresh`), sorted and grouped to count the single
-- unions. Now:
-- - a set's count of unions, its first union and that union's delta are taken while the deltas are grouped; the
--   object of a set of one union is written from them. Only the sets of several unions (`dm`, usually none) have
--   their unions' string and arrays aggregated, from the deltas kept once (`d1`);
-- - the single unions are counted over every holder's sets at once; the sets of the holders held before the
--   statement, which `ch` already joins, are taken back out of that count (-1 each), and `ch` moves them exactly
--   as before. Fresh sets of several unions are those of `dm` whose holder was not held.
-- The objects upserted, the moves and every count are what migration 009 writes.
create or replace function report_presence_apply_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    with d1 as materialized (
      select subject, who, dim, year::smallint as year, federation_id, org_id, sum(s)::int as s
        from (%s) x where who is not null
       group by 1, 2, 3, 4, 5, 6 having sum(s) <> 0
    ), d2 as materialized (
      select subject, who, year, federation_id, dim, count(*) as k, min(org_id) as org1, min(s) as s1
        from d1 group by 1, 2, 3, 4, 5
    ), dm as materialized (
      select y.subject, y.who, y.year, y.federation_id, y.dim, string_agg('"' || y.org_id || '":' || y.s, ',') as delta,
             array_agg(y.org_id) as orgs, array_agg(y.org_id) filter (where y.s > 0) as counted
        from d1 y
       where exists (select 1 from d2 x where x.k > 1 and x.subject = y.subject and x.who = y.who and x.year = y.year
                                          and x.federation_id = y.federation_id and x.dim = y.dim)
       group by 1, 2, 3, 4, 5
    ), d as (
      select subject, who, year, federation_id, ('{' || string_agg(to_json(dim)::text || ':{' || delta || '}', ',') || '}')::jsonb as delta
        from (select subject, who, year, federation_id, dim, '"' || org1 || '":' || s1 as delta from d2 where k = 1
              union all
              select subject, who, year, federation_id, dim, delta from dm) z
       group by 1, 2, 3, 4
    ), up as (
      insert into report_presence as p (subject, who, year, federation_id, orgs, prev)
      select subject, who, year, federation_id, delta, '{}' from d order by 1, 2, 3, 4
      on conflict (subject, who, year, federation_id)
      do update set orgs = report_presence_merge_dims(p.orgs, excluded.orgs), prev = p.orgs
      returning p.subject, p.who, p.year, p.federation_id, p.orgs as after_dims, p.prev as before_dims
    ), held as materialized (
      select subject, who, year, federation_id, after_dims, before_dims from up where before_dims <> '{}'::jsonb
    ), ch as (
      select c.subject, c.dim, c.year, c.k, c.org1, c.after, c.before,
             (select array_agg(key::bigint) from jsonb_object_keys(c.after) key) as a,
             (select array_agg(key::bigint) from jsonb_object_keys(c.before) key) as b
        from (select x.subject, x.dim, x.year, x.k, x.org1, h.after_dims -> x.dim as after, h.before_dims -> x.dim as before
                from held h join d2 x on x.subject = h.subject and x.who = h.who and x.year = h.year
                                     and x.federation_id = h.federation_id) c
    ), single as (
      select subject, dim, year, org_id, sum(n) as n
        from (select subject, dim, year, org1 as org_id, count(*) as n from d2 where k = 1 group by 1, 2, 3, 4
              union all
              select subject, dim, year, org1, -1 from ch where k = 1
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
      select m.subject, m.dim, m.year, m.orgs, m.counted
        from dm m
       where not exists (select 1 from held h where h.subject = m.subject and h.who = m.who and h.year = m.year
                                                and h.federation_id = m.federation_id)
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
