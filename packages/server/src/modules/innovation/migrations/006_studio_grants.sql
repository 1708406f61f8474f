-- A studio's projects and grants paid outside the platform (已在平台外发放, issue 23): an innovation project, the
-- district's support or a recognition subsidy decided and paid before the union used the platform. Those paid
-- through the platform are applications of the programs engine about the studio ('studio:12', 'studio:12:support',
-- 'studio:12:project:2021'); these rows hold the amount paid and its days, and count in the studio statistics
-- (reporting subject innovation.outside_grants) without any ledger money.
create table innovation_studio_grants (
  id bigint generated always as identity primary key,
  studio_id bigint not null references innovation_studios(id),
  kind text not null check (kind in ('project', 'support', 'city', 'city_demonstration')),
  preset_key text not null,
  -- The subject the platform's application would name: each subject is granted once, either way.
  subject_key text not null,
  year smallint not null,
  amount_fen bigint not null check (amount_fen > 0),
  approved_on date not null,
  paid_on date not null,
  note text,
  recorded_by bigint,
  recorded_at timestamptz not null default now(),
  check (paid_on >= approved_on),
  check (extract(year from approved_on) = year),
  unique (preset_key, subject_key)
);
create index innovation_studio_grants_studio_idx on innovation_studio_grants (studio_id);
