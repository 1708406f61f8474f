-- Caring units (爱心单位): enterprises or persons outside the union tree who give to a union or a fund.
-- `org_id` is the union that keeps the donor's file; its subtree sees the donor.
create table donors (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  kind text not null check (kind in ('enterprise', 'person')),
  name text not null,
  contact_name text,
  -- Personal data: shown masked in lists; each read of the full donor file is audited.
  phone text,
  address text,
  note text,
  created_by bigint,
  created_at timestamptz not null default now()
);
create index donors_org_idx on donors (org_id);
create unique index donors_name_per_union on donors (org_id, name);
create trigger donors_federation before insert on donors
  for each row execute function fill_federation_id('org_id');

-- Special funds (专项基金) run by a union. Grants go through the fund's program (owned by the same union), so
-- they are reviewed and paid like any grant and sit in the programs ledger (ADR 26).
create table funds (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  name text not null,
  purpose text not null,
  founded_on date not null,
  founder_id bigint references donors(id),
  program_id bigint references programs(id),
  -- Who the fund helps, in the words its reports use (e.g. 单亲困难女职工子女).
  beneficiary text not null,
  created_by bigint,
  created_at timestamptz not null default now()
);
create unique index funds_name_per_union on funds (org_id, name);
create unique index funds_program_idx on funds (program_id) where program_id is not null;

-- Years of a fund before it was run on the platform, as its yearly reports give them (income, grants, people
-- helped). Entered once per year and never changed.
create table fund_years (
  fund_id bigint not null references funds(id),
  year integer not null check (year between 1990 and 2200),
  income_fen bigint not null check (income_fen >= 0),
  granted_fen bigint not null check (granted_fen >= 0),
  helped integer not null check (helped >= 0),
  primary key (fund_id, year)
);

-- What a donor gave: money (amount) or goods (value, quantity and unit), to a union or to one of its funds.
-- Goods may go into a care campaign's stock (`campaign_id`, received there once per donation).
create table donations (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  donor_id bigint not null references donors(id),
  fund_id bigint references funds(id),
  kind text not null check (kind in ('money', 'goods')),
  received_on date not null,
  -- Money: the amount; goods: their value as stated by the donor (0 when not stated).
  amount_fen bigint not null check (amount_fen >= 0),
  item text,
  quantity integer check (quantity > 0),
  unit text,
  campaign_id bigint,
  note text,
  created_by bigint,
  created_at timestamptz not null default now(),
  check ((kind = 'money' and amount_fen > 0 and item is null and quantity is null and unit is null and campaign_id is null)
      or (kind = 'goods' and item is not null and quantity is not null and unit is not null and fund_id is null))
);
create index donations_org_idx on donations (org_id, received_on);
create index donations_donor_idx on donations (donor_id);
create index donations_fund_idx on donations (fund_id) where fund_id is not null;
create trigger donations_federation before insert on donations
  for each row execute function fill_federation_id('org_id');
