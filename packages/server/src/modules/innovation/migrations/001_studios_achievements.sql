-- Innovation: workers' innovation studios (职工创新工作室) and their achievements (创新成果).
-- The other innovation tables (recognition, re-evaluation, catalogue leads, problems, alliance, mentoring)
-- come in their own migrations.

-- A studio, hosted by a union (org_id) at an employer. `level` is its current level; its history is in
-- innovation_studio_levels. 'district' also stands for 局/集团级.
create table innovation_studios (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  name text not null,
  employer text,
  field text,
  industry text,
  leader_person_id bigint references persons(id),
  founded_on date,
  description text not null default '',
  level text not null default 'grassroots'
    check (level in ('grassroots', 'district', 'city', 'city_demonstration', 'national')),
  level_since date,
  status text not null default 'active' check (status in ('active', 'revoked', 'closed')),
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index innovation_studios_name_uq on innovation_studios (org_id, name);
create index innovation_studios_org_idx on innovation_studios (org_id);
create index innovation_studios_leader_idx on innovation_studios (leader_person_id);

create table innovation_studio_members (
  studio_id bigint not null references innovation_studios(id) on delete cascade,
  person_id bigint not null references persons(id),
  role text not null default 'member' check (role in ('leader', 'core', 'member')),
  joined_on date,
  primary key (studio_id, person_id)
);
create index innovation_studio_members_person_idx on innovation_studio_members (person_id);

-- Every level a studio has held, from a date until the next (or until revoked: to_on set, reason given).
create table innovation_studio_levels (
  id bigint generated always as identity primary key,
  studio_id bigint not null references innovation_studios(id) on delete cascade,
  level text not null check (level in ('grassroots', 'district', 'city', 'city_demonstration', 'national')),
  from_on date not null,
  to_on date,
  reason text,
  decided_by bigint,
  created_at timestamptz not null default now(),
  check (to_on is null or to_on >= from_on)
);
create index innovation_studio_levels_studio_idx on innovation_studio_levels (studio_id, from_on);

-- An achievement of a studio's team. `search` holds the jieba-segmented title, abstract and body
-- (shared/segment.ts) as a 'simple' tsvector; only published achievements are public.
create table innovation_achievements (
  id bigint generated always as identity primary key,
  studio_id bigint references innovation_studios(id),
  org_id bigint not null references orgs(id),
  title text not null,
  type text not null check (type in ('technical_innovation', 'invention_patent', 'utility_model',
    'construction_method', 'management_innovation', 'software', 'other')),
  industry text,
  year integer not null check (year between 1949 and 2100),
  abstract text not null default '',
  body text not null default '',
  stage text not null default 'developing' check (stage in ('developing', 'applied', 'converted')),
  published_at timestamptz,
  search tsvector not null default ''::tsvector,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index innovation_achievements_search_idx on innovation_achievements using gin (search);
create index innovation_achievements_studio_idx on innovation_achievements (studio_id);
create index innovation_achievements_org_idx on innovation_achievements (org_id);

-- The team, in order (position 1 first).
create table innovation_achievement_team (
  achievement_id bigint not null references innovation_achievements(id) on delete cascade,
  person_id bigint not null references persons(id),
  position smallint not null check (position >= 1),
  primary key (achievement_id, position),
  unique (achievement_id, person_id)
);
create index innovation_achievement_team_person_idx on innovation_achievement_team (person_id);

-- Conversions (成果转化): who took the achievement up, when, for how much (fen).
create table innovation_conversions (
  id bigint generated always as identity primary key,
  achievement_id bigint not null references innovation_achievements(id) on delete cascade,
  partner text not null,
  converted_on date not null,
  value_fen bigint not null default 0 check (value_fen >= 0),
  created_at timestamptz not null default now()
);
create index innovation_conversions_achievement_idx on innovation_conversions (achievement_id);
