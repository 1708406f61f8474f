-- Sign-in by SMS code (auth/code-sign-in.service.ts, ADR 81). One row per code asked for, for a known number or
-- not (so the answer and the work are the same either way); only a salted hash of the code is kept. Times come
-- from the server's clock (the application's, not the database's), so a test moves them.
create table sign_in_codes (
  id bigint generated always as identity primary key,
  phone text not null,
  code_hash text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  attempts integer not null default 0,
  used_at timestamptz
);
create index sign_in_codes_phone_idx on sign_in_codes (phone, id desc);

-- Fixed-window request counters for the codes, keyed by a hash of (what, number or address): kept in the database
-- so every server process shares them, as onboarding_counters and login_attempts are.
create table sign_in_counters (
  key text primary key,
  n integer not null,
  window_start timestamptz not null
);

-- A staff account may sign in by SMS code only when its holder turned it on (workers always may).
alter table users add column sms_sign_in boolean not null default false;
