-- A membership ended otherwise than by a transfer (issue 41): retirement, leaving the unit, death, or another
-- reason. The row keeps status 'left', the day in left_on (the person no longer counts from that day) and why.
alter table memberships add column end_reason text
  check (end_reason in ('retired', 'left_unit', 'died', 'other'));
