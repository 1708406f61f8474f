-- A model worker's union and person, and a title's model worker and union, are checked once per statement, not by a
-- foreign key per row (issue 42, ADR 95, as the other registers' tables are): the register writes 5,000 model
-- workers and their titles a statement each, and the keys' ~15,000 locking look-ups were the larger part of what
-- those inserts cost PostgreSQL. Refused as the keys refused (SQLSTATE 23503, the key's name); a changed reference
-- checked by a row trigger; a union or person still named cannot be deleted nor renumbered (none ever is).
-- The key from a title to its model worker was `on delete cascade`: the platform deletes no model worker, but a
-- delete still takes the model worker's titles with it (modelworkers_titles_cascade below, in the statement, before
-- the model worker goes), so nothing names a model worker that is gone. A model worker's id is `generated always`,
-- never renumbered. The functions (refs_checked_per_statement, refs_checked_per_row, refs_kept) are org
-- migration 007's.

alter table modelworkers
  drop constraint if exists modelworkers_org_id_fkey,
  drop constraint if exists modelworkers_person_id_fkey;
select refs_checked('modelworkers', 'org_id', 'orgs', 'id', 'person_id', 'persons', 'id');

alter table modelworker_honours
  drop constraint if exists modelworker_honours_modelworker_id_fkey,
  drop constraint if exists modelworker_honours_org_id_fkey;
select refs_checked('modelworker_honours', 'modelworker_id', 'modelworkers', 'id', 'org_id', 'orgs', 'id');

create or replace function modelworkers_titles_cascade() returns trigger language plpgsql as $$
begin
  delete from modelworker_honours where modelworker_id = old.id;
  return old;
end $$;
create trigger modelworkers_titles_cascade before delete on modelworkers
  for each row execute function modelworkers_titles_cascade();
create trigger modelworkers_kept before update of id on modelworkers
  for each row execute function refs_kept('id', 'modelworker_honours', 'modelworker_id');
create trigger modelworkers_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'modelworkers', 'org_id', 'modelworker_honours', 'org_id');
create trigger modelworkers_persons_kept before delete or update of id on persons
  for each row execute function refs_kept('id', 'modelworkers', 'person_id');
