-- The one-time set-up token of a database without any account (printed on the server console; hash only).
create table setup_token (
  id integer primary key default 1 check (id = 1),
  token_hash text not null,
  created_at timestamptz not null default now()
);
