-- The federation of a count is filled by the row trigger only when the insert did not give it: addCounts and
-- countUpsertSql give it from the union's path in their statement (issue 42), and the unconditional PL/pgSQL call
-- per cell cost about a quarter of every counts write (as innovation migration 016 did for the achievements).
drop trigger report_counts_federation on report_counts;
create trigger report_counts_federation before insert on report_counts
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
