-- Requests entered after the fact (ADR 40). `due_set_on` is the day (China time) the current deadlines were set
-- on the platform: the sweep escalates only a deadline that passes while the platform holds the request, never
-- the past deadlines of a request entered from a register afterwards.
alter table cases add column due_set_on date;
update cases set due_set_on = ((filed_at at time zone 'UTC') + interval '8 hours')::date;
alter table cases alter column due_set_on set not null;
-- When it came in, to the minute, when told (null: the day only); and the working day its deadlines count from:
-- the day it came in, or the next working day when it came on a rest day or after the cut-off.
alter table cases add column received_time text check (received_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');
alter table cases add column counted_from date;
update cases set counted_from = filed_on;
alter table cases alter column counted_from set not null;

-- The settings of the requests service: the after-hours cut-off (a request received after it counts from the
-- next working day).
create table case_settings (
  id boolean primary key default true check (id),
  after_hours text not null default '17:30' check (after_hours ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
insert into case_settings default values;
