-- Every saved eligibility rule and amount rule is a new immutable version; applications keep theirs.
create table program_versions (
  program_id bigint not null references programs(id),
  version integer not null,
  rule jsonb not null,
  amount jsonb not null,
  created_by bigint,
  created_at timestamptz not null default now(),
  primary key (program_id, version)
);
