-- A file's household members and steps repeat its union: each checked by a key to `orgs` beside its key to the
-- file. One composite key to the file's (id, org_id) takes the place of both — one check instead of two, and a
-- member or a step can no longer name another union than its file's (ADR 90, issue 42). A file's union is set
-- when it is opened and never changed.
alter table hardship_files add constraint hardship_files_id_org_key unique (id, org_id);
alter table hardship_members
  drop constraint hardship_members_file_id_fkey,
  drop constraint hardship_members_org_id_fkey,
  add constraint hardship_members_file_fkey foreign key (file_id, org_id) references hardship_files (id, org_id);
alter table hardship_events
  drop constraint hardship_events_file_id_fkey,
  drop constraint hardship_events_org_id_fkey,
  add constraint hardship_events_file_fkey foreign key (file_id, org_id) references hardship_files (id, org_id);
