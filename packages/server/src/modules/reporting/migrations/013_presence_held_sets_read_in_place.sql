-- A holder already counted in the year costs little more than a new one (issue 42). A second file of 20,000 past
-- payments to the same 8,200 people in the same year spent, beyond what the first file spent, ≈ 120 ms in the merge
-- functions (migration 012) and ≈ 100 ms taking every held (holder, dim) apart: its unions listed into two arrays
-- by a query each, then its count taken back (-1) and put again (+1) through a sort of 50,000 rows, to learn that
-- nothing moved.
-- - The merge functions walk the keys of the deltas as a jsonpath lists them (`$.keyvalue().key`) instead of a
--   query per object (PL/pgSQL opens a cursor for each `for … in select`), and the dims' function merges each dim
--   itself instead of calling the unions' function per dim. What they answer is unchanged.
-- - A held (holder, dim) whose delta is one union and whose sets before and after hold no other union (nearly
--   all: a person counted again where they were counted) is read with jsonb operators: the union entered the set
--   (+1), left it (-1) or neither. The others are listed as before (`many`). The new single sets counted at once
--   are those of the holders not held (a hashed list of the held), rather than all of them with the held ones
--   taken back one by one.
-- The objects upserted, the moves and every count are what migration 011 writes.
create or replace function report_presence_merge(a jsonb, b jsonb) returns jsonb language plpgsql immutable as $$
declare
  merged jsonb := coalesce(a, '{}'::jsonb);
  keys jsonb := jsonb_path_query_array(b, '$.keyvalue().key');
  k text;
  n int;
begin
  for i in 0 .. coalesce(jsonb_array_length(keys), 0) - 1 loop
    k := keys ->> i;
    n := coalesce((merged ->> k)::int, 0) + (b ->> k)::int;
    if n = 0 then
      merged := merged - k;
    else
      merged := jsonb_set(merged, array[k], to_jsonb(n));
    end if;
  end loop;
  return merged;
end $$;

create or replace function report_presence_merge_dims(a jsonb, b jsonb) returns jsonb language plpgsql immutable as $$
declare
  merged jsonb := coalesce(a, '{}'::jsonb);
  dims jsonb := jsonb_path_query_array(b, '$.keyvalue().key');
  d text;
  delta jsonb;
  m jsonb;
  keys jsonb;
  k text;
  n int;
begin
  for i in 0 .. coalesce(jsonb_array_length(dims), 0) - 1 loop
    d := dims ->> i;
    delta := b -> d;
    m := coalesce(merged -> d, '{}'::jsonb);
    keys := jsonb_path_query_array(delta, '$.keyvalue().key');
    for j in 0 .. coalesce(jsonb_array_length(keys), 0) - 1 loop
      k := keys ->> j;
      n := coalesce((m ->> k)::int, 0) + (delta ->> k)::int;
      if n = 0 then
        m := m - k;
      else
        m := jsonb_set(m, array[k], to_jsonb(n));
      end if;
    end loop;
    if m = '{}'::jsonb then
      merged := merged - d;
    else
      merged := jsonb_set(merged, array[d], m);
    end if;
  end loop;
  return merged;
end $$;

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
    ), ch as materialized (
      select c.*, c.k = 1 and coalesce(c.after - c.org1::text, '{}'::jsonb) = '{}'::jsonb
                          and coalesce(c.before - c.org1::text, '{}'::jsonb) = '{}'::jsonb as one
        from (select x.subject, x.dim, x.year, x.k, x.org1, h.after_dims -> x.dim as after, h.before_dims -> x.dim as before
                from held h join d2 x on x.subject = h.subject and x.who = h.who and x.year = h.year
                                     and x.federation_id = h.federation_id) c
    ), many as (
      select c.subject, c.dim, c.year, c.after, c.before,
             (select array_agg(key::bigint) from jsonb_object_keys(c.after) key) as a,
             (select array_agg(key::bigint) from jsonb_object_keys(c.before) key) as b
        from ch c where not c.one
    ), single as (
      select subject, dim, year, org_id, sum(n) as n
        from (select x.subject, x.dim, x.year, x.org1 as org_id, count(*) as n
                from d2 x
               where x.k = 1
                 and (x.subject, x.who, x.year, x.federation_id)
                     not in (select subject, who, year, federation_id from held)
               group by 1, 2, 3, 4
              union all
              select subject, dim, year, org1, case when after ? org1::text then 1 else -1 end
                from ch
               where one and coalesce(after ? org1::text, false) <> coalesce(before ? org1::text, false)
              union all
              select subject, dim, year, a[1], 1 from many
               where coalesce(cardinality(a), 0) <= 1 and coalesce(cardinality(b), 0) <= 1
                 and a[1] is not null and a[1] is distinct from b[1]
              union all
              select subject, dim, year, b[1], -1 from many
               where coalesce(cardinality(a), 0) <= 1 and coalesce(cardinality(b), 0) <= 1
                 and b[1] is not null and b[1] is distinct from a[1]) y
       group by 1, 2, 3, 4 having sum(n) <> 0
    ), several as (
      select * from many where cardinality(a) > 1 or cardinality(b) > 1
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
