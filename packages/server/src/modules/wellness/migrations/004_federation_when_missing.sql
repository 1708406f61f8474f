-- The federation of a quota and of a nomination is filled by the row trigger only when the insert did not give it:
-- the 疗休养/体检 register (issue 42) gives it set-based, and a PL/pgSQL call per row was spent on every quota and
-- nomination it writes (as innovation migration 016 did for the achievements register).
drop trigger wellness_allocations_federation on wellness_allocations;
create trigger wellness_allocations_federation before insert on wellness_allocations
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger wellness_nominations_federation on wellness_nominations;
create trigger wellness_nominations_federation before insert on wellness_nominations
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
