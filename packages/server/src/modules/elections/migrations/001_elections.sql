-- Founding a union (组建) and its elections (换届), issue 28 (ADR 65).

-- A union's election rules, for itself and the unions below it (the nearest setting up the tree applies):
-- the committee's term in years, and whose votes a candidate needs more than half of.
create table election_settings (
  org_id bigint primary key references orgs(id),
  term_years integer not null check (term_years in (3, 5)),
  majority text not null check (majority in ('voting', 'present')),
  updated_at timestamptz not null default now()
);

-- A founding: the workers of an employer apply, the union above records each step, and its approval creates
-- the union in the tree (`org_id`). Each step keeps the day it happened.
create table foundings (
  id bigint generated always as identity primary key,
  parent_org_id bigint not null references orgs(id),
  federation_id bigint not null,
  name text not null,
  kind text not null,
  employer_name text not null,
  uscc text,
  worker_count integer check (worker_count >= 0),
  applicants text[] not null default '{}',
  applied_on date not null,
  status text not null default 'applied'
    check (status in ('applied', 'preparing', 'met', 'elected', 'approved', 'withdrawn')),
  prep_leader text,
  prep_members text[] not null default '{}',
  prepared_on date,
  met_on date,
  members_total integer check (members_total >= 0),
  members_present integer check (members_present >= 0 and members_present <= members_total),
  elected_on date,
  committee jsonb,
  approved_on date,
  withdrawn_on date,
  org_id bigint references orgs(id),
  created_by bigint,
  created_at timestamptz not null default now()
);
create index foundings_parent_idx on foundings (parent_org_id);
create trigger foundings_federation before insert on foundings
  for each row execute function fill_federation_id('parent_org_id');

-- An election held by a union's members' meeting (会员大会或会员代表大会): who could vote, who came, the ballots
-- cast, and each candidate's votes; the committee it produced replaces the union's on `held_on`.
create table elections (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  held_on date not null,
  term_no integer not null check (term_no >= 1),
  voters integer not null check (voters >= 1),
  present integer not null check (present >= 0 and present <= voters),
  ballots integer not null check (ballots >= 0 and ballots <= present),
  majority text not null check (majority in ('voting', 'present')),
  recorded_by bigint,
  created_at timestamptz not null default now()
);
create index elections_org_idx on elections (org_id, held_on);
create trigger elections_federation before insert on elections
  for each row execute function fill_federation_id('org_id');

create table election_candidates (
  id bigint generated always as identity primary key,
  election_id bigint not null references elections(id),
  federation_id bigint not null,
  name text not null,
  post text not null check (post in ('chair', 'vice_chair', 'member', 'auditor', 'women')),
  votes integer not null check (votes >= 0),
  elected boolean not null
);
create index election_candidates_election_idx on election_candidates (election_id);
create trigger election_candidates_federation before insert on election_candidates
  for each row execute function fill_federation_from_parent('elections', 'election_id');

-- A union's committees, each from the day it was elected to the day the next replaced it (`replaced_on`, null:
-- the sitting one), with its term fixed when elected; `ends_on` is when the next election falls due.
create table committees (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  term_no integer not null check (term_no >= 1),
  elected_on date not null,
  term_years integer not null check (term_years >= 1),
  ends_on date not null,
  chair text not null,
  vice_chairs text[] not null default '{}',
  members text[] not null default '{}',
  auditors text[] not null default '{}',
  women text[] not null default '{}',
  founding_id bigint references foundings(id),
  election_id bigint references elections(id),
  replaced_on date,
  created_at timestamptz not null default now()
);
create unique index committees_sitting on committees (org_id) where replaced_on is null;
create index committees_ends_idx on committees (ends_on) where replaced_on is null;
create trigger committees_federation before insert on committees
  for each row execute function fill_federation_id('org_id');
