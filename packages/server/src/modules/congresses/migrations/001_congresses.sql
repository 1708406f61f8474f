-- Workers' congresses (职工代表大会, or 职工大会 in a small enterprise), issue 28: terms and delegates, sessions with
-- attendance, proposals (提案) with co-signatures, examination, answer and rating, votes, and 厂务公开.
create table congresses (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id) unique,
  name text not null,
  kind text not null default 'congress' check (kind in ('congress', 'assembly')),
  -- The legal proportions of the delegates, checked on the roster (warnings with the figures).
  frontline_min_pct integer not null default 50 check (frontline_min_pct between 0 and 100),
  manager_max_pct integer not null default 20 check (manager_max_pct between 0 and 100),
  -- Co-signatures (附议) a proposal needs before the proposal committee examines it.
  cosign_min integer not null default 2 check (cosign_min between 0 and 50),
  -- Working days a department has to answer an assigned proposal.
  answer_days integer not null default 15 check (answer_days between 1 and 250),
  created_by bigint,
  created_at timestamptz not null default now()
);

create table congress_terms (
  id bigint generated always as identity primary key,
  congress_id bigint not null references congresses(id),
  number integer not null check (number between 1 and 1000),
  starts_on date not null,
  ends_on date not null check (ends_on >= starts_on),
  unique (congress_id, number)
);

-- 代表团/组: the delegates of a term elected by one union of the enterprise.
create table congress_delegations (
  id bigint generated always as identity primary key,
  term_id bigint not null references congress_terms(id),
  org_id bigint not null references orgs(id),
  name text not null,
  unique (term_id, name)
);

-- A delegate's seat: as elected (category and sex as they were), ended when replaced or gone (who, when, why).
create table congress_delegates (
  id bigint generated always as identity primary key,
  term_id bigint not null references congress_terms(id),
  delegation_id bigint not null references congress_delegations(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  category text not null check (category in ('frontline', 'technician', 'manager', 'other')),
  is_female boolean not null,
  elected_on date not null,
  ended_on date,
  end_reason text,
  replaced_by bigint references congress_delegates(id),
  created_at timestamptz not null default now()
);
create unique index congress_delegates_seat on congress_delegates (term_id, person_id) where ended_on is null;
create index congress_delegates_person_idx on congress_delegates (person_id);
create trigger congress_delegates_federation before insert on congress_delegates
  for each row execute function fill_federation_id('org_id');

create table congress_sessions (
  id bigint generated always as identity primary key,
  term_id bigint not null references congress_terms(id),
  number integer not null check (number between 1 and 1000),
  title text not null,
  held_on date not null,
  proposals_from date not null,
  proposals_until date not null check (proposals_until >= proposals_from),
  created_at timestamptz not null default now(),
  unique (term_id, number)
);

create table congress_attendance (
  session_id bigint not null references congress_sessions(id),
  delegate_id bigint not null references congress_delegates(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  primary key (session_id, delegate_id)
);
create trigger congress_attendance_federation before insert on congress_attendance
  for each row execute function fill_federation_id('org_id');

create table congress_proposals (
  id bigint generated always as identity primary key,
  session_id bigint not null references congress_sessions(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  delegate_id bigint not null references congress_delegates(id),
  person_id bigint not null references persons(id),
  title text not null,
  body text not null,
  status text not null default 'filed'
    check (status in ('filed', 'accepted', 'rejected', 'merged', 'assigned', 'answered', 'closed')),
  filed_on date not null,
  decided_on date,
  decision_reason text,
  merged_into bigint references congress_proposals(id),
  department text,
  assigned_on date,
  due_on date,
  answer text,
  answered_on date,
  answers integer not null default 0,
  rating text check (rating in ('satisfied', 'basic', 'dissatisfied')),
  rated_on date,
  first_rating text check (first_rating in ('satisfied', 'basic', 'dissatisfied')),
  created_at timestamptz not null default now()
);
create index congress_proposals_session_idx on congress_proposals (session_id);
create index congress_proposals_person_idx on congress_proposals (person_id);
create trigger congress_proposals_federation before insert on congress_proposals
  for each row execute function fill_federation_id('org_id');

create table congress_cosigns (
  proposal_id bigint not null references congress_proposals(id),
  delegate_id bigint not null references congress_delegates(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  signed_on date not null,
  primary key (proposal_id, delegate_id)
);
create trigger congress_cosigns_federation before insert on congress_cosigns
  for each row execute function fill_federation_id('org_id');

-- A proposal made a 办实事 project (module pledges): the link is kept here, pledges knows nothing of congresses.
create table congress_proposal_pledges (
  proposal_id bigint primary key references congress_proposals(id),
  pledge_id bigint not null unique,
  org_id bigint not null references orgs(id),
  linked_on date not null
);

-- Matters put to the vote in a session (决议, 集体合同草案, 福利方案 …).
create table congress_motions (
  id bigint generated always as identity primary key,
  session_id bigint not null references congress_sessions(id),
  title text not null,
  kind text not null check (kind in ('resolution', 'agreement', 'welfare', 'other')),
  status text not null default 'open' check (status in ('open', 'closed')),
  opened_on date not null,
  closed_on date,
  delegates integer,
  present integer,
  yes integer,
  no integer,
  abstain integer,
  result text check (result in ('passed', 'failed', 'no_quorum'))
);
create index congress_motions_session_idx on congress_motions (session_id);

-- One delegate, one ballot: the primary key refuses a second.
create table congress_ballots (
  motion_id bigint not null references congress_motions(id),
  delegate_id bigint not null references congress_delegates(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  choice text not null check (choice in ('yes', 'no', 'abstain')),
  cast_at timestamptz not null default now(),
  primary key (motion_id, delegate_id)
);
create trigger congress_ballots_federation before insert on congress_ballots
  for each row execute function fill_federation_id('org_id');

-- 厂务公开: what the enterprise discloses to its members, with read counts (each member once).
create table congress_disclosures (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  category text not null check (category in ('finance', 'welfare', 'safety', 'performance', 'wages', 'other')),
  title text not null,
  body text not null,
  published_on date not null,
  reads integer not null default 0,
  created_by bigint,
  created_at timestamptz not null default now()
);
create index congress_disclosures_org_idx on congress_disclosures (org_id, published_on);
create trigger congress_disclosures_federation before insert on congress_disclosures
  for each row execute function fill_federation_id('org_id');

create table congress_disclosure_reads (
  disclosure_id bigint not null references congress_disclosures(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  read_at timestamptz not null default now(),
  primary key (disclosure_id, person_id)
);
create trigger congress_disclosure_reads_federation before insert on congress_disclosure_reads
  for each row execute function fill_federation_id('org_id');
