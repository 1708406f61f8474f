-- Long work (imports, exports, batch evaluation) runs as a job row with progress any instance can read.
create table jobs (
  id bigint generated always as identity primary key,
  kind text not null,
  status text not null default 'running' check (status in ('running', 'succeeded', 'failed')),
  user_id bigint,
  org_id bigint,
  total integer not null default 0,
  done integer not null default 0,
  params jsonb not null default '{}',
  result jsonb,
  error jsonb,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
-- Rows of an import in progress; moved into the real tables in one transaction at the end, so a
-- killed import leaves nothing behind but staging rows, which the next start removes.
create table import_staging (
  job_id bigint not null references jobs(id) on delete cascade,
  row_no integer not null,
  data jsonb not null,
  primary key (job_id, row_no)
);
