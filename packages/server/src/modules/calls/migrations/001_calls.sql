-- Calls for works (作品征集, issue 26, ADR 63): a union asks its subtree for works in one or more categories
-- (安全感言 as text, 漫画 and 硬笔书法 as images, or files) within a window; the worker's union reviews each work
-- (passed or returned with a reason), the organiser decides what is awarded or exhibited, and a gallery shows it.
create table calls (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  title text not null,
  description text not null default '',
  opens_on date not null,
  closes_on date not null check (closes_on >= opens_on),
  -- How many works one worker may send in each category.
  per_worker integer not null check (per_worker between 1 and 100),
  -- Who sees the gallery of chosen works once the results are published: anyone, or the organiser's members.
  gallery text not null check (gallery in ('public', 'members')),
  published_on date,
  created_by bigint,
  created_at timestamptz not null default now()
);
create index calls_org_idx on calls (org_id);

create table call_categories (
  id bigint generated always as identity primary key,
  call_id bigint not null references calls(id),
  position integer not null,
  name text not null,
  kind text not null check (kind in ('text', 'image', 'file')),
  unique (call_id, position)
);

-- One row per work sent in. `org_id` is the author's union when it was sent: the union that reviews it (the
-- branch) and the one it counts in.
create table call_works (
  id bigint generated always as identity primary key,
  call_id bigint not null references calls(id),
  category_id bigint not null references call_categories(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  -- The author's name as the union publishes it with the work.
  author_name text not null,
  title text not null,
  body text not null default '',
  status text not null check (status in ('submitted', 'returned', 'passed')),
  -- Staff of a union who sent it in for the member (null: the worker on the phone).
  submitted_by bigint,
  submitted_on date not null,
  submitted_at timestamptz not null default now(),
  reviewed_on date,
  reviewed_at timestamptz,
  reviewed_by bigint,
  return_reason text,
  result text check (result in ('first', 'second', 'third', 'merit', 'exhibit')),
  score numeric(5, 1) check (score >= 0 and score <= 100),
  result_on date,
  result_at timestamptz,
  check (status = 'passed' or result is null)
);
create index call_works_call_idx on call_works (call_id, status);
create index call_works_person_idx on call_works (person_id);
create index call_works_org_idx on call_works (org_id);
create trigger call_works_federation before insert on call_works
  for each row execute function fill_federation_id('org_id');

-- The picture or file of a work (metadata stripped from photos), kept apart so lists stay light.
create table call_files (
  work_id bigint primary key references call_works(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  file_name text not null,
  mime text not null,
  data bytea not null
);
create trigger call_files_federation before insert on call_files
  for each row execute function fill_federation_id('org_id');

-- The guarded per-worker count: one row per category and person, `used` never above the call's `per_worker`
-- (one guarded upsert in the submitting transaction, so parallel submissions cannot pass it).
create table call_quota_use (
  category_id bigint not null references call_categories(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  used integer not null check (used >= 0),
  primary key (category_id, person_id)
);
create trigger call_quota_use_federation before insert on call_quota_use
  for each row execute function fill_federation_id('org_id');
