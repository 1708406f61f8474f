-- Progress and liveness: a running job's owner touches heartbeat_at; a job whose heartbeat stops
-- (its process died) is marked failed by the sweep, which also removes its staging rows.
alter table jobs add column phase text not null default 'queued';
alter table jobs add column heartbeat_at timestamptz not null default now();
create index jobs_running_idx on jobs (heartbeat_at) where status = 'running';
create index jobs_user_idx on jobs (user_id, created_at desc);

-- Rows a job refused, with the cells as read and why, for the error report a clerk downloads.
create table job_row_errors (
  job_id bigint not null references jobs(id) on delete cascade,
  row_no integer not null,
  cells jsonb not null,
  errors jsonb not null,
  primary key (job_id, row_no)
);
