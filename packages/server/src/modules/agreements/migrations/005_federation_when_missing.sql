-- The federation of an agreement, of its coverage and of an enterprise is filled by the row trigger only when the
-- insert did not give it: the inserts give it in their statement (issue 42), and the PL/pgSQL call per row — a
-- dynamic look-up of the agreement for each coverage row — was a fifth of the register's database time (as
-- innovation migration 016 did for the achievements).
drop trigger agreements_federation on agreements;
create trigger agreements_federation before insert on agreements
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger agreement_coverage_federation on agreement_coverage;
create trigger agreement_coverage_federation before insert on agreement_coverage
  for each row when (new.federation_id is null)
  execute function fill_federation_from_parent('agreements', 'agreement_id');
drop trigger agreement_enterprises_federation on agreement_enterprises;
create trigger agreement_enterprises_federation before insert on agreement_enterprises
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
