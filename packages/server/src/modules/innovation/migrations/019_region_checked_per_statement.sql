-- An achievement's district (region_id, the catalogue's 区域 facet) is checked once per statement, as its union and
-- studio are since migration 018 (issue 42, ADR 95): its key was left, a look-up and a lock of the district for
-- every achievement the register writes — about a tenth of the achievements' insert, measured. The insert's
-- statement trigger and the update's row trigger are declared again with the three references; a district still
-- named cannot be deleted nor renumbered.
alter table innovation_achievements drop constraint if exists innovation_achievements_region_id_fkey;
drop trigger innovation_achievements_refs on innovation_achievements;
drop trigger innovation_achievements_refs_changed on innovation_achievements;
select refs_checked('innovation_achievements', 'org_id', 'orgs', 'id', 'studio_id', 'innovation_studios', 'id',
                    'region_id', 'orgs', 'id');
create trigger innovation_achievements_regions_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'innovation_achievements', 'region_id');
