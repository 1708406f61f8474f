-- Contests (竞赛): a union organises a skills contest (技能竞赛, with trades) or a labour contest between units
-- (劳动竞赛) for its subtree. Unions of that subtree register entries — one person, a team or a unit — in an
-- event (a trade, or a category of the labour contest); the organiser enters the results and publishes them,
-- which turns every prize into an award record of each person of the entry (records.source = 'contest').
create table contests (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  name text not null,
  level text not null check (level in ('national', 'city', 'district', 'industry', 'enterprise')),
  kind text not null check (kind in ('skills', 'labour')),
  starts_on date not null,
  ends_on date not null,
  -- Entries one union may register in the whole contest; null: no limit.
  limit_per_union integer check (limit_per_union >= 1),
  status text not null default 'open' check (status in ('open', 'closed', 'published')),
  published_at timestamptz,
  created_by bigint,
  created_at timestamptz not null default now(),
  check (ends_on >= starts_on),
  check ((status = 'published') = (published_at is not null))
);
create index contests_org_idx on contests (org_id);

create table contest_events (
  id bigint generated always as identity primary key,
  contest_id bigint not null references contests(id),
  name text not null,
  mode text not null check (mode in ('individual', 'team', 'unit')),
  -- Entries one union may register in this event; null: no limit.
  limit_per_union integer check (limit_per_union >= 1),
  -- The most members a team may have (team events only).
  team_size integer check (team_size between 2 and 50),
  position integer not null,
  unique (contest_id, name),
  check (mode = 'team' or team_size is null)
);

-- An entry: the union that registered it (its members are in its subtree), and its result. `published_prize`
-- is the prize the last publication counted and turned into records, so a republication changes only what
-- was corrected.
create table contest_entries (
  id bigint generated always as identity primary key,
  contest_id bigint not null references contests(id),
  event_id bigint not null references contest_events(id),
  org_id bigint not null references orgs(id),
  name text,
  rank integer check (rank >= 1),
  score numeric(10, 2),
  prize text,
  published_prize text,
  created_by bigint,
  created_at timestamptz not null default now()
);
create index contest_entries_contest_idx on contest_entries (contest_id, event_id, org_id);
create index contest_entries_org_idx on contest_entries (org_id);

-- The persons of an entry; a person enters an event (a trade) once.
create table contest_entry_members (
  entry_id bigint not null references contest_entries(id) on delete cascade,
  event_id bigint not null references contest_events(id),
  person_id bigint not null references persons(id),
  position smallint not null,
  primary key (entry_id, person_id),
  unique (event_id, person_id)
);
create index contest_entry_members_person_idx on contest_entry_members (person_id);
