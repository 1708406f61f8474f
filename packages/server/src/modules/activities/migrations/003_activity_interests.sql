-- 联谊 (kind 'social', issue 26): a participant marks interest in another; a mark is shown to the other only when it is
-- mutual. Only the count of mutual pairs (牵手) leaves the activity, as a statistic.
create table activity_interests (
  activity_id bigint not null references activities(id),
  from_person bigint not null references persons(id),
  to_person bigint not null references persons(id),
  created_at timestamptz not null default now(),
  primary key (activity_id, from_person, to_person),
  check (from_person <> to_person)
);
