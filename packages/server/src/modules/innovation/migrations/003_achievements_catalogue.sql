-- Achievements (创新成果) beyond the base table, and the public catalogue's leads (对接需求).

-- The district (level-2 union) an achievement's union lies in, kept for the catalogue's 区域 facet; the patent
-- an achievement holds (written as a patent record for each of its team, in team order).
alter table innovation_achievements
  add column region_id bigint references orgs(id),
  add column patent_type text check (patent_type in ('invention', 'utility_model', 'design')),
  add column patent_no text,
  add column patent_on date,
  add check ((patent_type is null) = (patent_no is null) and (patent_type is null) = (patent_on is null));
create index innovation_achievements_published_idx on innovation_achievements (published_at desc, id desc)
  where published_at is not null;
create unique index innovation_achievements_patent_uq on innovation_achievements (patent_no)
  where patent_no is not null;

-- Award records (the records module's) an achievement earned; record ids only, no foreign key across modules.
create table innovation_achievement_awards (
  achievement_id bigint not null references innovation_achievements(id) on delete cascade,
  record_id bigint not null,
  primary key (achievement_id, record_id)
);

-- An enterprise asks to be put in touch with an achievement's team; the lead reaches the studio's union.
create table innovation_leads (
  id bigint generated always as identity primary key,
  achievement_id bigint not null references innovation_achievements(id) on delete cascade,
  org_id bigint not null references orgs(id),
  organisation text not null,
  contact text not null,
  need text not null,
  status text not null default 'new' check (status in ('new', 'handled')),
  handled_by bigint,
  handled_at timestamptz,
  created_at timestamptz not null default now()
);
create index innovation_leads_org_idx on innovation_leads (org_id, created_at desc);

-- The catalogue is read far more often than written: GIN insertions go straight into the index instead of a
-- pending list that every search would scan.
alter index innovation_achievements_search_idx set (fastupdate = off);

-- Files kept with an achievement (drawings, reports, photos); staff see them, the catalogue does not.
create table innovation_achievement_attachments (
  id bigint generated always as identity primary key,
  achievement_id bigint not null references innovation_achievements(id) on delete cascade,
  file_name text not null,
  mime text not null,
  size integer not null check (size > 0),
  data bytea not null,
  created_by bigint,
  created_at timestamptz not null default now()
);
create index innovation_achievement_attachments_idx on innovation_achievement_attachments (achievement_id, id);
