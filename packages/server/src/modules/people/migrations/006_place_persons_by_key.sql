-- Placing persons (004) at a federation's size: a member import inserts a million memberships in one
-- statement, whose persons are all placed already (the import sets their federation). The trigger sorted
-- every new membership to find the first of each person; it now looks each new membership's person up by
-- key and sorts only the memberships of persons not placed yet.
--
-- Its statements are planned each time it fires (EXECUTE), for the rows it has then. A plan kept for the
-- session is sized by the first statement that fired the trigger (its transition table counted as it was,
-- the tables as large as they were): planned for one row and replayed for a thousand, a plan that started
-- from the unplaced persons joined each of them to every new membership once per unplaced person, and
-- loading the demo on PGlite never ended. And no statement joins two sets: the new memberships are read
-- once with one lookup by key each, and each federation's persons are updated by key.
drop index if exists persons_unplaced_idx;

create or replace function place_persons() returns trigger language plpgsql as $$
declare
  target record;
begin
  for target in execute
    'select f.federation_id, array_agg(f.person_id) as ids
       from (select distinct on (n.person_id) n.person_id, n.federation_id
               from new_memberships n
              where (select u.federation_id from persons u where u.id = n.person_id) = 0
              order by n.person_id, n.joined_on, n.id) f
      group by f.federation_id'
  loop
    execute 'update persons set federation_id = $1 where id = any($2) and federation_id = 0'
      using target.federation_id, target.ids;
  end loop;
  return null;
end $$;
