-- The federation of a request and of its timeline's events is filled by the row trigger only when the insert did
-- not give it: the register import (issue 42) gives it set-based, and a PL/pgSQL call per row cost it a tenth of
-- its writing time on 100,000 requests with their ~300,000 events.
drop trigger cases_federation on cases;
create trigger cases_federation before insert on cases
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger case_events_federation on case_events;
create trigger case_events_federation before insert on case_events
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
