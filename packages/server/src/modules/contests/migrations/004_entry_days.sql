-- The day an entry was registered and the day registration closed (ADR 40, issue 42): staff bringing a past
-- contest in record them on their days (补录); the moment entered stays in `created_at` and the audit log. An entry
-- registered before this migration was registered on its `created_at` day; a registration closed before it has no
-- day kept (null).
alter table contest_entries add column entered_on date;
update contest_entries set entered_on = (created_at at time zone 'Asia/Shanghai')::date;
alter table contest_entries alter column entered_on set not null;
alter table contests add column registration_closed_on date;
