-- An agreement ended before its expiry (终止, issue 23): `ended_on` is its last day in force, the day it ended as
-- the clerk records it (a past day for an agreement ended before it was entered); `ended_entered_at` the moment
-- that was recorded. In force means from `effective_on` to `coalesce(ended_on, expires_on)`.
alter table agreements add column ended_on date;
alter table agreements add column end_reason text;
alter table agreements add column ended_entered_at timestamptz;
alter table agreements add constraint agreements_ended_on
  check (ended_on is null or (ended_on >= effective_on and ended_on <= expires_on));
alter table agreements add constraint agreements_end_reason check ((ended_on is null) = (end_reason is null));
