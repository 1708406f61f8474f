-- The federation of a hardship file, its household members and its steps is filled by the row trigger only when
-- the insert did not give it: the hardship register (issue 42) gives it set-based, and a PL/pgSQL call per row
-- (each turning the row into JSON) was spent on every file, member and step it writes.
drop trigger hardship_files_federation on hardship_files;
create trigger hardship_files_federation before insert on hardship_files
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger hardship_members_federation on hardship_members;
create trigger hardship_members_federation before insert on hardship_members
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger hardship_events_federation on hardship_events;
create trigger hardship_events_federation before insert on hardship_events
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
