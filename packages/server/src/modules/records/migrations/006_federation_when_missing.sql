-- The federation of a record is filled by the row trigger only when the insert did not give it: every set-based
-- insert (records.repository.ts insertRecords: the records import, the records other modules write — an
-- achievement's inventors, a contest's prizes) gives it, and a PL/pgSQL call per row was spent on each record
-- all the same (issue 42: the achievements register writes ~100,000 inventors' records). As innovation
-- migration 016 did for achievements and their teams.
drop trigger records_federation on records;
create trigger records_federation before insert on records
  for each row when (new.federation_id is null) execute function fill_record_federation();
