-- Counts are kept per day (ADR 42): a count added through addCounts lands on the day its fact counts on, so a
-- statistic can be asked for any range of days and a state as it stood on any day. The column keeps its name
-- `month` because the trigger functions of programs and of distinct counts write it by name; they still write the
-- first day of a month (programs, whose reports read the days at a period's edges from raw rows) or of a year
-- (distinct counts, which are yearly). A read rounds nothing: [from, to] is a range of days.
alter table report_counts drop constraint if exists report_counts_month_check;
comment on column report_counts.month is
  'the day counted on (addCounts: the fact''s own day; programs triggers: the first of its month; distinct counts: 1 January)';
