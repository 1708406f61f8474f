-- The one reporting layer: statistics read these maintained counts, not the raw rows of each module.
-- A module adds to them in the transaction of each decision (reporting.repository.ts addCounts): a flow
-- (applications approved, prizes awarded) adds once on its date; a state (studios at a level, agreements in
-- force) adds +1 when entered and -1 when left, so its value at a date is the sum of everything up to it.
-- Buckets are months; a subtree is the union's materialised path joined at read time, so moving a union
-- moves its counts with it.
create table report_counts (
  subject text not null,
  org_id bigint not null references orgs(id),
  month date not null check (extract(day from month) = 1),
  dim text not null default '',
  dim2 text not null default '',
  n bigint not null default 0,
  fen bigint not null default 0,
  primary key (subject, org_id, month, dim, dim2)
);
