-- Collective agreements (集体合同) and special agreements (专项协议) a union signed with employers.
create table agreements (
  id bigint generated always as identity primary key,
  -- The union party to the agreement; lists and access follow its subtree.
  org_id bigint not null references orgs(id),
  kind text not null check (kind in ('general', 'wage', 'women', 'safety')),
  level text not null check (level in ('area', 'industry', 'enterprise')),
  title text not null,
  -- The employer party or parties as signed (an enterprise, an employers' association of an area or industry).
  employer text not null,
  signed_on date not null,
  effective_on date not null,
  expires_on date not null,
  clauses text[] not null default '{}',
  note text,
  created_by bigint,
  created_at timestamptz not null default now(),
  check (effective_on >= signed_on),
  check (expires_on >= effective_on)
);
create index agreements_org_idx on agreements (org_id);
create index agreements_expiry_idx on agreements (expires_on);

-- The agreement's text (the signed document), one file per agreement.
create table agreement_texts (
  agreement_id bigint primary key references agreements(id),
  file_name text not null,
  mime text not null,
  data bytea not null,
  uploaded_at timestamptz not null default now()
);

-- Enterprises agreements cover, known by credit code, once on the platform. `org_id` is where the enterprise
-- counts in the statistics: its own grassroots union when it has one in the listing union's subtree (then
-- `has_union`), else the union whose agreement listed it first. Fixed at the first listing, so counts kept
-- in the reporting layer add up and subtract exactly.
create table agreement_enterprises (
  uscc text primary key,
  name text not null,
  org_id bigint not null references orgs(id),
  has_union boolean not null,
  has_women boolean not null
);

-- Which enterprises an agreement covers, with the workers (and women workers) there when it was listed.
create table agreement_coverage (
  agreement_id bigint not null references agreements(id),
  uscc text not null references agreement_enterprises(uscc),
  workers integer not null check (workers >= 0),
  women_workers integer not null check (women_workers >= 0 and women_workers <= workers),
  primary key (agreement_id, uscc)
);
create index agreement_coverage_uscc_idx on agreement_coverage (uscc);
