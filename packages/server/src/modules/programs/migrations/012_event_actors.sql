-- Histories name people, not logins: each event keeps the actor's display name and the union they acted
-- for, as they were when they acted (the login name stays in `username` for the audit trail only). Events
-- written before take the account's display name and, for review decisions, the union of the step.
alter table application_events add column actor_name text;
alter table application_events add column actor_org_id bigint references orgs(id);
update application_events e set actor_name = u.display_name from users u where u.id = e.user_id;
update application_events set actor_org_id = org_id
 where action in ('approved', 'approved_step', 'rejected', 'returned');
