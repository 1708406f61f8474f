-- One claim per accident (issue 41, ADR 62): a worker has at most one live claim — under review, with the insurer,
-- approved or paid — on a policy for an accident day. A claim returned to the claimant, rejected or withdrawn leaves
-- room for a new one. The states are those of LIVE_CLAIM_STATES in insurance.shared.ts. On a database that already
-- holds two live claims for one accident this index is refused with the duplicated key: settle those claims first.
create unique index insurance_claims_once on insurance_claims (person_id, policy_id, incident_on)
  where status in ('filed', 'forwarded', 'approved', 'paid');
