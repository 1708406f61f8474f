-- The learning community (学习社区): courses and digital resources produced by unions, licensed to
-- demonstration sites (示范点) for a period and a number of seats; workers enrol through a site, follow the
-- lessons on the phone and, on completing a course, get a training record (records module, source 'learning').
-- Offline activities at reading rooms and studios count towards learning hours; workers ask designated
-- masters (劳模/工匠) questions or to take them on (网上拜师).

create table learning_courses (
  id bigint generated always as identity primary key,
  -- The provider union: staff of its subtree manage the course.
  org_id bigint not null references orgs(id),
  title text not null,
  kind text not null check (kind in ('skill', 'safety', 'mental', 'legal', 'master_lecture', 'other')),
  description text,
  -- Learning time credited on completion.
  minutes integer not null check (minutes between 1 and 100000),
  created_by bigint,
  created_at timestamptz not null default now()
);
create index learning_courses_org_idx on learning_courses (org_id);

-- A lesson is a video or a document kept in the database (the platform's file store), or a link.
create table learning_lessons (
  id bigint generated always as identity primary key,
  course_id bigint not null references learning_courses(id),
  position integer not null,
  title text not null,
  kind text not null check (kind in ('video', 'document', 'link')),
  url text,
  duration_seconds integer check (duration_seconds > 0),
  file_name text,
  mime text,
  size integer,
  data bytea,
  created_at timestamptz not null default now(),
  unique (course_id, position),
  check ((data is null) = (file_name is null)),
  check (kind <> 'link' or url is not null),
  check (kind = 'link' or data is not null or url is not null)
);

create table learning_resources (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  title text not null,
  kind text not null check (kind in ('ebook', 'video', 'audio', 'document')),
  url text,
  -- The licence terms the producer grants (who may use it, how, for how long).
  terms text not null,
  created_by bigint,
  created_at timestamptz not null default now()
);
create index learning_resources_org_idx on learning_resources (org_id);

-- A demonstration site at one of four levels, signed by the community run by the union org_id.
create table learning_sites (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  name text not null unique,
  level text not null check (level in ('national', 'provincial', 'district', 'enterprise')),
  signed_on date not null,
  created_by bigint,
  created_at timestamptz not null default now()
);
create index learning_sites_org_idx on learning_sites (org_id);

-- A digital-resource licence (数字资源授权): courses and resources for a period and a number of seats.
-- seats_used counts enrolments through the licence; the update that takes a seat checks seats_used < seats.
create table learning_licences (
  id bigint generated always as identity primary key,
  site_id bigint not null references learning_sites(id),
  number text not null unique,
  starts_on date not null,
  ends_on date not null,
  seats integer not null check (seats between 1 and 10000000),
  seats_used integer not null default 0,
  created_by bigint,
  created_at timestamptz not null default now(),
  check (ends_on >= starts_on),
  check (seats_used between 0 and seats)
);
create index learning_licences_site_idx on learning_licences (site_id);
create table learning_licence_courses (
  licence_id bigint not null references learning_licences(id),
  course_id bigint not null references learning_courses(id),
  primary key (licence_id, course_id)
);
create table learning_licence_resources (
  licence_id bigint not null references learning_licences(id),
  resource_id bigint not null references learning_resources(id),
  primary key (licence_id, resource_id)
);

-- A worker's enrolment in a course, through one licence; org_id is the worker's union when enrolling.
create table learning_enrolments (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons(id),
  course_id bigint not null references learning_courses(id),
  licence_id bigint not null references learning_licences(id),
  org_id bigint not null references orgs(id),
  enrolled_on date not null,
  completed_on date,
  created_at timestamptz not null default now(),
  unique (person_id, course_id)
);
create index learning_enrolments_course_idx on learning_enrolments (course_id);

-- Progress per lesson: the resume position, and when the lesson counted (video to the end, document opened).
create table learning_progress (
  enrolment_id bigint not null references learning_enrolments(id),
  lesson_id bigint not null references learning_lessons(id),
  position_seconds integer not null default 0,
  done_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (enrolment_id, lesson_id)
);

-- Offline activities at reading rooms, studios and craftsman bases.
create table learning_activities (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  title text not null,
  kind text not null check (kind in ('reading', 'master_meet')),
  carrier text not null check (carrier in ('reading_room', 'studio', 'craftsman_base')),
  venue text not null,
  held_on date not null,
  minutes integer not null check (minutes between 1 and 100000),
  capacity integer not null check (capacity between 1 and 100000),
  signed_up integer not null default 0,
  created_by bigint,
  created_at timestamptz not null default now(),
  check (signed_up between 0 and capacity)
);
create index learning_activities_org_idx on learning_activities (org_id, held_on);
create table learning_signups (
  activity_id bigint not null references learning_activities(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  attended boolean not null default false,
  created_at timestamptz not null default now(),
  primary key (activity_id, person_id)
);

-- Masters (劳模/工匠) designated by staff, who answer workers' questions and apprenticeship requests.
create table learning_masters (
  id bigint generated always as identity primary key,
  person_id bigint not null unique references persons(id),
  org_id bigint not null references orgs(id),
  title text not null check (title in ('model_worker', 'craftsman')),
  speciality text not null,
  created_by bigint,
  created_at timestamptz not null default now()
);
create table learning_requests (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons(id),
  master_id bigint not null references learning_masters(id),
  kind text not null check (kind in ('question', 'apprentice')),
  text text not null,
  answer text,
  -- An apprenticeship request is accepted or declined with the answer; a question is just answered.
  status text not null default 'open' check (status in ('open', 'answered', 'accepted', 'declined')),
  answered_at timestamptz,
  created_at timestamptz not null default now()
);
create index learning_requests_master_idx on learning_requests (master_id, id desc);
create index learning_requests_person_idx on learning_requests (person_id, id desc);
