-- People and unions approved in a year, maintained (ADR 35, reporting migration 003): the report of a calendar
-- year reads them from report_counts like the other figures instead of counting distinct people among the
-- year's approved applications. Subjects, per (union, January of the year of the decision, China time):
--   programs.people  who = the person, dims: the program id, 'c:<category>', '*' (all programs) and, for
--                    programs paying per record, '<program id>|<kind:value>' (the breakdown);
--   programs.unions  who = the applying union (applicant_org_id, else the application's union), dims: the
--                    program id, 'c:<category>', '*'.
-- dim2 '' holds the union's whole subtree, dim2 'self' its own applications.

create function programs_presence_deltas_sql(src text) returns text language sql immutable as $$
  select format($f$
    with v as (
      select x.s, x.org_id, x.person_id, coalesce(x.applicant_org_id, x.org_id) as unit_id,
             x.program_id::text as program, g.category, programs_record_value(g.subject_kind, r) as value,
             extract(year from (x.decided_at at time zone 'UTC') + interval '8 hours')::int as year,
             split_part(o.path, '/', 2)::bigint as federation_id
        from %s x join programs g on g.id = x.program_id join orgs o on o.id = x.org_id
        left join records r on r.id = x.subject_record_id
       where x.status = 'approved' and x.decided_at is not null
    )
    select 'programs.people' as subject, v.person_id as who, d.dim, v.year, v.org_id, v.federation_id, v.s
      from v cross join lateral (values (v.program), ('c:' || v.category), ('*'),
                                        (case when v.value <> '' then v.program || '|' || v.value end)) d(dim)
     where v.person_id is not null and d.dim is not null
    union all
    select 'programs.unions', v.unit_id, d.dim, v.year, v.org_id, v.federation_id, v.s
      from v cross join lateral (values (v.program), ('c:' || v.category), ('*')) d(dim)$f$, src)
$$;

-- A statement that approves nothing and changes no approved application (a submission, a step of review, a
-- payment) leaves the distinct counts as they are: it returns before building the deltas.
create function programs_presence_rows() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if not exists (select 1 from new_rows where status = 'approved') then return null; end if;
  elsif not exists (
    select 1 from new_rows n join old_rows o on o.id = n.id
     where (n.status = 'approved' or o.status = 'approved')
       and (n.status, n.decided_at, n.org_id, n.person_id, n.applicant_org_id, n.program_id, n.subject_record_id)
           is distinct from
           (o.status, o.decided_at, o.org_id, o.person_id, o.applicant_org_id, o.program_id, o.subject_record_id)
  ) then
    return null;
  end if;
  execute report_presence_apply_sql(programs_presence_deltas_sql(case tg_op
    when 'INSERT' then '(select 1 as s, * from new_rows)'
    else '(select 1 as s, * from new_rows union all select -1, * from old_rows)' end));
  return null;
end $$;

create trigger applications_presence_insert after insert on applications
  referencing new table as new_rows for each statement execute function programs_presence_rows();
create trigger applications_presence_update after update on applications
  referencing old table as old_rows new table as new_rows for each statement execute function programs_presence_rows();

-- A moved union: the summed counts move with its cell (migration 016), the distinct ones are counted again for
-- the people and applying unions approved in its subtree.
create or replace function programs_move_counts() returns trigger language plpgsql as $$
declare
  old_paths jsonb;
  moved bigint[];
begin
  select jsonb_object_agg(n.id::text, o.path), array_agg(n.id) into old_paths, moved
    from new_rows n join old_rows o on o.id = n.id where n.path <> o.path;
  if moved is null then return null; end if;
  with roots as (
    select o.id, o.path as old_path, n.path as new_path
      from new_rows n join old_rows o on o.id = n.id
     where n.path <> o.path
       and not exists (select 1 from old_rows p join new_rows q on q.id = p.id
                        where q.path <> p.path and o.path like p.path || '_%')
  ), deltas as (
    select c.subject, a.id as org_id, c.month, c.dim, c.dim2, -c.n as n, -c.fen as fen
      from roots r join report_counts c on c.org_id = r.id and c.subject like 'programs.%'
       and c.subject not in ('programs.people', 'programs.unions')
     cross join lateral unnest(string_to_array(trim(both '/' from r.old_path), '/')::bigint[]) as a(id)
     where a.id <> r.id
    union all
    select c.subject, a.id, c.month, c.dim, c.dim2, c.n, c.fen
      from roots r join report_counts c on c.org_id = r.id and c.subject like 'programs.%'
       and c.subject not in ('programs.people', 'programs.unions')
     cross join lateral unnest(string_to_array(trim(both '/' from r.new_path), '/')::bigint[]) as a(id)
     where a.id <> r.id
  )
  insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
  select d.subject, d.org_id, d.month, d.dim, d.dim2, sum(d.n), sum(d.fen), org_federation_id(d.org_id)
    from deltas d
   group by d.subject, d.org_id, d.month, d.dim, d.dim2
  having sum(d.n) <> 0 or sum(d.fen) <> 0
   order by 1, 2, 3, 4, 5
  on conflict (subject, org_id, month, dim, dim2)
  do update set n = c.n + excluded.n, fen = c.fen + excluded.fen;

  perform report_presence_moved('programs.people', array(
    select distinct a.person_id from applications a
     where a.org_id = any(moved) and a.status = 'approved' and a.person_id is not null), old_paths);
  perform report_presence_moved('programs.unions', array(
    select distinct coalesce(a.applicant_org_id, a.org_id) from applications a
     where a.org_id = any(moved) and a.status = 'approved'), old_paths);
  return null;
end $$;

-- What was approved before this migration.
do $$ begin
  execute report_presence_load_sql(programs_presence_deltas_sql('(select 1 as s, * from applications)'));
end $$;
