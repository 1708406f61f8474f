-- Studios: recognition (认定) and promotion (晋升) proposals reviewed up the union chain, the subsidy
-- applications recognitions open, and the annual re-evaluation (复评).

-- What the state count `innovation.studios` holds for this studio (its level and whether its leader was a
-- model worker of city level or above when counted), so the next change removes exactly what was added.
alter table innovation_studios add column counted_model_worker boolean not null default false;

-- A proposal to recognise a studio at a level. `chain` lists the unions that review it, bottom up
-- ([{ "orgId": 5, "level": 3 }, …]); `step` indexes it. The last union of the chain decides.
create table innovation_recognitions (
  id bigint generated always as identity primary key,
  studio_id bigint not null references innovation_studios(id),
  proposed_by_org_id bigint not null references orgs(id),
  from_level text not null
    check (from_level in ('grassroots', 'district', 'city', 'city_demonstration', 'national')),
  level text not null check (level in ('district', 'city', 'city_demonstration')),
  note text not null default '',
  status text not null default 'submitted' check (status in ('submitted', 'approved', 'rejected')),
  chain jsonb not null,
  step integer not null default 0,
  step_org_id bigint not null references orgs(id),
  decided_on date,
  reason text,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- One open proposal per studio at a time.
create unique index innovation_recognitions_open_uq on innovation_recognitions (studio_id)
  where status = 'submitted';
create index innovation_recognitions_step_idx on innovation_recognitions (step_org_id, status);

create table innovation_recognition_events (
  id bigint generated always as identity primary key,
  recognition_id bigint not null references innovation_recognitions(id) on delete cascade,
  action text not null check (action in ('proposed', 'forwarded', 'approved', 'rejected')),
  org_id bigint not null references orgs(id),
  reason text,
  decided_on date,
  created_by bigint,
  created_at timestamptz not null default now()
);
create index innovation_recognition_events_idx on innovation_recognition_events (recognition_id);

-- The subsidy application a recognition opened: one per studio and subsidy program, ever, so a studio
-- recognised again (after a revocation, or twice) never gets a second paid application.
create table innovation_studio_subsidies (
  studio_id bigint not null references innovation_studios(id),
  preset_key text not null,
  application_id bigint not null unique,
  recognition_id bigint references innovation_recognitions(id),
  created_at timestamptz not null default now(),
  primary key (studio_id, preset_key)
);

-- Annual re-evaluation: a campaign of a union for a year and a level; the studios at that level in the
-- union's subtree file their yearly report, reviewers decide.
create table innovation_reevaluations (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  year integer not null check (year between 2000 and 2100),
  level text not null check (level in ('district', 'city', 'city_demonstration', 'national')),
  due_on date not null,
  created_by bigint,
  created_at timestamptz not null default now(),
  unique (org_id, year, level)
);

create table innovation_annual_reports (
  id bigint generated always as identity primary key,
  reevaluation_id bigint not null references innovation_reevaluations(id),
  studio_id bigint not null references innovation_studios(id),
  activities text not null,
  people_trained integer not null check (people_trained >= 0),
  achievement_ids bigint[] not null default '{}',
  filed_on date not null,
  filed_by bigint,
  outcome text check (outcome in ('pass', 'rectify', 'revoke')),
  reason text,
  decided_on date,
  decided_by bigint,
  unique (reevaluation_id, studio_id)
);
create index innovation_annual_reports_studio_idx on innovation_annual_reports (studio_id);
