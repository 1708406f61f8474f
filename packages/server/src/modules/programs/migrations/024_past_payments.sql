-- Payments to people recorded after the fact (issue 42, ADR 74): a stipend or a subsidy a union paid before it used
-- the platform, or outside it, brought in from its register. Each is an application that came in as 'register':
-- approved on its day (decided_at, the start of that day in China) with the amount actually paid, its entitlement
-- dated that day and paid by a batch marked paid on the day paid, so the counts (migration 016, 017), the ledger
-- and its reconciliation see it as they see any other. The program's present period, amount and eligibility are
-- not asked: the decision was made then. Its dedupe key ('register:<person>:<approved>:<paid>:<fen>') keeps the
-- same payment from being recorded twice, and never meets a key of the platform's own applications.
alter table applications drop constraint applications_intake_check;
alter table applications add constraint applications_intake_check
  check (intake in ('apply', 'batch', 'proposal', 'claim', 'nomination', 'register'));
