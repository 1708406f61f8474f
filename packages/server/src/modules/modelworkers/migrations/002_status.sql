-- A model worker's status (issue 41): 在职 active, 退休 retired, 已故 deceased, with the day it changed where known
-- (status_on) and the day the register was told (status_recorded_on). Where the day is not known the register
-- counts the change from the day it was told (ADR 66).
alter table modelworkers
  add column status text not null default 'active' check (status in ('active', 'retired', 'deceased')),
  add column status_on date,
  add column status_recorded_on date,
  -- The status before the current one, so a day learnt later moves the counts between the right cells.
  add column previous_status text check (previous_status in ('active', 'retired', 'deceased'));
