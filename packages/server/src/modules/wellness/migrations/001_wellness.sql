-- 疗休养 and 体检 places over years (双千工程, issue 26): a union's program of places of one kind, the institutions
-- that receive workers, batches with dates and places, quotas per lower union (`used` a guarded counter: never past
-- `quota`), nominations with substitution, and who went (attendance). The union's share for those who went is paid
-- through the programs ledger (an application about 'wellness:batch:<id>').
create table wellness_programs (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  name text not null,
  kind text not null check (kind in ('recuperation', 'checkup')),
  -- The scheme the program belongs to (双千工程) and the people it means to serve over its years (万名).
  scheme text not null default '',
  target_people integer not null default 0 check (target_people >= 0),
  from_year integer not null,
  to_year integer not null check (to_year >= from_year and to_year - from_year < 20),
  places_per_year integer not null check (places_per_year > 0),
  cost_fen bigint not null check (cost_fen >= 0),
  union_share_fen bigint not null check (union_share_fen >= 0),
  enterprise_share_fen bigint not null check (enterprise_share_fen >= 0),
  worker_share_fen bigint not null check (worker_share_fen >= 0),
  rule jsonb,
  -- A worker served by a program of the same kind within this many years before a batch is not nominated (0: no bar).
  gap_years integer not null default 0 check (gap_years >= 0 and gap_years <= 10),
  created_by bigint,
  created_at timestamptz not null default now(),
  check (union_share_fen + enterprise_share_fen + worker_share_fen = cost_fen)
);
create index wellness_programs_org_idx on wellness_programs (org_id);

create table wellness_institutions (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  name text not null,
  kind text not null check (kind in ('sanatorium', 'checkup_centre')),
  address text not null default '',
  capacity integer not null check (capacity > 0),
  created_at timestamptz not null default now(),
  unique (org_id, name)
);

create table wellness_batches (
  id bigint generated always as identity primary key,
  program_id bigint not null references wellness_programs(id),
  institution_id bigint not null references wellness_institutions(id),
  title text not null,
  starts_on date not null,
  ends_on date not null check (ends_on >= starts_on),
  -- Nominations and substitutions until this day (the batch closes).
  closes_on date not null check (closes_on <= starts_on),
  places integer not null check (places > 0),
  allocated integer not null default 0 check (allocated >= 0 and allocated <= places),
  meeting text not null default '',
  bring text not null default '',
  status text not null default 'open' check (status in ('open', 'settled')),
  settled_on date,
  subsidy_fen bigint,
  subsidy_application_id bigint,
  created_at timestamptz not null default now()
);
create index wellness_batches_program_idx on wellness_batches (program_id, starts_on);

create table wellness_allocations (
  id bigint generated always as identity primary key,
  batch_id bigint not null references wellness_batches(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  quota integer not null check (quota >= 0),
  used integer not null default 0 check (used >= 0 and used <= quota),
  -- Batches before the platform: how many went, as the union's books give them (null: counted from nominations).
  recorded_used integer check (recorded_used >= 0),
  recorded_front_line integer check (recorded_front_line >= 0),
  recorded_new_employment integer check (recorded_new_employment >= 0),
  unique (batch_id, org_id)
);
create index wellness_allocations_org_idx on wellness_allocations (org_id);
create trigger wellness_allocations_federation before insert on wellness_allocations
  for each row execute function fill_federation_id('org_id');

create table wellness_nominations (
  id bigint generated always as identity primary key,
  batch_id bigint not null references wellness_batches(id),
  allocation_id bigint not null references wellness_allocations(id),
  org_id bigint not null references orgs(id),
  person_id bigint not null references persons(id),
  federation_id bigint not null,
  status text not null default 'nominated' check (status in ('nominated', 'replaced', 'withdrawn')),
  nominated_on date not null,
  replaced_by bigint references wellness_nominations(id),
  -- The worker's groups when nominated, for the statistics (一线, 新就业形态).
  front_line boolean not null default false,
  new_employment boolean not null default false,
  attendance text check (attendance in ('attended', 'absent')),
  attendance_on date,
  reminded_at timestamptz,
  created_at timestamptz not null default now()
);
create unique index wellness_nominations_one on wellness_nominations (batch_id, person_id) where status = 'nominated';
create index wellness_nominations_person_idx on wellness_nominations (person_id);
create index wellness_nominations_batch_idx on wellness_nominations (batch_id, allocation_id);
create trigger wellness_nominations_federation before insert on wellness_nominations
  for each row execute function fill_federation_id('org_id');
