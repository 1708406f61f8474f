-- The federation of an application, its events, ledger entries, payment batches and items is filled by the row
-- trigger only when the insert did not give it: the past payments register (issue 42) gives it set-based, and a
-- PL/pgSQL call per row (each turning the row into JSON) was most of the database's time writing 20,000 payments.
drop trigger applications_federation on applications;
create trigger applications_federation before insert on applications
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger application_events_federation on application_events;
create trigger application_events_federation before insert on application_events
  for each row when (new.federation_id is null)
  execute function fill_federation_from_parent('applications', 'application_id');
drop trigger ledger_entries_federation on ledger_entries;
create trigger ledger_entries_federation before insert on ledger_entries
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger payment_batches_federation on payment_batches;
create trigger payment_batches_federation before insert on payment_batches
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger payment_items_federation on payment_items;
create trigger payment_items_federation before insert on payment_items
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
