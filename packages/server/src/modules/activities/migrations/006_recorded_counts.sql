-- Past activities brought in from the activities register (issue 42). An activity kept as totals (no list of who
-- signed up or came) records its counts here, as an insurance policy of a year kept as totals does: the sign-ups
-- count on `recorded_signed_on`, the attendance on the day of its session, both in the organiser's union. Null on
-- an activity with its list (the sign-ups and check-ins are rows) and on every activity organised on the platform.
alter table activities add column recorded_signups integer check (recorded_signups >= 0);
alter table activities add column recorded_attendance integer check (recorded_attendance >= 0);
alter table activities add column recorded_signed_on date;
-- The day an activity was brought in from the register (null: organised on the platform).
alter table activities add column imported_on date;
