-- Payment batches pay unpaid, unreversed entitlements. payment_items.ledger_entry_id is unique, so an
-- entitlement can sit in one batch only: it is never paid twice. request_key makes retried creation
-- requests return the batch they already created.
create table payment_batches (
  id bigint generated always as identity primary key,
  program_id bigint not null references programs(id),
  org_id bigint not null references orgs(id),
  status text not null default 'draft' check (status in ('draft', 'exported', 'paid', 'cancelled')),
  request_key text,
  item_count integer not null default 0,
  total_fen bigint not null default 0,
  note text,
  created_by bigint,
  created_at timestamptz not null default now(),
  exported_at timestamptz,
  paid_at timestamptz,
  paid_by bigint,
  paid_reference text,
  cancelled_at timestamptz
);
create unique index payment_batches_request_idx on payment_batches (coalesce(created_by, 0), request_key)
  where request_key is not null;
create index payment_batches_program_idx on payment_batches (program_id);

create table payment_items (
  id bigint generated always as identity primary key,
  batch_id bigint not null references payment_batches(id),
  ledger_entry_id bigint not null unique references ledger_entries(id),
  program_id bigint not null references programs(id),
  person_id bigint references persons(id),
  org_id bigint not null references orgs(id),
  amount_fen bigint not null check (amount_fen > 0)
);
create index payment_items_batch_idx on payment_items (batch_id);
