-- The files each register was brought in from (issue 42): a file's SHA-256 with the register's key, kept in the
-- import's transaction (a rolled-back import leaves no line), so the same bytes are refused a second time for the
-- same register within the importing union's subtree and above it. The union is null for the administrator.
create table register_files (
  id bigserial primary key,
  register_key text not null,
  sha256 text not null,
  org_id bigint,
  user_id bigint,
  user_name text not null,
  file_name text not null,
  rows_created integer not null,
  imported_at timestamptz not null default now()
);

create index register_files_sha on register_files (register_key, sha256);
