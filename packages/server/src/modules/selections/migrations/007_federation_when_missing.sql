-- The federation of a nomination is filled by the row trigger only when the insert did not give it: the selection
-- results register (issue 42) gives it set-based, and a PL/pgSQL call per row (each turning the row into JSON)
-- was a fifth of the database's time writing 5,000 winners.
drop trigger selection_nominations_federation on selection_nominations;
create trigger selection_nominations_federation before insert on selection_nominations
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
