-- Chains that never stall (issue 24): when a union of a program's review chain has no account that can review,
-- the union above may take its step at once; when its reviewers let an application wait, after this many working
-- days (the cases' working-day calendar).
alter table programs add column stand_in_days smallint not null default 5
  check (stand_in_days between 1 and 60);
