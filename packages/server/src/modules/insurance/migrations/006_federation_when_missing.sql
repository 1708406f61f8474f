-- The federation of a claim is filled by the row trigger only when the insert did not give it: the claims register
-- (issue 42) gives it set-based, and a PL/pgSQL call per row was spent on every claim it writes (as innovation
-- migration 016 did for the achievements register).
drop trigger insurance_claims_federation on insurance_claims;
create trigger insurance_claims_federation before insert on insurance_claims
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
