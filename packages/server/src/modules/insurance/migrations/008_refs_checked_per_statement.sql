-- A claim's policy, person and unions are checked once per statement, not by a foreign key per row (issue 42, ADR 95,
-- as agreements migration 006 does): the claims register writes 5,000 claims a statement, and their four keys'
-- checks (20,000 locking look-ups queued per row) were more than half of what that insert cost PostgreSQL.
-- Refused as the keys refused (SQLSTATE 23503); a changed reference (a claim's review moving it to another union)
-- checked by a row trigger; a policy, person or union still named cannot go (none is ever deleted or renumbered).
-- The functions (refs_checked_per_statement, refs_checked_per_row, refs_kept) are org migration 007's.

alter table insurance_claims
  drop constraint if exists insurance_claims_policy_id_fkey,
  drop constraint if exists insurance_claims_person_id_fkey,
  drop constraint if exists insurance_claims_org_id_fkey,
  drop constraint if exists insurance_claims_step_org_id_fkey;
select refs_checked('insurance_claims', 'policy_id', 'insurance_policies', 'id', 'person_id', 'persons', 'id',
                    'org_id', 'orgs', 'id', 'step_org_id', 'orgs', 'id');

create trigger insurance_policies_claims_kept before delete or update of id on insurance_policies
  for each row execute function refs_kept('id', 'insurance_claims', 'policy_id');
create trigger insurance_claims_persons_kept before delete or update of id on persons
  for each row execute function refs_kept('id', 'insurance_claims', 'person_id');
create trigger insurance_claims_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'insurance_claims', 'org_id', 'insurance_claims', 'step_org_id');
