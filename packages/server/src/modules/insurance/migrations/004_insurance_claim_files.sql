-- The files of a claim's documents (issue 27): photos (their metadata removed) and PDFs uploaded from the worker's
-- phone or the staff pages against an item of the claim kind's checklist; read by the unions of the claim's chain.
create table insurance_claim_files (
  id bigint generated always as identity primary key,
  claim_id bigint not null references insurance_claims(id),
  document text not null,
  name text not null,
  mime text not null check (mime in ('image/jpeg', 'image/png', 'application/pdf')),
  data bytea not null,
  size integer not null,
  uploaded_by bigint,
  created_at timestamptz not null default now()
);
create index insurance_claim_files_claim_idx on insurance_claim_files (claim_id);
