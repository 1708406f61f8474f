-- A ledger entry's application, an application event's application, and a payment item's entry and batch are
-- checked once per statement, not by a foreign key per row, and a parent this transaction wrote itself is not
-- locked (issue 42, ADR 100). Past payments write each payment's application, entry, event and item in one
-- transaction: 80,000 key checks, each a locking look-up of a row the same transaction had just inserted — about
-- 0.25 of the database's 2 CPU-seconds for 20,000 rows. No other transaction sees such a parent before this one
-- commits, and then it sees the children with it, so a lock on it guards nothing; a parent another transaction
-- committed is locked as a key locks it (key share, once each), so a concurrent delete still waits.
-- The statement triggers refuse what the keys refused (SQLSTATE 23503, naming the key as it was named) and the copies
-- as migration 029 did; an update of an event's application is checked by a row trigger, an item's by the statement
-- trigger of its updates; an application or a batch that children name cannot be deleted nor renumbered
-- (refs_kept, ADR 95), and ledger entries are never updated nor deleted (migration 006). The composite keys'
-- unique indexes (migration 027) served those keys only and go with them.

create or replace function ledger_entries_check_copies() returns trigger language plpgsql as $$
declare
  bad record;
  others bigint[];
begin
  -- The parents another transaction wrote, locked first as the keys locked them (key share, once each), so the
  -- check below reads them after any concurrent delete has ended.
  select array_agg(distinct a.id) into others
    from ledger_entries_new n join applications a on a.id = n.application_id
   where a.xmin <> pg_current_xact_id()::xid;
  if others is not null then
    perform 1 from applications a where a.id = any(others) for key share of a;
  end if;
  select n.id, n.application_id, n.program_id, n.person_id, n.org_id, a.id as parent, a.program_id as parent_program
    into bad
    from ledger_entries_new n left join applications a on a.id = n.application_id
   where a.id is null or n.program_id <> a.program_id or n.person_id is distinct from a.person_id
      or n.org_id is distinct from coalesce(a.applicant_org_id, a.org_id)
   limit 1;
  if found and (bad.parent is null or bad.program_id <> bad.parent_program) then
    raise foreign_key_violation using
      message = 'insert or update on table "ledger_entries" violates foreign key constraint "ledger_entries_application_fkey"',
      detail = format('Key (application_id, program_id)=(%s, %s) is not present in table "applications".',
                      bad.application_id, bad.program_id);
  elsif found then
    raise foreign_key_violation using
      message = 'insert on table "ledger_entries" violates foreign key constraint "ledger_entries_copies_check"',
      detail = format('Key (application_id, person_id, org_id)=(%s, %s, %s) is not its application''s.',
                      bad.application_id, coalesce(bad.person_id::text, 'null'), coalesce(bad.org_id::text, 'null'));
  end if;
  return null;
end $$;

create or replace function payment_items_check_copies() returns trigger language plpgsql as $$
declare
  bad record;
  others bigint[];
begin
  select array_agg(distinct e.id) into others
    from payment_items_new n join ledger_entries e on e.id = n.ledger_entry_id
   where e.xmin <> pg_current_xact_id()::xid;
  if others is not null then
    perform 1 from ledger_entries e where e.id = any(others) for key share of e;
  end if;
  select array_agg(distinct b.id) into others
    from payment_items_new n join payment_batches b on b.id = n.batch_id
   where b.xmin <> pg_current_xact_id()::xid;
  if others is not null then
    perform 1 from payment_batches b where b.id = any(others) for key share of b;
  end if;
  select n.ledger_entry_id, n.program_id, n.org_id, n.person_id, e.id as parent, e.program_id as parent_program,
         e.org_id as parent_org
    into bad
    from payment_items_new n left join ledger_entries e on e.id = n.ledger_entry_id
   where e.id is null or n.program_id <> e.program_id or n.org_id <> e.org_id or n.person_id is distinct from e.person_id
   limit 1;
  if found and (bad.parent is null or bad.program_id <> bad.parent_program or bad.org_id <> bad.parent_org) then
    raise foreign_key_violation using
      message = 'insert or update on table "payment_items" violates foreign key constraint "payment_items_ledger_entry_fkey"',
      detail = format('Key (ledger_entry_id, program_id, org_id)=(%s, %s, %s) is not present in table "ledger_entries".',
                      bad.ledger_entry_id, bad.program_id, bad.org_id);
  elsif found then
    raise foreign_key_violation using
      message = 'insert or update on table "payment_items" violates foreign key constraint "payment_items_copies_check"',
      detail = format('Key (ledger_entry_id, person_id)=(%s, %s) is not its entry''s.',
                      bad.ledger_entry_id, coalesce(bad.person_id::text, 'null'));
  end if;
  select n.batch_id into bad
    from payment_items_new n left join payment_batches b on b.id = n.batch_id where b.id is null limit 1;
  if found then
    raise foreign_key_violation using
      message = 'insert or update on table "payment_items" violates foreign key constraint "payment_items_batch_id_fkey"',
      detail = format('Key (batch_id)=(%s) is not present in table "payment_batches".', bad.batch_id);
  end if;
  return null;
end $$;

create function application_events_check_application() returns trigger language plpgsql as $$
declare
  missing bigint;
  others bigint[];
begin
  select array_agg(distinct a.id) into others
    from application_events_new n join applications a on a.id = n.application_id
   where a.xmin <> pg_current_xact_id()::xid;
  if others is not null then
    perform 1 from applications a where a.id = any(others) for key share of a;
  end if;
  select n.application_id into missing
    from application_events_new n left join applications a on a.id = n.application_id where a.id is null limit 1;
  if found then
    raise foreign_key_violation using
      message = 'insert or update on table "application_events" violates foreign key constraint "application_events_application_id_fkey"',
      detail = format('Key (application_id)=(%s) is not present in table "applications".', missing);
  end if;
  return null;
end $$;
create trigger application_events_application after insert on application_events
  referencing new table as application_events_new
  for each statement execute function application_events_check_application();
create trigger application_events_application_changed before update of application_id on application_events
  for each row when (new.application_id is distinct from old.application_id)
  execute function refs_checked_per_row('application_id', 'applications', 'id');

alter table ledger_entries drop constraint ledger_entries_application_fkey;
alter table payment_items
  drop constraint payment_items_ledger_entry_fkey,
  drop constraint payment_items_batch_id_fkey;
alter table application_events drop constraint application_events_application_id_fkey;
alter table applications drop constraint applications_id_program_key;
alter table ledger_entries drop constraint ledger_entries_id_program_org_key;

create trigger applications_children_kept before delete or update of id on applications
  for each row execute function refs_kept('id', 'ledger_entries', 'application=application_id', 'application_events',
                                    'application_id');
create trigger payment_batches_items_kept before delete or update of id on payment_batches
  for each row execute function refs_kept('id', 'payment_items', 'batch_id');
