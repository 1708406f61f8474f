-- The day a project was cancelled, and when a milestone reached and a project's completion or cancellation were
-- entered (ADR 40): a decision of 2020 brought in in 2026 keeps its day in done_on, completed_on or cancelled_on
-- and the moment it was typed here. Projects cancelled before take the day of their last change.
alter table pledges add column cancelled_on date;
alter table pledges add column outcome_entered_at timestamptz;
alter table pledge_milestones add column done_entered_at timestamptz;
update pledges set cancelled_on = (updated_at at time zone 'Asia/Shanghai')::date where status = 'cancelled';
update pledges set outcome_entered_at = updated_at where status in ('completed', 'cancelled');
alter table pledges add constraint pledges_cancelled_on check ((status = 'cancelled') = (cancelled_on is not null));
