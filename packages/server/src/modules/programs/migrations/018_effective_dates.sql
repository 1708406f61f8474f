-- The day each event of an application took effect (ADR 40). A decision recorded after the fact (补录) carries
-- its own day here and its moment in the decision's column (applications.decided_at, a ledger entry's
-- created_at, payment_batches.paid_at: the start of that day in China); `at` stays the moment it was entered.
alter table application_events add column effective_on date;
update application_events set effective_on = ((at at time zone 'UTC') + interval '8 hours')::date;
alter table application_events
  alter column effective_on set default (((now() at time zone 'UTC') + interval '8 hours')::date),
  alter column effective_on set not null;
