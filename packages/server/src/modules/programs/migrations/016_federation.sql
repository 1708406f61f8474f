-- The distribution column on the programs tables that grow with applications (docs/scaling.md); programs,
-- their versions and usage stay reference tables.
select add_federation_column('applications', 'org_id');
select add_federation_column_from_parent('application_events', 'applications', 'application_id');
select add_federation_column_from_parent('application_files', 'applications', 'application_id');
select add_federation_column('ledger_entries', 'org_id');
select add_federation_column('payment_batches', 'org_id');
select add_federation_column('payment_items', 'org_id');
select add_federation_column('claim_entries', 'org_id');
