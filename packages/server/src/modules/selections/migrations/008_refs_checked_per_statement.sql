-- A nomination's references are checked once per statement, not by five foreign keys per row (issue 42, ADR 95,
-- as cases migration 008 does): the selections register writes 5,000 nominations a statement, and the keys'
-- locking look-ups (its selection, category, person, nominating union and the person's union) were three quarters
-- of what that insert cost PostgreSQL. Refused as the keys refused (SQLSTATE 23503); a changed reference checked by
-- a row trigger; a selection, category, person or union still named cannot go (none is ever deleted or renumbered).
-- The functions (refs_checked_per_statement, refs_checked_per_row, refs_kept) are org migration 007's.

alter table selection_nominations
  drop constraint if exists selection_nominations_selection_id_fkey,
  drop constraint if exists selection_nominations_category_id_fkey,
  drop constraint if exists selection_nominations_person_id_fkey,
  drop constraint if exists selection_nominations_org_id_fkey,
  drop constraint if exists selection_nominations_person_org_id_fkey;
select refs_checked('selection_nominations', 'selection_id', 'selections', 'id',
                    'category_id', 'selection_categories', 'id', 'person_id', 'persons', 'id',
                    'org_id', 'orgs', 'id', 'person_org_id', 'orgs', 'id');

create trigger selection_nominations_selections_kept before delete or update of id on selections
  for each row execute function refs_kept('id', 'selection_nominations', 'selection_id');
create trigger selection_nominations_categories_kept before delete or update of id on selection_categories
  for each row execute function refs_kept('id', 'selection_nominations', 'category_id');
create trigger selection_nominations_persons_kept before delete or update of id on persons
  for each row execute function refs_kept('id', 'selection_nominations', 'person_id');
create trigger selection_nominations_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'selection_nominations', 'org_id', 'selection_nominations', 'person_org_id');
