-- The federation of a model worker and of a title is filled by the row trigger only when the insert did not give
-- it: the register's statements (insertModelWorkers, insertHonours) give it set-based from the union's path
-- (issue 42), and a PL/pgSQL call per row (each turning the row into JSON) was spent on every person and title.
drop trigger modelworkers_federation on modelworkers;
create trigger modelworkers_federation before insert on modelworkers
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger modelworker_honours_federation on modelworker_honours;
create trigger modelworker_honours_federation before insert on modelworker_honours
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
