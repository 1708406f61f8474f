-- The days a studio was in the alliance (issue 42, ADR 40): leaving keeps the spell it ends — joined on, left on
-- (the day it happened, a past one recorded after the fact), and the moment it was entered — so a studio that
-- left and came back shows both spells, and it cannot come back before the day it left.
create table innovation_alliance_spells (
  id bigint generated always as identity primary key,
  studio_id bigint not null references innovation_studios(id) on delete cascade,
  joined_on date not null,
  left_on date not null check (left_on >= joined_on),
  left_by bigint,
  recorded_at timestamptz not null default now()
);
create index innovation_alliance_spells_studio_idx on innovation_alliance_spells (studio_id, left_on);
