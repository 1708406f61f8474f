-- A quota's and a nomination's references are checked once per statement, not by foreign keys per row (issue 42,
-- ADR 95, as cases migration 008 does): the register writes ~10,000 quotas and 10,000 nominations a statement, and
-- the keys' locking look-ups (a quota's batch — the same few rows locked again and again — and union; a
-- nomination's person, quota and substitute) were two thirds of what those inserts cost PostgreSQL. Refused as the
-- keys refused (SQLSTATE 23503); a changed reference (a substitute named) checked by a row trigger; a batch, union,
-- person, quota or nomination still named cannot go (none is ever deleted or renumbered).
-- The functions (refs_checked_per_statement, refs_checked_per_row, refs_kept) are org migration 007's.

alter table wellness_allocations
  drop constraint if exists wellness_allocations_batch_id_fkey,
  drop constraint if exists wellness_allocations_org_id_fkey;
select refs_checked('wellness_allocations', 'batch_id', 'wellness_batches', 'id', 'org_id', 'orgs', 'id');

alter table wellness_nominations
  drop constraint if exists wellness_nominations_person_id_fkey,
  drop constraint if exists wellness_nominations_quota_fkey,
  drop constraint if exists wellness_nominations_replaced_by_fkey;
select refs_checked('wellness_nominations', 'person_id', 'persons', 'id',
                    'quota=allocation_id,batch_id,org_id', 'wellness_allocations', 'id,batch_id,org_id',
                    'replaced_by', 'wellness_nominations', 'id');

create trigger wellness_allocations_batches_kept before delete or update of id on wellness_batches
  for each row execute function refs_kept('id', 'wellness_allocations', 'batch_id');
create trigger wellness_allocations_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'wellness_allocations', 'org_id');
create trigger wellness_nominations_persons_kept before delete or update of id on persons
  for each row execute function refs_kept('id', 'wellness_nominations', 'person_id');
create trigger wellness_nominations_allocations_kept before delete or update of id,batch_id,org_id on wellness_allocations
  for each row execute function refs_kept('id,batch_id,org_id', 'wellness_nominations', 'quota=allocation_id,batch_id,org_id');
create trigger wellness_nominations_kept before delete or update of id on wellness_nominations
  for each row execute function refs_kept('id', 'wellness_nominations', 'replaced_by');
