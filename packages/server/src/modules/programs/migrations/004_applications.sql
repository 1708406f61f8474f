-- One application per applicant (person or union) and subject. dedupe_key is unique among live
-- applications of a program: 'person:<id>:<period>', 'union:<id>:<period>' or 'subject:<subject_key>'.
create table applications (
  id bigint generated always as identity primary key,
  program_id bigint not null references programs(id),
  version integer not null,
  person_id bigint references persons(id),
  applicant_org_id bigint references orgs(id),
  org_id bigint not null references orgs(id),
  subject_record_id bigint,
  subject_key text,
  period_key text not null,
  applied_on date not null default current_date,
  dedupe_key text not null,
  status text not null default 'submitted'
    check (status in ('submitted', 'returned', 'approved', 'rejected', 'withdrawn')),
  step integer not null default 0,
  step_org_id bigint references orgs(id),
  amount_fen bigint check (amount_fen >= 0),
  fee_fen bigint check (fee_fen >= 0),
  choice_key text,
  decision jsonb not null,
  intake text not null check (intake in ('apply', 'batch', 'proposal', 'claim', 'nomination')),
  note text,
  submitted_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  decided_at timestamptz,
  check (person_id is not null or applicant_org_id is not null)
);
create unique index applications_live_dedupe on applications (program_id, dedupe_key)
  where status in ('submitted', 'returned', 'approved');
create index applications_queue_idx on applications (step_org_id, status, program_id);
create index applications_program_idx on applications (program_id, status);
create index applications_person_idx on applications (person_id);
create index applications_org_idx on applications (org_id);
