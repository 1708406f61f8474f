-- An application's program, person and union, and the union of an application's event, are checked once per
-- statement, not by a foreign key per row (issue 42, ADR 95, as the register tables of requests, hardship files,
-- selections and wellness are): 20,000 past payments ran 80,000 such checks, about 0.25 of the database's 2
-- CPU-seconds. The statement trigger looks the new rows' parents up and locks each once, as a key does, and refuses
-- the statement (SQLSTATE 23503, naming the key as it was named); an update changing one is checked by a row
-- trigger; a program, person or union that applications or their events name cannot be deleted nor renumbered.
-- The applying union, the step's union and an event's actor keep their keys (null for nearly every row).
alter table applications
  drop constraint if exists applications_program_id_fkey,
  drop constraint if exists applications_person_id_fkey,
  drop constraint if exists applications_org_id_fkey;
select refs_checked('applications', 'program_id', 'programs', 'id', 'person_id', 'persons', 'id',
                    'org_id', 'orgs', 'id');

alter table application_events drop constraint if exists application_events_org_id_fkey;
select refs_checked('application_events', 'org_id', 'orgs', 'id');

create trigger applications_programs_kept before delete or update of id on programs
  for each row execute function refs_kept('id', 'applications', 'program_id');
create trigger applications_persons_kept before delete or update of id on persons
  for each row execute function refs_kept('id', 'applications', 'person_id');
create trigger applications_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'applications', 'org_id', 'application_events', 'org_id');
