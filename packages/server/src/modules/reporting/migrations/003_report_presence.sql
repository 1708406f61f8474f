-- Distinct counts as maintained counts (ADR 35). "People approved in 2025" counts a person once however many
-- approvals they had, so it is no sum of monthly counts. A module that needs such a figure keeps, per
-- calendar year, who counted where: one row per (subject, who, dim, year) with the unions the holder counted
-- in and how many times ({"<org id>": n}). When that set changes, the unions that entered or left the set of
-- its unions' ancestors get +1 or -1 in report_counts (subject, union, January of the year, dim, dim2 = ''),
-- and the unions themselves in dim2 = 'self' (the union's own figure, without its subtree). A union's cell
-- then holds the distinct count of its whole subtree for the year, read like any rolled-up count.
-- The row of a holder is its lock: two transactions adding the same person in two unions at once queue on
-- it, so neither misses the other's union.
create table report_presence (
  subject text not null,
  who bigint not null,
  dim text not null,
  year smallint not null,
  federation_id bigint not null,
  orgs jsonb not null default '{}',
  -- The set before the row's last change, which the change's counts are computed from.
  prev jsonb not null default '{}',
  primary key (subject, who, dim, year, federation_id)
);

-- Two sets of {"<org id>": n} added key by key; keys that come to 0 are dropped.
create function report_presence_merge(a jsonb, b jsonb) returns jsonb language sql immutable as $$
  select coalesce(jsonb_object_agg(k, v), '{}'::jsonb)
    from (select k, sum(v) as v
            from (select key as k, value::int as v from jsonb_each_text(a)
                  union all select key, value::int from jsonb_each_text(b)) x
           group by k having sum(v) <> 0) y
$$;

-- The unions on the paths of a set's unions, each once.
create function report_presence_ancestors(m jsonb) returns setof bigint language sql stable as $$
  select distinct a.id
    from jsonb_each_text(m) e join orgs o on o.id = e.key::bigint
   cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::bigint[]) as a(id)
   where e.value::int > 0
$$;

-- The statement applying presence deltas: `deltas` is a query of rows (subject, who, dim, year, org_id,
-- federation_id, s), s = +1 for a fact that now counts, -1 for one that no longer does. A module's statement
-- trigger executes it itself (its transition tables are visible only there).
-- A holder in at most one union before and after (nearly all) moves +1 to the new union's ancestors and -1 to
-- the old one's, which sum per union before the paths are read; a holder in several unions counts each
-- ancestor once by a distinct over its unions' paths.
create function report_presence_apply_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    with d as (
      select subject, who, dim, year, federation_id, jsonb_object_agg(org_id::text, s) as delta
        from (select subject, who, dim, year::smallint as year, federation_id, org_id, sum(s)::int as s
                from (%s) x where who is not null
               group by 1, 2, 3, 4, 5, 6 having sum(s) <> 0) y
       group by 1, 2, 3, 4, 5
    ), up as (
      insert into report_presence as p (subject, who, dim, year, federation_id, orgs, prev)
      select subject, who, dim, year, federation_id, delta, '{}' from d order by 1, 2, 3, 4, 5
      on conflict (subject, who, dim, year, federation_id)
      do update set orgs = report_presence_merge(p.orgs, excluded.orgs), prev = p.orgs
      returning p.subject, p.dim, p.year, p.orgs as after, p.prev as before
    ), ch as (
      select up.*, (select array_agg(key::bigint) from jsonb_object_keys(after) key) as a,
             (select array_agg(key::bigint) from jsonb_object_keys(before) key) as b
        from up
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

-- The statement loading presence in bulk (a backfill, a rebuild): the same deltas as report_presence_apply_sql
-- but for holders that have no row yet, in one pass: the counts of holders in one union are summed per union
-- before the paths are read, the few in several unions take a distinct over their unions' paths.
create function report_presence_load_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    with g as materialized (
      select subject, who, dim, year, federation_id, array_agg(org_id) as a, jsonb_object_agg(org_id::text, n) as orgs
        from (select subject, who, dim, year::smallint as year, federation_id, org_id, sum(s)::int as n
                from (%s) x where who is not null
               group by 1, 2, 3, 4, 5, 6 having sum(s) > 0) y
       group by 1, 2, 3, 4, 5
    ), ins as (
      insert into report_presence (subject, who, dim, year, federation_id, orgs)
      select subject, who, dim, year, federation_id, orgs from g
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

-- After unions moved: the holders `whos` of `subject` are counted again at the ancestors of their unions'
-- new paths instead of the old ones (`old_paths`: {"<moved union id>": "<its path before>"}). The own
-- figures (dim2 'self') belong to the unions themselves and do not move.
create function report_presence_moved(subj text, whos bigint[], old_paths jsonb) returns void
language sql as $$
  with e as (
    select p.subject, p.who, p.dim, p.year, p.federation_id, o.path as new_path,
           coalesce(old_paths ->> e.key, o.path) as old_path
      from report_presence p cross join lateral jsonb_each_text(p.orgs) e join orgs o on o.id = e.key::bigint
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
