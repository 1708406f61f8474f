-- An agreement's union, an enterprise's union and a coverage row's agreement and enterprise are checked once per
-- statement, not by a foreign key per row (issue 42, ADR 95, as hardship migration 005 does): the register writes
-- 10,000 agreements and their 10,000 coverage rows a statement, and their 30,000 keys' locking look-ups were a
-- third of what those inserts cost PostgreSQL. Refused as the keys refused (SQLSTATE 23503); a changed reference
-- checked by a row trigger; a union, agreement or enterprise still named cannot go (none is ever deleted or
-- renumbered). An agreement's text keeps its key (one row a time).
-- The functions (refs_checked_per_statement, refs_checked_per_row, refs_kept) are org migration 007's.

alter table agreements
  drop constraint if exists agreements_org_id_fkey;
select refs_checked('agreements', 'org_id', 'orgs', 'id');

alter table agreement_enterprises
  drop constraint if exists agreement_enterprises_org_id_fkey;
select refs_checked('agreement_enterprises', 'org_id', 'orgs', 'id');

alter table agreement_coverage
  drop constraint if exists agreement_coverage_agreement_id_fkey,
  drop constraint if exists agreement_coverage_uscc_fkey;
select refs_checked('agreement_coverage', 'agreement_id', 'agreements', 'id', 'uscc', 'agreement_enterprises', 'uscc');

create trigger agreements_kept before delete or update of id on agreements
  for each row execute function refs_kept('id', 'agreement_coverage', 'agreement_id');
create trigger agreement_enterprises_kept before delete or update of uscc on agreement_enterprises
  for each row execute function refs_kept('uscc', 'agreement_coverage', 'uscc');
create trigger agreements_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'agreements', 'org_id', 'agreement_enterprises', 'org_id');
