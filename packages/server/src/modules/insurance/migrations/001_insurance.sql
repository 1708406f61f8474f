-- Group accident insurance (团体意外伤害医疗保险, issue 27): a policy a union takes out for a year, who it insures
-- (from the member register, by a rule), and the claims filed on it.
create table insurance_policies (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  insurer text not null,
  policy_no text not null,
  title text not null,
  starts_on date not null,
  ends_on date not null check (ends_on >= starts_on),
  premium_fen bigint not null check (premium_fen >= 0),
  cover text not null,
  rule jsonb,
  -- A year before the platform: how many were insured and what was paid, as the union's records give them.
  recorded_insured integer check (recorded_insured >= 0),
  recorded_premium_fen bigint check (recorded_premium_fen >= 0),
  created_by bigint,
  created_at timestamptz not null default now(),
  unique (org_id, policy_no)
);
create index insurance_policies_org_idx on insurance_policies (org_id);

-- Who a policy covers, and from when to when (both days covered); `until_on` null: still covered.
create table insurance_insured (
  id bigint generated always as identity primary key,
  policy_id bigint not null references insurance_policies(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  from_on date not null,
  until_on date,
  removed_why text check (removed_why in ('left', 'not_eligible')),
  created_at timestamptz not null default now()
);
create unique index insurance_insured_open on insurance_insured (policy_id, person_id) where until_on is null;
create index insurance_insured_person_idx on insurance_insured (person_id);
create trigger insurance_insured_federation before insert on insurance_insured
  for each row execute function fill_federation_id('org_id');

-- Claims: filed by the worker or staff, checked by the policy's union and sent to the insurer, decided, paid.
create table insurance_claims (
  id bigint generated always as identity primary key,
  policy_id bigint not null references insurance_policies(id),
  person_id bigint not null references persons(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  kind text not null check (kind in ('medical', 'disability', 'death')),
  incident_on date not null,
  place text not null,
  description text not null,
  documents text[] not null default '{}',
  status text not null default 'filed'
    check (status in ('filed', 'forwarded', 'approved', 'rejected', 'paid', 'withdrawn')),
  filed_on date not null,
  filed_by bigint,
  forwarded_on date,
  decided_on date,
  payout_fen bigint check (payout_fen >= 0),
  reject_reason text,
  paid_on date,
  created_at timestamptz not null default now()
);
create index insurance_claims_policy_idx on insurance_claims (policy_id);
create index insurance_claims_person_idx on insurance_claims (person_id);
create trigger insurance_claims_federation before insert on insurance_claims
  for each row execute function fill_federation_id('org_id');
