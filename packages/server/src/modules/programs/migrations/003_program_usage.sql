-- The guard row per program and period (a year, or 'whole'): quota and budget are consumed only by one
-- conditional UPDATE of this row inside the approval transaction, so neither is ever exceeded.
create table program_usage (
  program_id bigint not null references programs(id),
  period_key text not null,
  quota_used integer not null default 0 check (quota_used >= 0),
  budget_used_fen bigint not null default 0 check (budget_used_fen >= 0),
  primary key (program_id, period_key)
);
