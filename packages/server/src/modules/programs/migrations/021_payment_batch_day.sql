-- The day a payment batch was made (issue 23, ADR 40): a union bringing its past in records a 2020 batch in
-- 2026. created_at stays the moment it was entered; effective_on is the day it happened, China time.
alter table payment_batches add column effective_on date;
update payment_batches set effective_on = ((created_at at time zone 'UTC') + interval '8 hours')::date;
alter table payment_batches
  alter column effective_on set default (((now() at time zone 'UTC') + interval '8 hours')::date),
  alter column effective_on set not null;
