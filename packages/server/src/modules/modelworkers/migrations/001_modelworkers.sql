-- The register of model workers (劳模) and advanced workers (先进工作者), issue 28: each person once per federation,
-- their union, contact, health and the studio they lead (innovation's studio, by id; their hardship file is read
-- through the person),
-- and one honour row per title and year, from a selection of the platform (its award record) or from outside.
create table modelworkers (
  id bigint generated always as identity primary key,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  -- The member of the register this model worker is, when there is one (matched by ID number).
  person_id bigint references persons(id),
  name text not null,
  gender text check (gender in ('male', 'female')),
  id_cipher text,
  id_hash text,
  id_masked text,
  employer text,
  phone text,
  -- The person the union keeps in touch through (a relative, the employer's union chair).
  contact_name text,
  contact_phone text,
  health text not null default 'good' check (health in ('good', 'fair', 'poor', 'critical')),
  health_note text,
  -- The highest level among the titles held ('national' > 'provincial' > 'city' > 'district'), kept with each honour.
  level text not null check (level in ('national', 'provincial', 'city', 'district')),
  studio_id bigint,
  note text,
  registered_on date not null,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index modelworkers_id_hash_uq on modelworkers (federation_id, id_hash) where id_hash is not null;
create unique index modelworkers_person_uq on modelworkers (person_id) where person_id is not null;
create index modelworkers_org_idx on modelworkers (org_id);
create index modelworkers_studio_idx on modelworkers (studio_id) where studio_id is not null;
create trigger modelworkers_federation before insert on modelworkers
  for each row execute function fill_federation_id('org_id');

create table modelworker_honours (
  id bigint generated always as identity primary key,
  modelworker_id bigint not null references modelworkers(id) on delete cascade,
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  level text not null check (level in ('national', 'provincial', 'city', 'district')),
  -- 'model' 劳动模范, 'advanced' 先进工作者, 'other' 工匠, 最美劳动者, 五一劳动奖章 …
  kind text not null check (kind in ('model', 'advanced', 'other')),
  title text not null,
  year integer not null check (year between 1950 and 2100),
  awarded_by text,
  source text not null check (source in ('selection', 'external')),
  -- For source 'selection': the award record the selection wrote when its results became final.
  record_id bigint,
  created_by bigint,
  created_at timestamptz not null default now(),
  check ((source = 'selection') = (record_id is not null))
);
create unique index modelworker_honours_uq on modelworker_honours (modelworker_id, title, year);
create unique index modelworker_honours_record_uq on modelworker_honours (record_id) where record_id is not null;
create trigger modelworker_honours_federation before insert on modelworker_honours
  for each row execute function fill_federation_id('org_id');
