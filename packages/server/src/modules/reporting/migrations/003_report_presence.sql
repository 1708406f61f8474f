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

create function report_presence_negate(a jsonb) returns jsonb language sql immutable as $$
  select coalesce(jsonb_object_agg(key, -value::int), '{}'::jsonb) from jsonb_each_text(a)
$$;

-- The unions on the paths of a set's unions (each once), and (self) the set's own unions.
create function report_presence_ancestors(m jsonb) returns setof bigint language sql stable as $$
  select distinct a.id
    from jsonb_each_text(m) e join orgs o on o.id = e.key::bigint
   cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::bigint[]) as a(id)
   where e.value::int > 0
$$;

-- The statement applying presence deltas: `deltas` is a query of rows (subject, who, dim, year, org_id,
-- federation_id, s), s = +1 for a fact that now counts, -1 for one that no longer does. A module's statement
-- trigger executes it itself (its transition tables are visible only there).
create function report_presence_apply_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    with d as (
      select subject, who, dim, year, federation_id, jsonb_object_agg(org_id::text, s) as delta
        from (select subject, who, dim, year::smallint as year, federation_id, org_id, sum(s)::int as s
                from (%s) x where who is not null
               group by 1, 2, 3, 4, 5, 6 having sum(s) <> 0) y
       group by 1, 2, 3, 4, 5
    ), up as (
      insert into report_presence as p (subject, who, dim, year, federation_id, orgs)
      select subject, who, dim, year, federation_id, delta from d order by 1, 2, 3, 4, 5
      on conflict (subject, who, dim, year, federation_id)
      do update set orgs = report_presence_merge(p.orgs, excluded.orgs)
      returning p.subject, p.who, p.dim, p.year, p.federation_id, p.orgs
    ), ch as (
      select up.subject, up.dim, up.year, up.orgs as after,
             report_presence_merge(up.orgs, report_presence_negate(d.delta)) as before
        from up join d using (subject, who, dim, year, federation_id)
    ), moves as (
      select subject, dim, year, a.id as org_id, '' as dim2, 1 as n
        from ch cross join lateral report_presence_ancestors(after) a(id)
      union all
      select subject, dim, year, a.id, '', -1 from ch cross join lateral report_presence_ancestors(before) a(id)
      union all
      select subject, dim, year, key::bigint, 'self', sign(value::int)::int from ch, jsonb_each_text(after)
      union all
      select subject, dim, year, key::bigint, 'self', -sign(value::int)::int from ch, jsonb_each_text(before)
    )
    insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
    select subject, org_id, make_date(year, 1, 1), dim, dim2, sum(n), 0, org_federation_id(org_id)
      from moves group by subject, org_id, year, dim, dim2 having sum(n) <> 0
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
