-- Accounts and sessions under 等保 level 3 (ADR 82): the settings an 安全管理员 keeps (one row), the hashes of each
-- account's last passwords, when each session was last used and why it was ended, and each account's last sign-in.
create table security_settings (
  id integer primary key default 1 check (id = 1),
  min_length integer not null default 8,
  min_classes integer not null default 3,
  history_count integer not null default 5,
  expiry_days integer not null default 90,
  idle_minutes integer not null default 30,
  max_sessions integer not null default 3,
  updated_at timestamptz not null default now()
);
insert into security_settings (id) values (1);

create table password_history (
  id bigint generated always as identity primary key,
  user_id bigint not null references users(id) on delete cascade,
  password_hash text not null,
  set_at timestamptz not null
);
create index password_history_user_idx on password_history (user_id, id);

-- last_seen_at: refreshed at most once a minute by the requests the session makes (the idle timeout);
-- ended_reason: 'replaced' when a newer sign-in went past the account's session limit (kept until it expires, so
-- its holder is told why); previous_*: the account's sign-in before this one, shown once after signing in.
-- a session made by other means than openSession (a bench, a seed) is seen when it is made
alter table sessions add column last_seen_at timestamptz default now();
alter table sessions add column ended_reason text check (ended_reason in ('replaced'));
alter table sessions add column previous_login_at timestamptz;
alter table sessions add column previous_login_ip text;
alter table sessions add column failed_before integer not null default 0;
update sessions set last_seen_at = created_at;
alter table sessions alter column last_seen_at set not null;

alter table users add column last_login_at timestamptz;
alter table users add column last_login_ip text;
-- wrong passwords given for this account since its last successful sign-in
alter table users add column failed_logins integer not null default 0;
