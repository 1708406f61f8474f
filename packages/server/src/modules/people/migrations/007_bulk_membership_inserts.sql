-- Inserting a million memberships at once (a member import) without work that finds nothing to do.
--
-- Placing persons (004, 006) costs nothing when every person is placed: a member import sets each new
-- person's federation itself, yet the trigger looked up the person of each of its million new memberships.
-- The few persons not placed yet are indexed apart, so the trigger first asks whether there are any.
create index persons_unplaced_idx on persons (id) where federation_id = 0;

create or replace function place_persons() returns trigger language plpgsql as $$
declare
  target record;
begin
  if not exists (select 1 from persons where federation_id = 0) then
    return null;
  end if;
  for target in execute
    'select f.federation_id, array_agg(f.person_id) as ids
       from (select distinct on (n.person_id) n.person_id, n.federation_id
               from new_memberships n
              where exists (select 1 from persons u where u.id = n.person_id and u.federation_id = 0)
              order by n.person_id, n.joined_on, n.id) f
      group by f.federation_id'
  loop
    execute 'update persons set federation_id = $1 where id = any($2) and federation_id = 0'
      using target.federation_id, target.ids;
  end loop;
  return null;
end $$;

-- The federation of a new membership is filled in by a row trigger only when the insert did not set it; the
-- condition is now the trigger's own, so an insert that sets it (the import, enrolment) calls no function.
drop trigger memberships_federation on memberships;
create trigger memberships_federation before insert on memberships
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
