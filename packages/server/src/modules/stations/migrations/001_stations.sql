-- Service stations (服务站点 / 驿站, issue 27, ADR 53): a union's register of places where workers rest, eat, charge a
-- phone or ask for help; their goods in stock (a guarded counter: `handed_out` never passes `received`), visits
-- (a QR check-in, anonymous unless signed in, or a service staff record with the goods handed out) and inspections
-- (年检/星级评定) with a checklist and a star level. Coordinates are GCJ-02 (the system 高德/腾讯 pickers give).
create table stations (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  name text not null,
  kind text not null check (kind in ('home', 'outdoor', 'nursing', 'postal', 'other')),
  -- The district's administrative code (110101 东城 … 110119 延庆): the public page's map and filter.
  district text not null,
  address text not null,
  lng numeric(9, 6) not null check (lng between 73 and 136),
  lat numeric(8, 6) not null check (lat between 3 and 54),
  opening_hours text not null default '',
  services text[] not null default '{}',
  -- The station's own telephone, shown on the public page; the keeper's name is for staff only.
  phone text not null default '',
  keeper text not null default '',
  note text not null default '',
  status text not null default 'open' check (status in ('open', 'closed')),
  opened_on date not null,
  -- The star level of the last inspection (null: none yet, or 不合格), kept with the inspection.
  stars smallint check (stars between 1 and 5),
  last_inspected_on date,
  last_result text check (last_result in ('stars', 'failed')),
  -- The secret of the station's public check-in address (/s/<token>), printed as its QR code.
  token text not null unique,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index stations_org_idx on stations (org_id);
create index stations_open_idx on stations (district) where status = 'open';
create trigger stations_federation before insert on stations
  for each row execute function fill_federation_id('org_id');

create table station_photos (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  inspection_id bigint,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  file_name text not null,
  mime text not null,
  data bytea not null,
  uploaded_at timestamptz not null default now()
);
create index station_photos_station_idx on station_photos (station_id);
create trigger station_photos_federation before insert on station_photos
  for each row execute function fill_federation_id('org_id');

-- A station's goods, one row per item and unit; a hand-out is one guarded update (`handed_out + n <= received`).
create table station_stock (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  item text not null,
  unit text not null,
  received bigint not null default 0 check (received >= 0),
  handed_out bigint not null default 0 check (handed_out >= 0 and handed_out <= received),
  unique (station_id, item, unit)
);
create trigger station_stock_federation before insert on station_stock
  for each row execute function fill_federation_id('org_id');

-- A visit: a worker's QR check-in ('qr', person_id only when signed in) or a service staff recorded ('staff').
create table station_visits (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  via text not null check (via in ('qr', 'staff')),
  person_id bigint references persons(id),
  services text[] not null default '{}',
  visited_on date not null,
  note text not null default '',
  created_by bigint,
  created_at timestamptz not null default now()
);
create index station_visits_station_idx on station_visits (station_id, visited_on);
create trigger station_visits_federation before insert on station_visits
  for each row execute function fill_federation_id('org_id');

-- Every receipt into a station's stock and every hand-out from it (a hand-out belongs to a visit).
create table station_stock_moves (
  id bigint generated always as identity primary key,
  stock_id bigint not null references station_stock(id),
  station_id bigint not null references stations(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  kind text not null check (kind in ('receipt', 'handout')),
  quantity bigint not null check (quantity > 0),
  visit_id bigint references station_visits(id),
  source text not null default '',
  moved_on date not null,
  created_at timestamptz not null default now(),
  check ((kind = 'handout') = (visit_id is not null))
);
create index station_stock_moves_stock_idx on station_stock_moves (stock_id);
create trigger station_stock_moves_federation before insert on station_stock_moves
  for each row execute function fill_federation_id('org_id');

-- An inspection (年检/星级评定): the checklist as ticked, a star level 1–5 or 不合格.
create table station_inspections (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  inspected_on date not null,
  inspectors text not null,
  checklist jsonb not null,
  result text not null check (result in ('stars', 'failed')),
  stars smallint check (stars between 1 and 5),
  note text not null default '',
  created_by bigint,
  created_at timestamptz not null default now(),
  check ((result = 'stars') = (stars is not null))
);
create index station_inspections_station_idx on station_inspections (station_id, inspected_on);
create trigger station_inspections_federation before insert on station_inspections
  for each row execute function fill_federation_id('org_id');
alter table station_photos add foreign key (inspection_id) references station_inspections(id);
