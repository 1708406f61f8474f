-- The money ledger is append-only: an approved entitlement is one row; a correction is a reversing row
-- (negative amount, reverses_id, reason). A trigger refuses UPDATE, DELETE and TRUNCATE.
create table ledger_entries (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('entitlement', 'reversal')),
  amount_fen bigint not null,
  program_id bigint not null references programs(id),
  application_id bigint not null references applications(id),
  period_key text not null,
  person_id bigint references persons(id),
  org_id bigint not null references orgs(id),
  reverses_id bigint references ledger_entries(id),
  reason text,
  created_by bigint,
  created_at timestamptz not null default now(),
  check ((kind = 'entitlement' and amount_fen > 0 and reverses_id is null)
      or (kind = 'reversal' and amount_fen < 0 and reverses_id is not null and reason is not null))
);
create unique index ledger_one_entitlement on ledger_entries (application_id) where kind = 'entitlement';
create unique index ledger_one_reversal on ledger_entries (reverses_id);
create index ledger_program_idx on ledger_entries (program_id, kind);
create index ledger_person_idx on ledger_entries (person_id);

create function ledger_entries_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'ledger_entries is append-only: % refused; record a reversal instead', tg_op;
end;
$$;
create trigger ledger_entries_no_change before update or delete on ledger_entries
  for each row execute function ledger_entries_append_only();
create trigger ledger_entries_no_truncate before truncate on ledger_entries
  for each statement execute function ledger_entries_append_only();
