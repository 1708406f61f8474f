-- What a member import changes in members already registered, row by row: the fields as the audit log names
-- them, before and after. Written by the dry run (预检), to list what an import would change, and by the import
-- itself, in its merge transaction, for its result page. Kept 30 days, like the job it belongs to.
create table member_import_changes (
  job_id bigint not null,
  row_no integer not null,
  person_id bigint not null,
  org_id bigint not null,
  name text not null,
  before jsonb not null,
  after jsonb not null,
  created_at timestamptz not null default now(),
  primary key (job_id, row_no)
);
create index member_import_changes_created_idx on member_import_changes (created_at);
