-- Front-line problems (一线难题), the studio alliance (联盟) that tackles them, and mentoring (名师带徒).

-- A problem posted by a union (org_id: the union that receives and publishes it) for an enterprise or for
-- itself, or by an enterprise on the public page (source 'public', with a contact only that union's staff see).
-- `words` are its jieba-segmented query words (shared/segment.ts), kept for matching studios.
create table innovation_problems (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  title text not null,
  description text not null,
  industry text,
  region text,
  poster text not null,
  source text not null default 'staff' check (source in ('staff', 'public')),
  contact_name text,
  contact_phone text,
  funding_fen bigint not null default 0 check (funding_fen >= 0),
  deadline date,
  words text[] not null default '{}',
  status text not null default 'submitted'
    check (status in ('submitted', 'published', 'rejected', 'claimed', 'closed')),
  review_note text,
  published_on date,
  claimed_on date,
  outcome text,
  closed_on date,
  achievement_id bigint references innovation_achievements(id),
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index innovation_problems_org_idx on innovation_problems (org_id);
create index innovation_problems_status_idx on innovation_problems (status);

-- Studios of the alliance, across districts and industries.
create table innovation_alliance_members (
  studio_id bigint primary key references innovation_studios(id) on delete cascade,
  joined_on date not null,
  joined_by bigint
);

-- The team that claimed (揭榜) a problem: one lead studio, and partners for a joint team (联合攻关).
create table innovation_problem_teams (
  problem_id bigint not null references innovation_problems(id) on delete cascade,
  studio_id bigint not null references innovation_studios(id),
  role text not null check (role in ('lead', 'partner')),
  primary key (problem_id, studio_id)
);
create unique index innovation_problem_teams_lead_uq on innovation_problem_teams (problem_id) where role = 'lead';
create index innovation_problem_teams_studio_idx on innovation_problem_teams (studio_id);

create table innovation_problem_milestones (
  id bigint generated always as identity primary key,
  problem_id bigint not null references innovation_problems(id) on delete cascade,
  reached_on date not null,
  title text not null,
  note text not null default '',
  created_by bigint,
  created_at timestamptz not null default now()
);
create index innovation_problem_milestones_problem_idx on innovation_problem_milestones (problem_id, reached_on);

-- A mentoring pair for a year: the master (the leader of a studio of city level or above) and an apprentice
-- (a professional or a skilled worker), from the invitation until the apprentice answers on the phone.
create table innovation_mentorships (
  id bigint generated always as identity primary key,
  studio_id bigint not null references innovation_studios(id),
  master_person_id bigint not null references persons(id),
  apprentice_person_id bigint not null references persons(id),
  apprentice_kind text not null check (apprentice_kind in ('professional', 'skilled')),
  year integer not null check (year between 2000 and 2100),
  status text not null default 'invited' check (status in ('invited', 'accepted', 'declined')),
  invited_on date not null,
  answered_at timestamptz,
  created_by bigint,
  created_at timestamptz not null default now(),
  check (master_person_id <> apprentice_person_id)
);
create unique index innovation_mentorships_pair_uq on innovation_mentorships (master_person_id, apprentice_person_id, year)
  where status <> 'declined';
create index innovation_mentorships_studio_idx on innovation_mentorships (studio_id, year);
create index innovation_mentorships_apprentice_idx on innovation_mentorships (apprentice_person_id);

-- A session the master holds (培训, 现场指导, …) for some of their apprentices; each attending apprentice
-- confirms it on the phone (confirmed_at), and only confirmed attendance counts.
create table innovation_mentoring_sessions (
  id bigint generated always as identity primary key,
  studio_id bigint not null references innovation_studios(id),
  master_person_id bigint not null references persons(id),
  year integer not null,
  held_on date not null,
  hours numeric(4, 1) not null check (hours > 0 and hours <= 24),
  kind text not null check (kind in ('training', 'on_site', 'exchange', 'other')),
  topic text not null,
  created_by bigint,
  created_at timestamptz not null default now(),
  check (year = extract(year from held_on))
);
create index innovation_mentoring_sessions_master_idx on innovation_mentoring_sessions (master_person_id, year);

create table innovation_mentoring_attendance (
  session_id bigint not null references innovation_mentoring_sessions(id) on delete cascade,
  mentorship_id bigint not null references innovation_mentorships(id),
  confirmed_at timestamptz,
  primary key (session_id, mentorship_id)
);
create index innovation_mentoring_attendance_pair_idx on innovation_mentoring_attendance (mentorship_id);
