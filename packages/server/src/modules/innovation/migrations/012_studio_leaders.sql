-- Who led a studio from which day (issue 41): "studios led by a model worker" is read as of a day, so a studio's
-- leaders are kept as dated rows beside its level history. A studio's first leader leads from its founding day
-- (or the day its first level began); a change of leader closes the row on the day and opens the next
-- (studios.service.ts). A trigger opens the first row whatever path inserted the studio (form, import, demo).
create table innovation_studio_leaders (
  id bigint generated always as identity primary key,
  studio_id bigint not null references innovation_studios(id) on delete cascade,
  person_id bigint not null references persons(id),
  from_on date not null,
  to_on date,
  check (to_on is null or to_on >= from_on)
);
create index innovation_studio_leaders_studio_idx on innovation_studio_leaders (studio_id, from_on);
create index innovation_studio_leaders_person_idx on innovation_studio_leaders (person_id);

insert into innovation_studio_leaders (studio_id, person_id, from_on)
select s.id, s.leader_person_id,
       coalesce(s.founded_on, (select min(l.from_on) from innovation_studio_levels l where l.studio_id = s.id),
                s.level_since, s.created_at::date)
  from innovation_studios s where s.leader_person_id is not null;

create function innovation_studio_first_leader() returns trigger language plpgsql as $$
begin
  if new.leader_person_id is not null then
    insert into innovation_studio_leaders (studio_id, person_id, from_on)
    values (new.id, new.leader_person_id, coalesce(new.founded_on, new.level_since, new.created_at::date));
  end if;
  return new;
end $$;
create trigger innovation_studios_first_leader after insert on innovation_studios
  for each row execute function innovation_studio_first_leader();
