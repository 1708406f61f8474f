-- The acting user's name as it was when they acted, so a record's history of edits names who made each one.
alter table audit_log add column actor_name text;
