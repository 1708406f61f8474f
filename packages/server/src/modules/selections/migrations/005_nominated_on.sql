-- The day a nomination was made, which `selections.nominations` counts it on (ADR 73): the day the nominating
-- service was given (its clock, or the day a demo or a past selection nominates on), kept beside `created_at`, the
-- database's moment of writing (ADR 71). Null for the winners a register brought in with a selection's results
-- (migration 003): they were not nominated on the platform and are not counted as nominations.
alter table selection_nominations add column nominated_on date;
-- Before this migration the nominating day was the clock's, and on a running platform the clock's day is that of
-- `created_at`; a selection brought in from a register has no nomination window.
update selection_nominations n set nominated_on = (n.created_at at time zone 'Asia/Shanghai')::date
  from selections s where s.id = n.selection_id and s.nominate_from is not null;
