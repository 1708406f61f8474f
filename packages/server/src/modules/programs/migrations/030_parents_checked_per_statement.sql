-- An application's program, person and union, and the union of an application's event, are checked once per
-- statement, not by a foreign key per row (ADR 96, issue 42): 20,000 past payments ran 80,000 such checks, about
-- 0.25 of the database's 2 CPU-seconds. A statement trigger looks the statement's new rows up in one anti-join per
-- parent and refuses the statement (SQLSTATE 23503, naming the key as it did) when one is missing; a row trigger on
-- each parent refuses to delete one that applications or events still name, as the keys' `no action` did. Programs,
-- persons and unions are never deleted nor renumbered by the platform, so no check waits for a concurrent delete.
-- The applying union, the step's union and an event actor's union keep their keys (null for nearly every row).
alter table applications
  drop constraint applications_program_id_fkey,
  drop constraint applications_person_id_fkey,
  drop constraint applications_org_id_fkey;
alter table application_events drop constraint application_events_org_id_fkey;

create function programs_refuse_missing(tbl text, key text, col text, missing bigint) returns void
language plpgsql as $$
begin
  raise foreign_key_violation using
    message = format('insert or update on table "%s" violates foreign key constraint "%s"', tbl, key),
    detail = format('Key (%s)=(%s) is not present.', col, missing);
end $$;

create function applications_check_parents() returns trigger language plpgsql as $$
declare
  missing bigint;
begin
  select n.program_id into missing from applications_new n
   where not exists (select 1 from programs g where g.id = n.program_id) limit 1;
  if found then perform programs_refuse_missing('applications', 'applications_program_id_fkey', 'program_id', missing); end if;
  select n.person_id into missing from applications_new n
   where n.person_id is not null and not exists (select 1 from persons p where p.id = n.person_id) limit 1;
  if found then perform programs_refuse_missing('applications', 'applications_person_id_fkey', 'person_id', missing); end if;
  select n.org_id into missing from applications_new n
   where not exists (select 1 from orgs o where o.id = n.org_id) limit 1;
  if found then perform programs_refuse_missing('applications', 'applications_org_id_fkey', 'org_id', missing); end if;
  return null;
end $$;
create trigger applications_parents after insert on applications
  referencing new table as applications_new
  for each statement execute function applications_check_parents();
create trigger applications_parents_update after update on applications
  referencing new table as applications_new
  for each statement execute function applications_check_parents();

create function application_events_check_parents() returns trigger language plpgsql as $$
declare
  missing bigint;
begin
  select n.org_id into missing from application_events_new n
   where n.org_id is not null and not exists (select 1 from orgs o where o.id = n.org_id) limit 1;
  if found then
    perform programs_refuse_missing('application_events', 'application_events_org_id_fkey', 'org_id', missing);
  end if;
  return null;
end $$;
create trigger application_events_parents after insert on application_events
  referencing new table as application_events_new
  for each statement execute function application_events_check_parents();
create trigger application_events_parents_update after update on application_events
  referencing new table as application_events_new
  for each statement execute function application_events_check_parents();

-- The parents' side: a program, person or union that applications or events name is not deleted nor renumbered.
create function programs_keep_parents() returns trigger language plpgsql as $$
declare
  named boolean;
begin
  named := case tg_table_name
    when 'programs' then exists (select 1 from applications a where a.program_id = old.id)
    when 'persons' then exists (select 1 from applications a where a.person_id = old.id)
    else exists (select 1 from applications a where a.org_id = old.id)
      or exists (select 1 from application_events e where e.org_id = old.id)
  end;
  if named then
    raise foreign_key_violation using
      message = format('update or delete on table "%s" violates a foreign key of applications', tg_table_name),
      detail = format('Key (id)=(%s) is still referenced from applications or their events.', old.id);
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end $$;
create trigger programs_keep_applications before delete on programs
  for each row execute function programs_keep_parents();
create trigger programs_keep_application_ids before update of id on programs
  for each row when (old.id is distinct from new.id) execute function programs_keep_parents();
create trigger persons_keep_applications before delete on persons
  for each row execute function programs_keep_parents();
create trigger persons_keep_application_ids before update of id on persons
  for each row when (old.id is distinct from new.id) execute function programs_keep_parents();
create trigger orgs_keep_applications before delete on orgs
  for each row execute function programs_keep_parents();
create trigger orgs_keep_application_ids before update of id on orgs
  for each row when (old.id is distinct from new.id) execute function programs_keep_parents();
