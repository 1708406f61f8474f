-- Sign-in attempts per (login, address), counted before the password is checked (auth/throttle.ts).
create table login_attempts (
  login text not null,
  ip text not null,
  attempts integer not null,
  last_at timestamptz not null,
  primary key (login, ip)
);
create index login_failures_ip_idx on login_failures (ip, at);
