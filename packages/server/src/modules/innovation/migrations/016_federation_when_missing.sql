-- The federation of an achievement and of its team members is filled by the row trigger only when the insert did
-- not give it: the achievements register (issues 42, 45) gives it set-based, and a PL/pgSQL call per row was
-- spent on every achievement and team member it writes (as cases migration 007 did for the requests register).
drop trigger innovation_achievements_federation on innovation_achievements;
create trigger innovation_achievements_federation before insert on innovation_achievements
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
drop trigger innovation_achievement_team_federation on innovation_achievement_team;
create trigger innovation_achievement_team_federation before insert on innovation_achievement_team
  for each row when (new.federation_id is null)
  execute function fill_federation_from_parent('innovation_achievements', 'achievement_id');
