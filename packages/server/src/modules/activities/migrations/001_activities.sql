-- Workers' activities (职工活动, issue 26): what a union organises for its subtree, its sessions, who signed up
-- (places guarded by a counter: `taken` never passes `places`), the waiting list, and who came.
create table activities (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  title text not null,
  kind text not null check (kind in ('sports', 'family', 'class', 'social', 'show', 'volunteer', 'other')),
  description text not null default '',
  place text not null,
  online boolean not null default false,
  places integer not null check (places > 0),
  taken integer not null default 0 check (taken >= 0 and taken <= places),
  signup_from date not null,
  signup_until date not null check (signup_until >= signup_from),
  fee_fen bigint not null default 0 check (fee_fen >= 0),
  rule jsonb,
  -- Sign-up is refused to a worker with this many no-shows (0: never) in the last `no_show_days` days.
  no_show_limit integer not null default 0 check (no_show_limit >= 0),
  no_show_days integer not null default 90 check (no_show_days > 0),
  status text not null default 'open' check (status in ('open', 'cancelled')),
  created_by bigint,
  created_at timestamptz not null default now()
);
create index activities_org_idx on activities (org_id);

create table activity_sessions (
  id bigint generated always as identity primary key,
  activity_id bigint not null references activities(id),
  starts_at timestamptz not null,
  ends_at timestamptz not null check (ends_at > starts_at),
  -- The code shown at the door that a worker types (or scans) to check in.
  checkin_code text not null
);
create index activity_sessions_activity_idx on activity_sessions (activity_id);

create table activity_signups (
  id bigint generated always as identity primary key,
  activity_id bigint not null references activities(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  status text not null check (status in ('confirmed', 'waiting', 'cancelled')),
  signed_on date not null,
  created_at timestamptz not null default now(),
  promoted_at timestamptz,
  cancelled_at timestamptz
);
create unique index activity_signups_one on activity_signups (activity_id, person_id) where status <> 'cancelled';
create index activity_signups_waiting on activity_signups (activity_id, id) where status = 'waiting';
create index activity_signups_person_idx on activity_signups (person_id);
create trigger activity_signups_federation before insert on activity_signups
  for each row execute function fill_federation_id('org_id');

create table activity_attendance (
  session_id bigint not null references activity_sessions(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  walk_in boolean not null default false,
  checked_at timestamptz not null default now(),
  primary key (session_id, person_id)
);
create trigger activity_attendance_federation before insert on activity_attendance
  for each row execute function fill_federation_id('org_id');
