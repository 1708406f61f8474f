-- The distribution column on the people tables (docs/scaling.md). A person's federation is their home
-- federation: that of the union whose membership came first (joined_on, then id); a person transferred to
-- another federation keeps it, and their later memberships live in that federation with the union's.
-- Registration, enrolment and import set it from the union they enrol into. A person inserted without it
-- gets 0 (not placed yet) and takes the federation of their first membership when it is inserted.
alter table persons add column federation_id bigint;
update persons p set federation_id = coalesce(
  (select split_part(o.path, '/', 2)::bigint
     from memberships m join orgs o on o.id = m.org_id
    where m.person_id = p.id order by m.joined_on, m.id limit 1), 0);
alter table persons alter column federation_id set not null;
alter table persons alter column federation_id set default 0;

select add_federation_column('memberships', 'org_id');

create function place_persons() returns trigger language plpgsql as $$
begin
  update persons p set federation_id = m.federation_id
    from (select distinct on (person_id) person_id, federation_id from new_memberships
           order by person_id, joined_on, id) m
   where p.id = m.person_id and p.federation_id = 0;
  return null;
end $$;
create trigger memberships_place_persons after insert on memberships
  referencing new table as new_memberships for each statement execute function place_persons();
