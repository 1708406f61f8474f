-- Selections (评选): an organiser union selects people for a title (通州工匠, 最美劳动者) in an edition. Each
-- category has its places (how many are selected) and a quota per nominating union; a panel of judges scores
-- nominations against a weighted rubric; the ranking goes on public notice (公示), objections are decided, and
-- the final results become award records (ADR 0018).
create table selections (
  id bigint generated always as identity primary key,
  organiser_org_id bigint not null references orgs(id),
  edition text not null,
  title text not null,
  year integer not null check (year between 1949 and 2200),
  rule jsonb,
  allow_self boolean not null default false,
  nominate_from date not null,
  nominate_until date not null,
  notice_days integer not null check (notice_days between 1 and 60),
  tie_criterion_id bigint,
  status text not null default 'nominating'
    check (status in ('nominating', 'judging', 'notice', 'final')),
  notice_from date,
  notice_until date,
  finalised_at timestamptz,
  created_by bigint,
  created_at timestamptz not null default now(),
  check (nominate_until >= nominate_from),
  check ((status in ('notice', 'final')) = (notice_from is not null and notice_until is not null))
);
create unique index selections_edition_uq on selections (organiser_org_id, edition);
create index selections_status_idx on selections (status);

create table selection_categories (
  id bigint generated always as identity primary key,
  selection_id bigint not null references selections(id) on delete cascade,
  position smallint not null,
  name text not null,
  -- the title the category confers when it is not the selection's own (e.g. 优秀工会干部 beside 最美劳动者)
  title text,
  criteria text,
  places integer not null check (places between 1 and 10000),
  quota_per_union integer not null check (quota_per_union between 1 and 10000),
  -- nominations the category takes in all (null: no limit beyond the unions' quotas), and those made so far
  nomination_cap integer check (nomination_cap between 1 and 100000),
  nominated integer not null default 0 check (nominated >= 0),
  unique (selection_id, name),
  unique (selection_id, position)
);

-- The rubric: criteria with integer weights; a judge gives each a score from 0 to 100.
create table selection_criteria (
  id bigint generated always as identity primary key,
  selection_id bigint not null references selections(id) on delete cascade,
  position smallint not null,
  name text not null,
  weight integer not null check (weight between 1 and 100),
  unique (selection_id, name),
  unique (selection_id, position)
);
alter table selections add constraint selections_tie_criterion_fk
  foreign key (tie_criterion_id) references selection_criteria(id);

-- Nominations per category and nominating unit (推荐单位: the organiser's child union whose subtree holds the
-- nominee, or the organiser itself): one guarded upsert claims a place of the unit's quota, so parallel
-- nominations by the unions under one unit can never pass it.
create table selection_quota_use (
  category_id bigint not null references selection_categories(id) on delete cascade,
  org_id bigint not null references orgs(id),
  used integer not null check (used >= 0),
  primary key (category_id, org_id)
);

create table selection_nominations (
  id bigint generated always as identity primary key,
  selection_id bigint not null references selections(id),
  category_id bigint not null references selection_categories(id),
  person_id bigint not null references persons(id),
  -- the nominating unit (whose quota the nomination uses) and the nominee's own union when nominated
  org_id bigint not null references orgs(id),
  person_org_id bigint not null references orgs(id),
  unit text not null,
  deed text not null,
  self_nominated boolean not null default false,
  status text not null default 'nominated'
    check (status in ('nominated', 'selected', 'not_selected', 'revoked')),
  score_centi integer,
  rank integer,
  created_by bigint,
  created_at timestamptz not null default now(),
  unique (selection_id, person_id)
);
create index selection_nominations_category_idx on selection_nominations (category_id, status);

create table selection_attachments (
  id bigint generated always as identity primary key,
  nomination_id bigint not null references selection_nominations(id),
  name text not null,
  mime text not null,
  size integer not null,
  data bytea not null
);
create index selection_attachments_nomination_idx on selection_attachments (nomination_id);

-- The panel. `org_id` is the judge's own union (conflict of interest), null for a judge from outside the tree.
create table selection_judges (
  id bigint generated always as identity primary key,
  selection_id bigint not null references selections(id),
  user_id bigint not null references users(id),
  org_id bigint references orgs(id),
  unique (selection_id, user_id)
);

-- A judge's scores of one nomination, final once submitted (no update path). `total_centi` is the weighted
-- total in hundredths of a point (0–10000).
create table selection_scores (
  id bigint generated always as identity primary key,
  nomination_id bigint not null references selection_nominations(id),
  judge_id bigint not null references selection_judges(id),
  scores jsonb not null,
  total_centi integer not null check (total_centi between 0 and 10000),
  submitted_at timestamptz not null default now(),
  unique (nomination_id, judge_id)
);

create table selection_objections (
  id bigint generated always as identity primary key,
  selection_id bigint not null references selections(id),
  nomination_id bigint not null references selection_nominations(id),
  text text not null,
  contact_name text not null,
  contact_phone text not null,
  status text not null default 'open' check (status in ('open', 'upheld', 'dismissed')),
  decision text,
  decided_by bigint,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  check ((status = 'open') = (decision is null))
);
create index selection_objections_selection_idx on selection_objections (selection_id, status);

-- Objections per key (a keyed hash of the address) in a fixed window, counted by one upsert.
create table selection_counters (
  key text primary key,
  n integer not null,
  window_start timestamptz not null
);
