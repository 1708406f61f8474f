-- The day nominations closed and the selection went to its panel (ADR 40, issue 42): the organiser may record it on
-- a past day (补录), not before the last nomination's day. The moment it was recorded is in the audit log. Null for
-- selections closed before this migration and for those brought in from a register.
alter table selections add column nominations_closed_on date;
