-- The distribution column on the contest tables that grow with participants (docs/scaling.md).
select add_federation_column('contest_entries', 'org_id');
select add_federation_column_from_parent('contest_entry_members', 'contest_entries', 'entry_id');
