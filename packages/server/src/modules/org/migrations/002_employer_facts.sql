-- Employer facts of a union's enterprise (its employer, `uscc`/`employer_name`): how many people work there and how
-- many of them are women. They decide which enterprises should have a collective agreement (those with a union and,
-- for women workers' special protection agreements, with women workers).
alter table orgs add column worker_count integer check (worker_count >= 0);
alter table orgs add column women_worker_count integer
  check (women_worker_count >= 0 and (worker_count is null or women_worker_count <= worker_count));
create index orgs_uscc_idx on orgs (uscc) where uscc is not null;
