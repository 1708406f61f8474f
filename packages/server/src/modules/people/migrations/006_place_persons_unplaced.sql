-- Placing persons (004) at a federation's size: a member import inserts a million memberships in one
-- statement, whose persons are all placed already (the import sets their federation). The trigger sorted
-- every new membership to find the first of each person before joining persons; it now starts from the few
-- persons not placed yet (an index of them), so a statement of placed persons costs one scan of its rows.
create index persons_unplaced_idx on persons (id) where federation_id = 0;

create or replace function place_persons() returns trigger language plpgsql as $$
begin
  update persons p set federation_id = m.federation_id
    from (select distinct on (n.person_id) n.person_id, n.federation_id
            from new_memberships n join persons u on u.id = n.person_id and u.federation_id = 0
           order by n.person_id, n.joined_on, n.id) m
   where p.id = m.person_id and p.federation_id = 0;
  return null;
end $$;
