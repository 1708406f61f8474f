-- A person exists once on the platform: id_hash (keyed HMAC of the ID-card number) is unique.
-- The number itself is stored only encrypted (id_cipher); id_masked is what screens show.
create table persons (
  id bigint generated always as identity primary key,
  name text not null,
  id_hash text not null unique,
  id_cipher text not null,
  id_masked text not null,
  birth_date date not null,
  gender text not null check (gender in ('male', 'female')),
  phone text,
  employer_name text,
  is_front_line boolean not null default false,
  is_outdoor boolean not null default false,
  is_new_employment boolean not null default false,
  model_worker_level text check (model_worker_level in ('national', 'city', 'district')),
  hardship_level text check (hardship_level in ('relative', 'general', 'deep')),
  hardship_from date,
  hardship_until date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index persons_name_idx on persons (name text_pattern_ops);
create index persons_phone_idx on persons (phone);

-- Membership history: at most one active row per person; a transfer closes one row and opens another.
create table memberships (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  joined_on date not null,
  left_on date,
  status text not null default 'active' check (status in ('active', 'transferred', 'left')),
  note text,
  created_at timestamptz not null default now()
);
create unique index memberships_one_active on memberships (person_id) where status = 'active';
create index memberships_org_idx on memberships (org_id, person_id) where status = 'active';
create index memberships_person_idx on memberships (person_id);
