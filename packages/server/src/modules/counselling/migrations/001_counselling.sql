-- Counselling (心理关爱, issue 27): counsellors and trained volunteers per union, their training, the slots they
-- offer, workers' bookings (a slot taken at most once), self-assessments (PHQ-9, GAD-7) and crisis flags.
-- Session notes and assessment answers are read only by the worker and the assigned counsellor (ADR 54).
create table counselling_counsellors (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  -- The account a counsellor signs in with (role counsellor); volunteers usually have none.
  user_id bigint unique references users(id),
  name text not null,
  kind text not null check (kind in ('counsellor', 'volunteer')),
  qualification text not null default '',
  on_duty boolean not null default false,
  active boolean not null default true,
  joined_on date not null,
  created_at timestamptz not null default now()
);
create index counselling_counsellors_org_idx on counselling_counsellors (org_id);
create trigger counselling_counsellors_federation before insert on counselling_counsellors
  for each row execute function fill_federation_id('org_id');

create table counselling_trainings (
  id bigint generated always as identity primary key,
  counsellor_id bigint not null references counselling_counsellors(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  title text not null,
  hours integer not null check (hours > 0 and hours <= 2000),
  certificate text not null default '',
  effective_on date not null,
  created_at timestamptz not null default now()
);
create index counselling_trainings_counsellor_idx on counselling_trainings (counsellor_id);
create trigger counselling_trainings_federation before insert on counselling_trainings
  for each row execute function fill_federation_id('org_id');

create table counselling_slots (
  id bigint generated always as identity primary key,
  counsellor_id bigint not null references counselling_counsellors(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null check (ends_at > starts_at),
  mode text not null check (mode in ('online', 'in_person', 'either')),
  place text not null default '',
  -- open → booked (one guarded update) → open again when the booking is cancelled; withdrawn by the counsellor.
  status text not null default 'open' check (status in ('open', 'booked', 'withdrawn')),
  created_at timestamptz not null default now()
);
create unique index counselling_slots_one on counselling_slots (counsellor_id, starts_at) where status <> 'withdrawn';
create index counselling_slots_open on counselling_slots (starts_at) where status = 'open';
create trigger counselling_slots_federation before insert on counselling_slots
  for each row execute function fill_federation_id('org_id');

create table counselling_assessments (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  scale text not null check (scale in ('phq9', 'gad7')),
  answers smallint[] not null,
  score integer not null,
  band text not null,
  -- PHQ-9 ≥ 20 or a non-zero answer to its item 9, GAD-7 ≥ 15: the duty counsellors are told at once.
  flagged boolean not null default false,
  self_harm boolean not null default false,
  taken_at timestamptz not null,
  effective_on date not null,
  followed_up_at timestamptz,
  followed_up_by bigint references counselling_counsellors(id)
);
create index counselling_assessments_person_idx on counselling_assessments (person_id, taken_at desc);
create index counselling_assessments_flagged on counselling_assessments (taken_at) where flagged;
create trigger counselling_assessments_federation before insert on counselling_assessments
  for each row execute function fill_federation_id('org_id');

create table counselling_bookings (
  id bigint generated always as identity primary key,
  slot_id bigint not null references counselling_slots(id),
  counsellor_id bigint not null references counselling_counsellors(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  mode text not null check (mode in ('online', 'in_person')),
  channel text not null check (channel in ('app', 'hotline')),
  status text not null default 'booked' check (status in ('booked', 'done', 'cancelled')),
  assessment_id bigint references counselling_assessments(id),
  booked_on date not null,
  booked_by bigint,
  reminded_at timestamptz,
  cancelled_at timestamptz,
  cancelled_by text check (cancelled_by in ('worker', 'counsellor', 'staff')),
  cancel_reason text not null default '',
  -- Read only by the worker and the slot's counsellor; the audit log records each read, never the text.
  note text not null default '',
  note_at timestamptz,
  created_at timestamptz not null default now()
);
-- A slot is booked at most once at a time: the second booking of the same slot fails here even if both passed
-- the guarded update of the slot.
create unique index counselling_bookings_one on counselling_bookings (slot_id) where status <> 'cancelled';
create index counselling_bookings_person_idx on counselling_bookings (person_id);
create index counselling_bookings_counsellor_idx on counselling_bookings (counsellor_id);
create index counselling_bookings_remind on counselling_bookings (slot_id) where status = 'booked' and reminded_at is null;
create trigger counselling_bookings_federation before insert on counselling_bookings
  for each row execute function fill_federation_id('org_id');
