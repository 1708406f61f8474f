-- The union tree. `path` is a materialised path of ids ('/1/5/23/'); a subtree is `path like '/1/5/%'`,
-- answered by the text_pattern_ops index on PGlite and PostgreSQL alike.
create table orgs (
  id bigint generated always as identity primary key,
  parent_id bigint references orgs(id),
  path text not null unique,
  level smallint not null check (level between 1 and 5),
  kind text not null,
  name text not null,
  short_name text,
  status text not null default 'active' check (status in ('active', 'closed')),
  uscc text,
  employer_name text,
  founded_on date,
  committee jsonb,
  closed_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index orgs_path_idx on orgs (path text_pattern_ops);
create index orgs_parent_idx on orgs (parent_id);
create index orgs_name_idx on orgs (name text_pattern_ops);
