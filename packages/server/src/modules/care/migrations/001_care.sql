-- 送温暖 campaigns, their goods in stock and visits (走访慰问) (docs/adr/0024).

-- A campaign a union runs over a period (2021 冬季送温暖, Dec–Jan), with a budget.
create table care_campaigns (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  title text not null,
  starts_on date not null,
  ends_on date not null,
  budget_fen bigint not null default 0 check (budget_fen >= 0),
  note text,
  created_by bigint,
  created_at timestamptz not null default now(),
  check (ends_on >= starts_on)
);
create index care_campaigns_org_idx on care_campaigns (org_id);

-- The steps of a campaign as the seed lists them: online greetings, visits to groups, goods to enterprises,
-- funds to building federations.
create table care_steps (
  id bigint generated always as identity primary key,
  campaign_id bigint not null references care_campaigns(id),
  kind text not null check (kind in ('greetings', 'visits', 'goods', 'funds')),
  title text not null,
  budget_fen bigint not null default 0 check (budget_fen >= 0),
  position integer not null
);
create index care_steps_campaign_idx on care_steps (campaign_id, position);

-- Goods in a campaign's stock, one row per item and unit. `received` and `delivered` are running totals;
-- a delivery is one guarded update (`delivered + n <= received`), so stock never goes below zero.
create table care_stock (
  id bigint generated always as identity primary key,
  campaign_id bigint not null references care_campaigns(id),
  item text not null,
  unit text not null,
  received bigint not null default 0 check (received >= 0),
  delivered bigint not null default 0 check (delivered >= 0 and delivered <= received),
  -- The value of what was received, when known (donations in kind carry one).
  value_fen bigint not null default 0 check (value_fen >= 0),
  unique (campaign_id, item, unit)
);

-- Every receipt into stock and every delivery out of it. A receipt names its source ('purchase:…',
-- 'donation:12'); a source is received once. A delivery belongs to the visit that handed the goods out.
create table care_stock_moves (
  id bigint generated always as identity primary key,
  stock_id bigint not null references care_stock(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  kind text not null check (kind in ('receipt', 'delivery')),
  quantity bigint not null check (quantity > 0),
  value_fen bigint,
  source text unique,
  visit_id bigint,
  moved_on date not null,
  created_at timestamptz not null default now(),
  check ((kind = 'receipt') = (source is not null)),
  check ((kind = 'delivery') = (visit_id is not null))
);
create index care_stock_moves_stock_idx on care_stock_moves (stock_id);
create index care_stock_moves_visit_idx on care_stock_moves (visit_id) where visit_id is not null;
create trigger care_stock_moves_federation before insert on care_stock_moves
  for each row execute function fill_federation_id('org_id');

-- A visit to a person (a member) or to a unit (an enterprise, a building, a community, a paired village).
-- `people` is how many workers it reached (1 for a person; the workers of a unit who received something).
create table care_visits (
  id bigint generated always as identity primary key,
  campaign_id bigint references care_campaigns(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  recipient_kind text not null
    check (recipient_kind in ('person', 'enterprise', 'building', 'community', 'village')),
  person_id bigint references persons(id),
  unit_name text,
  people integer not null check (people >= 0),
  visited_on date not null,
  visitors text not null,
  note text,
  grant_fen bigint not null default 0 check (grant_fen >= 0),
  -- The programs application paying the grant (subject 'visit:<id>'), opened when the visit is logged.
  grant_application_id bigint references applications(id),
  confirmed_at timestamptz,
  confirmed_how text check (confirmed_how in ('recipient', 'receipt')),
  created_by bigint,
  created_at timestamptz not null default now(),
  check ((recipient_kind = 'person') = (person_id is not null)),
  check (recipient_kind = 'person' or unit_name is not null),
  check ((confirmed_at is null) = (confirmed_how is null))
);
create index care_visits_campaign_idx on care_visits (campaign_id);
create index care_visits_org_idx on care_visits (org_id, visited_on);
create index care_visits_person_idx on care_visits (person_id) where person_id is not null;
create trigger care_visits_federation before insert on care_visits
  for each row execute function fill_federation_id('org_id');
alter table care_stock_moves add foreign key (visit_id) references care_visits(id);

-- Photos of a visit, and the photo of a receipt the recipient signed.
create table care_visit_photos (
  id bigint generated always as identity primary key,
  visit_id bigint not null references care_visits(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  kind text not null check (kind in ('photo', 'receipt')),
  file_name text not null,
  mime text not null,
  data bytea not null,
  uploaded_at timestamptz not null default now()
);
create index care_visit_photos_visit_idx on care_visit_photos (visit_id);
create trigger care_visit_photos_federation before insert on care_visit_photos
  for each row execute function fill_federation_id('org_id');
