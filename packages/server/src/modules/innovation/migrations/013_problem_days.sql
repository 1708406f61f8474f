-- The days `innovation.problems` counts a problem on (ADR 73): posted on the day the service's clock gave (ADR 71)
-- and rejected on its review's day, as it was published on `published_on`. Before this migration a problem kept
-- only the database's moment of writing (`created_at`) and, rejected, of its last change (`updated_at`); those
-- moments are the clock's on a running platform, and give the days of what was written before.
alter table innovation_problems add column posted_on date, add column rejected_on date;
update innovation_problems set posted_on = (created_at at time zone 'Asia/Shanghai')::date;
update innovation_problems set rejected_on = (updated_at at time zone 'Asia/Shanghai')::date where status = 'rejected';
alter table innovation_problems alter column posted_on set not null;
