-- Issue 42: the time a request came in is kept to the second when known (the after-hours cut-off is compared to
-- the second: with it at 17:30, 17:30:00 is in time and 17:30:01 counts from the next working day). A time told
-- to the minute stays 'HH:MM'.
alter table cases drop constraint cases_received_time_check;
alter table cases add constraint cases_received_time_check
  check (received_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$');
