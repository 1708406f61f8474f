-- Services given at a station before the platform (issue 42), brought in from the station services register: counts
-- only — per station, day and kind of service, the people served. Counted in `stations.visits` on the day (dim the
-- station, dim2 'register'). One line per station, day and service: a line brought in twice is refused.
create table station_service_counts (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  served_on date not null,
  service text not null,
  people integer not null check (people > 0),
  entered_by bigint references users(id),
  entered_on date not null,
  unique (station_id, served_on, service)
);
create index station_service_counts_org_idx on station_service_counts (org_id, served_on);
create trigger station_service_counts_federation before insert on station_service_counts
  for each row execute function fill_federation_id('org_id');
