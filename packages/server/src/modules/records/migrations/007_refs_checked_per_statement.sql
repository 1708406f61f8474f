-- A record's person and keeping union are checked once per statement, not by a foreign key per row (issue 42,
-- ADR 95, ADR 102): the achievements register writes ~100,000 inventors' records 5,000 achievements at a time, and
-- the two keys' locking look-ups (a person and a union for every record) were about a third of that insert. The
-- statement trigger looks the new rows' parents up, locks each once as a key does, and refuses the statement
-- (SQLSTATE 23503) naming the key as it was named; an update changing one is checked by a row trigger; a person or
-- union a record still names cannot be deleted nor renumbered (the platform deletes neither).

-- The functions (refs_checked_per_statement, refs_checked_per_row, refs_kept) are org migration 007's.

alter table records
  drop constraint if exists records_person_id_fkey,
  drop constraint if exists records_org_id_fkey;
select refs_checked('records', 'person_id', 'persons', 'id', 'org_id', 'orgs', 'id');

create trigger records_persons_kept before delete or update of id on persons
  for each row execute function refs_kept('id', 'records', 'person_id');
create trigger records_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'records', 'org_id');
