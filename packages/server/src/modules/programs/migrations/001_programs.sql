-- A program is data: who owns it, its period, limits, intake modes and review chain. Its eligibility rule
-- and amount rule live in immutable versions (002); current_version names the one new applications use.
create table programs (
  id bigint generated always as identity primary key,
  owner_org_id bigint not null references orgs(id),
  preset_key text,
  name text not null,
  description text,
  category text not null check (category in ('subsidy', 'relief', 'quota_benefit', 'flash_claim', 'insurance')),
  period_label text not null,
  period_start date not null,
  period_end date not null,
  period_unit text not null check (period_unit in ('year', 'whole')),
  applicant_type text not null default 'person' check (applicant_type in ('person', 'union')),
  intake_modes text[] not null default '{apply}',
  limit_mode text not null default 'per_person_per_period'
    check (limit_mode in ('per_person_per_period', 'per_subject', 'none')),
  subject_kind text check (subject_kind in ('certificate', 'award', 'training', 'patent')),
  quota integer check (quota >= 0),
  budget_fen bigint check (budget_fen >= 0),
  review_chain smallint[] not null default '{}',
  required_evidence jsonb not null default '[]',
  -- Claims need an approved application in this program for the same period (e.g. insurance enrolment).
  prerequisite_program_id bigint references programs(id),
  status text not null default 'draft' check (status in ('draft', 'published', 'closed')),
  current_version integer not null default 1,
  claim_starts_at timestamptz,
  claim_ends_at timestamptz,
  lottery boolean not null default false,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz,
  closed_at timestamptz,
  check (period_end >= period_start),
  check (limit_mode <> 'per_subject' or subject_kind is not null)
);
create index programs_owner_idx on programs (owner_org_id);
create unique index programs_preset_idx on programs (owner_org_id, preset_key) where preset_key is not null;
