-- The evidence window: which records count for an application, by the record's date (rules/window.ts).
-- {"kind":"period"} (the application's period, the default), {"kind":"years","before":n},
-- {"kind":"dates","from":"YYYY-MM-DD","to":"YYYY-MM-DD"} or {"kind":"any"}. Existing programs count the
-- records of the period they pay for; a program that relied on records of other years says so explicitly.
alter table programs add column evidence_window jsonb not null default '{"kind":"period"}'
  check (evidence_window->>'kind' in ('period', 'years', 'dates', 'any'));
