-- Pickup (核销) of in-kind flash claims. The program states where and when winners collect; each winner's
-- granted claim gets one pickup code (digits, shown with a QR on the worker's phone), created when first
-- shown. Staff at the pickup point redeem it once: one guarded UPDATE (`redeemed_at is null`).
alter table programs add column pickup_place text;
alter table programs add column pickup_time text;

create table pickup_codes (
  application_id bigint primary key references applications(id),
  program_id bigint not null references programs(id),
  person_id bigint not null references persons(id),
  -- The winner's union (scope of the per-union figures).
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  -- 8 digits, unique across the platform so staff type digits only.
  code text not null unique check (code ~ '^[0-9]{8}$'),
  created_at timestamptz not null default now(),
  redeemed_at timestamptz,
  redeemed_by bigint,
  redeemed_by_name text
);
create index pickup_codes_program_idx on pickup_codes (program_id) where redeemed_at is not null;
create trigger pickup_codes_federation before insert on pickup_codes
  for each row execute function fill_federation_id('org_id');

-- Failed redeem attempts (unknown codes) per staff account: guessing is throttled.
create table pickup_failures (
  user_id bigint not null,
  at timestamptz not null default now()
);
create index pickup_failures_user_idx on pickup_failures (user_id, at);
