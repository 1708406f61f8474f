-- The join requests pending in a subtree (the to-do list, ADR 75): found without reading the decided ones.
create index join_requests_pending_idx on join_requests (org_id, created_at) where status = 'pending';
