-- The moment a decision on a selection was recorded on the platform, beside the day it happened (ADR 40): the
-- notice put up from `notice_from`, the results made final at `finalised_at`, an objection decided at
-- `decided_at` — each on a day the organiser may set in the past (补录) — so a page shows
-- "2020-06-15（2026-11-23 补录）". Null for what was recorded before this migration.
alter table selections
  add column notice_recorded_at timestamptz,
  add column finalised_recorded_at timestamptz;
alter table selection_objections add column decided_recorded_at timestamptz;
