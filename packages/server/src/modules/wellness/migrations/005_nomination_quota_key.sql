-- A nomination's batch and union are those of its quota (issue 42): one foreign key to the quota's
-- (id, batch_id, org_id) instead of three to the quota, the batch and the union. One check a nomination instead of
-- three (a register of 10,000 nominees paid 20,000 of them), and stronger: the copies cannot disagree with the
-- quota, whose own keys still check its batch and union.
alter table wellness_allocations add constraint wellness_allocations_key unique (id, batch_id, org_id);
alter table wellness_nominations
  drop constraint wellness_nominations_batch_id_fkey,
  drop constraint wellness_nominations_allocation_id_fkey,
  drop constraint wellness_nominations_org_id_fkey,
  add constraint wellness_nominations_quota_fkey foreign key (allocation_id, batch_id, org_id)
    references wellness_allocations (id, batch_id, org_id);
