-- The applications waiting at a union's review step (the reviewer's badge and the to-do list, ADR 75): counted
-- with the oldest day from the index alone, whatever the number decided around them.
create index applications_waiting_idx on applications (step_org_id, applied_on) where status = 'submitted';
