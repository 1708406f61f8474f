-- A station's opening day can be corrected (a station created without its day opened "today"). Its opening counts
-- +1 in `stations.stations` for the union and kind it opened with, so moving the day moves that +1: the union and
-- kind at the opening are kept, and the day of its first change of union, kind or status (the opening may not be
-- moved past it). Backfilled from the audit log's station edits that moved the counts (those carrying their day):
-- the value before a field's first change is the one it opened with.
alter table stations
  add column opened_org_id bigint references orgs(id),
  add column opened_kind text check (opened_kind in ('home', 'outdoor', 'nursing', 'postal', 'other')),
  add column changed_on date;

with changes as (
  select a.entity_id as station_id, a.id as seq, a.before, a.after, (a.after->>'effectiveOn')::date as day
    from audit_log a
   where a.entity = 'station' and a.action = 'station.update' and a.after ? 'effectiveOn'
)
update stations s
   set changed_on = (select min(c.day) from changes c where c.station_id = s.id::text),
       opened_org_id = coalesce(
         (select (c.before->>'orgId')::bigint from changes c
           where c.station_id = s.id::text and c.after ? 'orgId' order by c.seq limit 1),
         s.org_id),
       opened_kind = coalesce(
         (select c.before->>'kind' from changes c
           where c.station_id = s.id::text and c.after ? 'kind' order by c.seq limit 1),
         s.kind);

alter table stations
  alter column opened_org_id set not null,
  alter column opened_kind set not null;
