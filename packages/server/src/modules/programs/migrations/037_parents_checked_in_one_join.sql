-- A ledger entry's application, an application event's application, and a payment item's entry and batch: checked
-- by one join when every parent is the statement's own transaction's (issue 42, ADR 127). Migration 033's triggers
-- first lock the parents another transaction wrote (one join of the new rows to their parents, `refs_lock_parents`),
-- then join the new rows to their parents again to check them. A file of past payments writes every parent in the
-- same transaction as its children: the lock finds nothing to lock, and the check then reads the same parents again
-- (60,000 parent look-ups of the four statements' 80,000). Each trigger now first asks, in one join, whether some
-- row's parent is missing, another transaction's, or not what the row copies; when none is, no parent needs a lock
-- and every check passes, so the trigger ends. Otherwise it runs migration 033's body unchanged: the same locks,
-- checks and refusals (SQLSTATE 23503, the same names and details). A parent written in a subtransaction has
-- another xmin and takes the full path, as refs_lock_parents locks it (slower, never wrong).
create or replace function ledger_entries_check_copies() returns trigger language plpgsql as $$
declare
  bad record;
begin
  -- Each parent found, written by this transaction, and what the row copies of it: nothing to lock nor refuse.
  perform 1 from ledger_entries_new n left join applications a on a.id = n.application_id
   where a.id is null or a.xmin <> pg_current_xact_id()::xid or n.program_id <> a.program_id
      or n.person_id is distinct from a.person_id or n.org_id is distinct from coalesce(a.applicant_org_id, a.org_id)
   limit 1;
  if not found then return null; end if;
  execute refs_lock_parents('applications', 'id', 'ledger_entries_new', 'application_id');
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
begin
  -- Each parent found, written by this transaction, and what the row copies of it: nothing to lock nor refuse.
  perform 1 from payment_items_new n left join ledger_entries e on e.id = n.ledger_entry_id
    left join payment_batches b on b.id = n.batch_id
   where e.id is null or b.id is null or e.xmin <> pg_current_xact_id()::xid or b.xmin <> pg_current_xact_id()::xid
      or n.program_id <> e.program_id or n.org_id <> e.org_id or n.person_id is distinct from e.person_id
   limit 1;
  if not found then return null; end if;
  execute refs_lock_parents('ledger_entries', 'id', 'payment_items_new', 'ledger_entry_id');
  execute refs_lock_parents('payment_batches', 'id', 'payment_items_new', 'batch_id');
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

create or replace function application_events_check_application() returns trigger language plpgsql as $$
declare
  missing bigint;
begin
  -- Each parent found, written by this transaction, and what the row copies of it: nothing to lock nor refuse.
  perform 1 from application_events_new n left join applications a on a.id = n.application_id
   where a.id is null or a.xmin <> pg_current_xact_id()::xid limit 1;
  if not found then return null; end if;
  execute refs_lock_parents('applications', 'id', 'application_events_new', 'application_id');
  select n.application_id into missing
    from application_events_new n left join applications a on a.id = n.application_id where a.id is null limit 1;
  if found then
    raise foreign_key_violation using
      message = 'insert or update on table "application_events" violates foreign key constraint "application_events_application_id_fkey"',
      detail = format('Key (application_id)=(%s) is not present in table "applications".', missing);
  end if;
  return null;
end $$;
