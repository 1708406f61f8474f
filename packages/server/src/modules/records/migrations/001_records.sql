-- What a person has achieved: the evidence programs look at. One table with a kind discriminator so that
-- set-based eligibility rules can test any kind with one correlated exists (...) per rule.
-- subject_key names the thing itself ('cert:<number>', 'patent:<patent_no>', ...): a program limited per
-- subject pays each subject once. A patent has one row per inventor, all sharing its subject_key.
create table records (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons(id),
  kind text not null check (kind in ('certificate', 'award', 'training', 'patent')),
  occurred_on date not null,
  year integer not null,
  subject_key text not null,
  grade smallint check (grade between 1 and 5),
  occupation text,
  issuer text,
  number text,
  level text check (level in ('enterprise', 'district', 'city', 'national', 'international')),
  level_rank smallint check (level_rank between 0 and 4),
  rank text,
  competition text,
  course text,
  organiser text,
  fee_fen bigint check (fee_fen >= 0),
  patent_type text check (patent_type in ('invention', 'utility_model', 'design')),
  patent_no text,
  inventor_order smallint check (inventor_order >= 1),
  title text,
  source text not null default 'staff' check (source in ('staff', 'import', 'event')),
  org_id bigint references orgs(id),
  created_by bigint,
  created_at timestamptz not null default now(),
  check (year = extract(year from occurred_on)),
  check (kind <> 'certificate' or (grade is not null and occupation is not null and number is not null)),
  check (kind <> 'award' or (level is not null and level_rank is not null and rank is not null and competition is not null)),
  check (kind <> 'training' or (course is not null and fee_fen is not null)),
  check (kind <> 'patent' or (patent_type is not null and patent_no is not null and inventor_order is not null))
);
create index records_kind_person_idx on records (kind, person_id);
create index records_kind_year_idx on records (kind, year);
create index records_person_idx on records (person_id);
-- One record per subject; a patent's inventors share the subject, one row per inventor and per position.
create unique index records_subject_uq on records (kind, subject_key) where kind <> 'patent';
create unique index records_patent_inventor_uq on records (subject_key, person_id) where kind = 'patent';
create unique index records_patent_order_uq on records (subject_key, inventor_order) where kind = 'patent';
