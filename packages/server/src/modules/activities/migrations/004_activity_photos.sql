-- Photos of a finished activity (issue 26), uploaded by its organisers; metadata (EXIF: where it was taken) is
-- removed before it is stored. Shown on the activity's staff page and to the workers it was offered to.
create table activity_photos (
  id bigint generated always as identity primary key,
  activity_id bigint not null references activities(id),
  mime text not null check (mime in ('image/jpeg', 'image/png')),
  bytes bytea not null,
  created_by bigint,
  created_at timestamptz not null default now()
);
create index activity_photos_activity_idx on activity_photos (activity_id);
