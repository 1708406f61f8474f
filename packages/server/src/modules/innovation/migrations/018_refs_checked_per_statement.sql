-- An achievement's union and studio, and its team's achievement and person, are checked once per statement, not by
-- a foreign key per row (issue 42, ADR 95, as the other registers' tables are): the register writes 100,000
-- achievements and their teams 5,000 at a time, and the keys' locking look-ups were about 45% of the achievements'
-- insert and three quarters of the team's (each team row locking its new achievement). The statement trigger looks
-- the new rows' parents up, locks each once as a key does, and refuses the statement (SQLSTATE 23503) naming the key
-- as it was named; an update changing one is checked by a row trigger; an achievement, union, studio or person still
-- named cannot be deleted nor renumbered (the platform deletes none of them: a team is replaced, not its
-- achievement; the keys' `on delete cascade` to the team had nothing to do).
alter table innovation_achievements
  drop constraint if exists innovation_achievements_org_id_fkey,
  drop constraint if exists innovation_achievements_studio_id_fkey;
select refs_checked('innovation_achievements', 'org_id', 'orgs', 'id', 'studio_id', 'innovation_studios', 'id');

alter table innovation_achievement_team
  drop constraint if exists innovation_achievement_team_achievement_id_fkey,
  drop constraint if exists innovation_achievement_team_person_id_fkey;
select refs_checked('innovation_achievement_team', 'achievement_id', 'innovation_achievements', 'id',
                    'person_id', 'persons', 'id');

create trigger innovation_achievements_team_kept before delete or update of id on innovation_achievements
  for each row execute function refs_kept('id', 'innovation_achievement_team', 'achievement_id');
create trigger innovation_achievements_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'innovation_achievements', 'org_id');
create trigger innovation_achievements_studios_kept before delete or update of id on innovation_studios
  for each row execute function refs_kept('id', 'innovation_achievements', 'studio_id');
create trigger innovation_achievement_team_persons_kept before delete or update of id on persons
  for each row execute function refs_kept('id', 'innovation_achievement_team', 'person_id');
