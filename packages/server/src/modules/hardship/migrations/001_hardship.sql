-- Hardship files (困难职工档案): one per household, held by a union, about the household's worker (a member).
-- A file counts as hardship for program rules once verified and until its expiry (reviewed yearly) or closing;
-- status 'verified' with expires_on before today is shown as expired.
create table hardship_files (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  person_id bigint not null references persons(id),
  level text not null check (level in ('deep', 'relative', 'accident')),
  causes text[] not null default '{}',
  status text not null default 'draft' check (status in ('draft', 'verified', 'closed')),
  address text,
  note text,
  verified_on date,
  -- The verifier's account (users.id) and name as it was then.
  verified_by bigint,
  verifier_name text,
  reviewed_on date,
  expires_on date,
  -- The first day of the span the reporting counts hold for this file (its verification or last review).
  span_from date,
  closed_on date,
  close_reason text,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status = 'draft' or (verified_on is not null and expires_on is not null) or status = 'closed'),
  check (expires_on is null or verified_on is null or expires_on >= verified_on)
);
-- One open file per worker.
create unique index hardship_files_one_open on hardship_files (person_id) where status <> 'closed';
create index hardship_files_org_idx on hardship_files (org_id, status);
create trigger hardship_files_federation before insert on hardship_files
  for each row execute function fill_federation_id('org_id');

-- The household: the worker and the people living with them, each with their yearly income (fen). ID numbers
-- are stored encrypted like persons' (id_cipher) and shown masked (id_masked).
create table hardship_members (
  id bigint generated always as identity primary key,
  file_id bigint not null references hardship_files(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  name text not null,
  relation text not null check (relation in ('self', 'spouse', 'child', 'parent', 'other')),
  id_cipher text,
  id_masked text,
  yearly_income_fen bigint not null default 0 check (yearly_income_fen >= 0),
  occupation text,
  health text
);
create index hardship_members_file_idx on hardship_members (file_id);
create trigger hardship_members_federation before insert on hardship_members
  for each row execute function fill_federation_id('org_id');

-- What happened to a file: created, verified, reviewed, closed; by whom, with the level and expiry it set.
create table hardship_events (
  id bigint generated always as identity primary key,
  file_id bigint not null references hardship_files(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  kind text not null check (kind in ('create', 'verify', 'review', 'close')),
  on_date date not null,
  by_user bigint,
  by_name text,
  level text,
  expires_on date,
  note text,
  created_at timestamptz not null default now()
);
create index hardship_events_file_idx on hardship_events (file_id, id);
create trigger hardship_events_federation before insert on hardship_events
  for each row execute function fill_federation_id('org_id');
