-- The moment a decision was recorded on the platform, beside the day it happened (ADR 40): a yearly report filed
-- or decided, an achievement published, each on a day the clerk may set in the past (补录). The days stay where
-- they were (filed_on, decided_on, published_at); these say when they were entered, so a page shows
-- "2020-06-15（2026-11-23 补录）". Null for what was recorded before this migration.
alter table innovation_annual_reports
  add column filed_recorded_at timestamptz,
  add column decided_recorded_at timestamptz;
alter table innovation_achievements add column published_recorded_at timestamptz;
