-- The day a request was entered on the platform (录入日期), beside the day it came in (filed_on): the same day for
-- a request typed as it comes, a later one for a request brought in from a register (ADR 40). Rows entered before
-- this column: the day their deadlines were set on the platform (due_set_on), which is the day of entry unless
-- the request was moved since.
alter table cases add column entered_on date;
update cases set entered_on = due_set_on;
alter table cases alter column entered_on set not null;
