-- The moment the results' publication was recorded on the platform, beside its day (ADR 40): `published_at` is
-- the moment the publication took effect (now, or the start of a past day in China time entered later, 补录), so
-- a page shows "2020-12-20（2026-11-23 补录）". Null for publications recorded before this migration.
alter table contests add column published_recorded_at timestamptz;
