-- A union given its path by the insert that made it (`insertOrg`: 'pending-<uuid>', then the parent's path and its
-- id) is born, not moved: nothing is counted under it yet. The move trigger took that first update for a move and
-- read 'pending-<uuid>' as a path of union ids; whether PostgreSQL cast it before joining the (absent) counts
-- depended on the plan, so the creation of a union failed now and then ("invalid input syntax for type bigint").
-- Births are left out of the moves; every move is counted as before.
create or replace function programs_move_counts() returns trigger language plpgsql as $$
declare
  old_paths jsonb;
  moved bigint[];
begin
  select jsonb_object_agg(n.id::text, o.path), array_agg(n.id) into old_paths, moved
    from new_rows n join old_rows o on o.id = n.id where n.path <> o.path and o.path not like 'pending-%';
  if moved is null then return null; end if;
  with roots as (
    select o.id, o.path as old_path, n.path as new_path
      from new_rows n join old_rows o on o.id = n.id
     where n.path <> o.path and o.path not like 'pending-%'
       and not exists (select 1 from old_rows p join new_rows q on q.id = p.id
                        where q.path <> p.path and p.path not like 'pending-%' and o.path like p.path || '_%')
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
