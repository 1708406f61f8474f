-- The person and union a ledger entry repeats from its application, and the person a payment item repeats from its
-- entry, are checked once per statement against the parent, not by a foreign key per row (ADR 96, issue 42). A
-- composite key could not take them (ADR 90): the person is null for a union's application, and a key with a null
-- column checks nothing. Each key cost about 3 µs a row (20,000 past payments: three keys, about 0.2 s of the
-- database's time). The statement triggers join the statement's new rows to their parents once and refuse the
-- statement (SQLSTATE 23503, as the keys did) when a copy differs from its parent:
--   an entry's person is its application's person; its union is the applying union of a union's application
--   (applicant_org_id), else the application's union (review.service, the claims, the draw, past payments);
--   an item's person is its entry's person (every path copies it from the entry).
-- The parents' own keys say the person and union exist, and the parents cannot go while a copy names them (an entry
-- keeps its application by its composite key, an item its entry), so nothing the keys guarded is lost; a copy
-- that disagrees with its parent, which the keys let in, is now refused. Entries are never updated (migration 006);
-- an item's person is never updated, and an update that changes it is checked the same way.
alter table ledger_entries
  drop constraint ledger_entries_person_id_fkey,
  drop constraint ledger_entries_org_id_fkey;

create function ledger_entries_check_copies() returns trigger language plpgsql as $$
declare
  bad record;
begin
  select n.id, n.application_id, n.person_id, n.org_id into bad
    from ledger_entries_new n left join applications a on a.id = n.application_id
   where a.id is null or n.person_id is distinct from a.person_id
      or n.org_id is distinct from coalesce(a.applicant_org_id, a.org_id)
   limit 1;
  if found then
    raise foreign_key_violation using
      message = 'insert on table "ledger_entries" violates foreign key constraint "ledger_entries_copies_check"',
      detail = format('Key (application_id, person_id, org_id)=(%s, %s, %s) is not its application''s.',
                      bad.application_id, coalesce(bad.person_id::text, 'null'), coalesce(bad.org_id::text, 'null'));
  end if;
  return null;
end $$;
create trigger ledger_entries_copies after insert on ledger_entries
  referencing new table as ledger_entries_new
  for each statement execute function ledger_entries_check_copies();

alter table payment_items drop constraint payment_items_person_id_fkey;

create function payment_items_check_copies() returns trigger language plpgsql as $$
declare
  bad record;
begin
  select n.ledger_entry_id, n.person_id into bad
    from payment_items_new n left join ledger_entries e on e.id = n.ledger_entry_id
   where e.id is null or n.person_id is distinct from e.person_id
   limit 1;
  if found then
    raise foreign_key_violation using
      message = 'insert or update on table "payment_items" violates foreign key constraint "payment_items_copies_check"',
      detail = format('Key (ledger_entry_id, person_id)=(%s, %s) is not its entry''s.',
                      bad.ledger_entry_id, coalesce(bad.person_id::text, 'null'));
  end if;
  return null;
end $$;
create trigger payment_items_copies after insert on payment_items
  referencing new table as payment_items_new
  for each statement execute function payment_items_check_copies();
create trigger payment_items_copies_update after update on payment_items
  referencing new table as payment_items_new
  for each statement execute function payment_items_check_copies();
