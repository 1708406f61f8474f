-- Two indexes no longer hold the rows whose key is empty (issue 42): an application waits at a union's step only
-- while it is in review (`step_org_id`; a register's or a claim's approved application has none), and only a
-- reversal names the entry it reverses (`reverses_id`; an entitlement has none). Every look-up of either compares
-- the column with a value (`step_org_id = …`, `r.reverses_id = e.id`), which an empty key never matches, so the
-- planner proves the partial index usable; a reversal stays unique. A past payments file of 20,000 rows wrote
-- 40,000 index entries nobody reads.
drop index applications_queue_idx;
create index applications_queue_idx on applications (step_org_id, status, program_id) where step_org_id is not null;
drop index ledger_one_reversal;
create unique index ledger_one_reversal on ledger_entries (reverses_id) where reverses_id is not null;
