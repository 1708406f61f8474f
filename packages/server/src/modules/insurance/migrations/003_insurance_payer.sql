-- Who pays the worker a claim's payout (issue 27): the insurer directly, or the policy's union, which pays through
-- the programs ledger and is reimbursed by the insurer. A claim the union pays keeps the ledger application that
-- pays it (one per claim: the program grants the subject 'insurance-claim:<id>' once).
alter table insurance_policies add column payer text not null default 'insurer' check (payer in ('insurer', 'union'));
alter table insurance_claims add column ledger_application_id bigint;
create unique index insurance_claims_ledger_idx on insurance_claims (ledger_application_id)
  where ledger_application_id is not null;
