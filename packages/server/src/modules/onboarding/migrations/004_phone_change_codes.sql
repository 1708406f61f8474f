-- Codes a worker proves a new phone number with before it becomes theirs and their account's (ADR 147). Only a
-- salted hash of the code is kept; every guess is claimed in one guarded update. Times come from the server's
-- clock (the application's, not the database's), so a test moves them.
create table phone_change_codes (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons(id),
  phone text not null,
  code_hash text not null,
  attempts integer not null default 0,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index phone_change_codes_person_idx on phone_change_codes (person_id, id desc);
