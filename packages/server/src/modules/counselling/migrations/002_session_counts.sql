-- Counselling sessions kept on paper before the platform (issue 42): counts only, per union, counsellor kind and
-- month — sessions held and people served. Never a name, never a note (ADR 54). One line per union, kind and
-- month: a month brought in twice is refused.
create table counselling_session_counts (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  kind text not null check (kind in ('counsellor', 'volunteer')),
  -- The month's first day: the counts are counted on it.
  month date not null check (extract(day from month) = 1),
  sessions integer not null check (sessions >= 0),
  people integer not null check (people >= 0 and people <= sessions),
  entered_by bigint references users(id),
  entered_on date not null,
  unique (org_id, kind, month)
);
create trigger counselling_session_counts_federation before insert on counselling_session_counts
  for each row execute function fill_federation_id('org_id');
