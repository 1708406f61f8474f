-- Issue 42: the day a union was given its quota on a batch (ADR 40), so a nomination on it is not dated before it.
-- Quotas given before this column existed have no recorded day and bar nothing.
alter table wellness_allocations add column allocated_on date;
