-- A ledger entry repeats its application's program, and a payment item its entry's program and union: each copy
-- was checked by a foreign key of its own (ledger: program, application, person, union; item: batch, entry,
-- program, person, union — fourteen checks a payment with the application's and its history's). One composite
-- key to the parent takes the place of the parent's and the copies' keys: one check, not two or three, and the
-- copy can no longer disagree with its parent (ADR 90, issue 42). The union of an entry is the applying union for
-- a union's application (review.service), not the application's, so it keeps its own key; the person keeps its
-- own too (null for a union's application, and a composite key with a null in it checks nothing).
alter table applications add constraint applications_id_program_key unique (id, program_id);
alter table ledger_entries
  drop constraint ledger_entries_application_id_fkey,
  drop constraint ledger_entries_program_id_fkey,
  add constraint ledger_entries_application_fkey foreign key (application_id, program_id)
    references applications (id, program_id);

alter table ledger_entries add constraint ledger_entries_id_program_org_key unique (id, program_id, org_id);
alter table payment_items
  drop constraint payment_items_ledger_entry_id_fkey,
  drop constraint payment_items_program_id_fkey,
  drop constraint payment_items_org_id_fkey,
  add constraint payment_items_ledger_entry_fkey foreign key (ledger_entry_id, program_id, org_id)
    references ledger_entries (id, program_id, org_id);
