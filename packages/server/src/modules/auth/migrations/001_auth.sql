create table users (
  id bigint generated always as identity primary key,
  username text not null unique,
  phone text unique,
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('admin', 'staff', 'reviewer', 'worker')),
  org_id bigint references orgs(id),
  person_id bigint references persons(id),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  check (role = 'admin' or role = 'worker' or org_id is not null),
  check (role <> 'worker' or person_id is not null)
);

-- Sessions live in the database so any server instance can answer; only a hash of the token is kept.
create table sessions (
  token_hash text primary key,
  user_id bigint not null references users(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);

create table login_failures (
  id bigint generated always as identity primary key,
  login text not null,
  ip text not null,
  at timestamptz not null default now()
);
create index login_failures_login_idx on login_failures (login, at);
