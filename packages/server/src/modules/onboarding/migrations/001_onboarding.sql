-- One-time codes a member activates their phone account with (ADR 0010). Only a salted hash of the code is
-- kept; `attempts` counts every guess, claimed in one guarded update, so at most 5 guesses meet one code.
create table activation_codes (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons(id),
  phone text not null,
  code_hash text not null,
  attempts integer not null default 0,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index activation_codes_phone_idx on activation_codes (phone, id desc) where used_at is null;
create index activation_codes_person_idx on activation_codes (person_id);

-- Requests per key (a keyed hash of a phone, an ID number or an address) in a fixed window, counted by one
-- upsert so parallel requests cannot pass the limit together.
create table onboarding_counters (
  key text primary key,
  n integer not null,
  window_start timestamptz not null
);

-- Online joining (网上入会): a worker asks a grassroots union to take them in; its staff (or a union above it)
-- accept or decline. The ID number is kept like a person's: encrypted, keyed hash, masked.
create table join_requests (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  name text not null,
  id_hash text not null,
  id_cipher text not null,
  id_masked text not null,
  phone text not null,
  employer text,
  note text,
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined')),
  reason text,
  person_id bigint references persons(id),
  decided_by bigint,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  check ((status = 'declined') = (reason is not null))
);
create unique index join_requests_one_pending_idx on join_requests (id_hash) where status = 'pending';
create index join_requests_org_idx on join_requests (org_id, status, id desc);
