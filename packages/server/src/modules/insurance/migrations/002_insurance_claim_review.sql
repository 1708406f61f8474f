-- A claim climbs the policy's chain before it goes to the insurer (issue 27): from the member's union up to the
-- policy's union, each union in between forwards it or returns it with a reason. `step_org_id` is the union whose
-- step it is while the claim is under review ('filed'); each step taken is kept, dated, for the claim's timeline.
alter table insurance_claims drop constraint insurance_claims_status_check;
alter table insurance_claims add constraint insurance_claims_status_check
  check (status in ('filed', 'returned', 'forwarded', 'approved', 'rejected', 'paid', 'withdrawn'));
alter table insurance_claims add column step_org_id bigint references orgs(id);
alter table insurance_claims add column return_reason text;
update insurance_claims c set step_org_id = p.org_id
  from insurance_policies p where p.id = c.policy_id and c.status = 'filed';
create index insurance_claims_step_idx on insurance_claims (step_org_id) where step_org_id is not null;

create table insurance_claim_steps (
  id bigint generated always as identity primary key,
  claim_id bigint not null references insurance_claims(id),
  org_id bigint not null references orgs(id),
  action text not null check (action in ('forward', 'return')),
  reason text,
  effective_on date not null,
  acted_by bigint,
  created_at timestamptz not null default now()
);
create index insurance_claim_steps_claim_idx on insurance_claim_steps (claim_id);
