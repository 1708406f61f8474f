-- Returns (填报任务, ADR 47): a union asks the unions of one level below it for a form's figures over a period.
-- The form is kept with the return (a copy, never shared), so a later change to a shipped form or to last year's
-- return changes nothing already issued.
create table returns (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  title text not null,
  period_kind text not null check (period_kind in ('year', 'survey_year', 'quarter', 'month', 'range')),
  period_from date not null,
  period_to date not null check (period_to >= period_from),
  -- The level of the unions that fill the return (2..5); the unions between the issuer and them consolidate.
  target_level smallint not null check (target_level between 2 and 5),
  deadline date not null,
  form jsonb not null,
  status text not null default 'draft' check (status in ('draft', 'issued', 'closed')),
  copied_from bigint references returns(id),
  created_by bigint,
  created_at timestamptz not null default now(),
  issued_at timestamptz,
  updated_at timestamptz not null default now()
);
create index returns_org_idx on returns (org_id);

-- One union's return: a filler at the target level, or a consolidating union between it and the issuer.
-- `parent_id` is the submission that consolidates this one (null: the issuer reviews it).
create table return_submissions (
  id bigint generated always as identity primary key,
  return_id bigint not null references returns(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  parent_id bigint references return_submissions(id),
  consolidates boolean not null default false,
  status text not null default 'open'
    check (status in ('open', 'submitted', 'returned', 'accepted', 'not_reported')),
  first_submitted_at timestamptz,
  submitted_at timestamptz,
  decided_at timestamptz,
  decided_by bigint,
  -- Why the union above recorded the union as 未报 (not reported).
  not_reported_reason text,
  -- The general note the union above wrote when it returned the return.
  return_note text,
  times_returned integer not null default 0,
  reminded_before boolean not null default false,
  reminded_on boolean not null default false,
  version integer not null default 0,
  updated_at timestamptz not null default now(),
  unique (return_id, org_id)
);
create index return_submissions_parent_idx on return_submissions (parent_id);
create index return_submissions_org_idx on return_submissions (org_id);
create trigger return_submissions_federation before insert on return_submissions
  for each row execute function fill_federation_id('org_id');

-- The values of a submission, one row per field or table cell (`key`: 'members', or 'table.row.column').
-- Numbers are integers: money in fen, a percentage in hundredths of a percent. `bound_num` is the figure Gonghui
-- computed for a bound field (kept even when the union changed the value, with its `reason`). `total_num` is what
-- the union reports up: its own value for a filler; for a consolidating union, its own plus its accepted unions',
-- fixed when it submits (null until then).
create table return_values (
  submission_id bigint not null references return_submissions(id) on delete cascade,
  key text not null,
  org_id bigint not null,
  federation_id bigint not null,
  num bigint,
  txt text,
  bound_num bigint,
  total_num bigint,
  source text not null check (source in ('bound', 'typed', 'sheet')),
  reason text,
  entered_by bigint,
  entered_at timestamptz not null default now(),
  primary key (submission_id, key)
);
create trigger return_values_federation before insert on return_values
  for each row execute function fill_federation_id('org_id');

-- Every change of a value: who, when, from which source, what it was and became, and why.
create table return_value_history (
  id bigint generated always as identity primary key,
  submission_id bigint not null references return_submissions(id) on delete cascade,
  org_id bigint not null,
  federation_id bigint not null,
  key text not null,
  old_num bigint,
  old_txt text,
  new_num bigint,
  new_txt text,
  source text not null check (source in ('bound', 'typed', 'sheet')),
  reason text,
  changed_by bigint,
  changed_at timestamptz not null default now()
);
create index return_value_history_sub_idx on return_value_history (submission_id, key);
create trigger return_value_history_federation before insert on return_value_history
  for each row execute function fill_federation_id('org_id');

-- The union above's comments on a returned submission, per field ('' for the whole return).
create table return_comments (
  id bigint generated always as identity primary key,
  submission_id bigint not null references return_submissions(id) on delete cascade,
  org_id bigint not null,
  federation_id bigint not null,
  key text not null,
  body text not null,
  round integer not null,
  written_by bigint,
  written_at timestamptz not null default now()
);
create index return_comments_sub_idx on return_comments (submission_id);
create trigger return_comments_federation before insert on return_comments
  for each row execute function fill_federation_id('org_id');
