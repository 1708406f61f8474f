-- Records written by other modules from their own decisions (a contest's prizes, a selection's titles, a
-- completed course, an achievement's patent). `source_ref` names the fact that made the record
-- ('contest:12:entry:34:person:56'); writing the same fact again updates the record instead of adding one.
alter table records drop constraint records_source_check;
alter table records add constraint records_source_check
  check (source in ('staff', 'import', 'event', 'contest', 'selection', 'learning', 'innovation'));
alter table records add column source_ref text;
create unique index records_source_ref_uq on records (source_ref) where source_ref is not null;
