-- The shipped form a return was started from (`grassroots_annual`, `upper_annual`), kept so that last year's
-- return of the same form is found without the return having been copied from it.
alter table returns add column form_key text;
create index returns_org_period_idx on returns (org_id, period_to);
