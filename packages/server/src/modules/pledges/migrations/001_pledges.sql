-- 办实事 projects: what a union promises its workers for a year, followed to completion.
create table pledges (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  year integer not null check (year between 2000 and 2100),
  title text not null,
  category text not null check (category in ('skills', 'conditions', 'relief', 'welfare', 'special_groups')),
  description text,
  budget_fen bigint not null check (budget_fen >= 0),
  department text not null,
  -- A project promised again every year (团体意外伤害保险 since 2014) carries the same series name each year.
  series text,
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'completed', 'cancelled')),
  completed_on date,
  spent_fen bigint check (spent_fen >= 0),
  beneficiary_count integer check (beneficiary_count >= 0),
  beneficiary_note text,
  -- What was delivered, counted: 165 个投递员之家.
  output_qty integer check (output_qty >= 0),
  output_unit text,
  cancel_reason text,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'completed') = (completed_on is not null))
);
create index pledges_org_year_idx on pledges (org_id, year);
create trigger pledges_federation before insert on pledges
  for each row execute function fill_federation_id('org_id');

create table pledge_milestones (
  id bigint generated always as identity primary key,
  pledge_id bigint not null references pledges(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  title text not null,
  due_on date not null,
  done_on date
);
create index pledge_milestones_pledge_idx on pledge_milestones (pledge_id, due_on);
create trigger pledge_milestones_federation before insert on pledge_milestones
  for each row execute function fill_federation_id('org_id');

-- Completion evidence: photos, acceptance reports, receipts.
create table pledge_evidence (
  id bigint generated always as identity primary key,
  pledge_id bigint not null references pledges(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  file_name text not null,
  mime text not null,
  data bytea not null,
  uploaded_at timestamptz not null default now()
);
create index pledge_evidence_pledge_idx on pledge_evidence (pledge_id);
create trigger pledge_evidence_federation before insert on pledge_evidence
  for each row execute function fill_federation_id('org_id');
