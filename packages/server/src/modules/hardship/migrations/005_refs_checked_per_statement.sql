-- A hardship file's references, and its household members' and steps' key to their file, are checked once per
-- statement, not by a foreign key per row (issue 42, ADR 95, as cases migration 008 does): the register writes
-- 5,000 files, their households and ~10,000 steps a statement, and the keys' locking look-ups were about half of
-- what those inserts cost PostgreSQL. Refused as the keys refused (SQLSTATE 23503); a changed reference checked by
-- a row trigger; a union, person or file still named cannot go (none is ever deleted or renumbered).
-- The functions (refs_checked_per_statement, refs_checked_per_row, refs_kept) are org migration 007's.

alter table hardship_files
  drop constraint if exists hardship_files_org_id_fkey,
  drop constraint if exists hardship_files_person_id_fkey;
select refs_checked('hardship_files', 'org_id', 'orgs', 'id', 'person_id', 'persons', 'id');

alter table hardship_members
  drop constraint if exists hardship_members_file_fkey;
select refs_checked('hardship_members', 'file=file_id,org_id', 'hardship_files', 'id,org_id');

alter table hardship_events
  drop constraint if exists hardship_events_file_fkey;
select refs_checked('hardship_events', 'file=file_id,org_id', 'hardship_files', 'id,org_id');

create trigger hardship_files_kept before delete or update of id,org_id on hardship_files
  for each row execute function refs_kept('id,org_id', 'hardship_members', 'file=file_id,org_id', 'hardship_events', 'file=file_id,org_id');
create trigger hardship_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'hardship_files', 'org_id');
create trigger hardship_persons_kept before delete or update of id on persons
  for each row execute function refs_kept('id', 'hardship_files', 'person_id');
