-- Issue 41: the day a nomination was ended (substituted or withdrawn), so the statistics count each ending on its
-- day (ADR 40). A substitution's day is its substitute's nomination day; a withdrawal made before this column
-- existed has no recorded day and is dated by its nomination (the earliest it can have happened).
alter table wellness_nominations add column ended_on date;
update wellness_nominations n set ended_on = coalesce(
    (select r.nominated_on from wellness_nominations r where r.id = n.replaced_by), n.nominated_on)
  where n.status <> 'nominated';
