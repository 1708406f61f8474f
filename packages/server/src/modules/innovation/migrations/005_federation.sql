-- The distribution column on the innovation tables that grow with people and achievements
-- (docs/scaling.md); the studios themselves and their levels, reports and recognitions stay small.
select add_federation_column('innovation_achievements', 'org_id');
select add_federation_column_from_parent('innovation_achievement_team', 'innovation_achievements', 'achievement_id');
select add_federation_column_from_parent('innovation_achievement_attachments', 'innovation_achievements', 'achievement_id');
select add_federation_column('innovation_leads', 'org_id');
select add_federation_column('innovation_studios', 'org_id');
select add_federation_column_from_parent('innovation_studio_members', 'innovation_studios', 'studio_id');
select add_federation_column_from_parent('innovation_mentorships', 'innovation_studios', 'studio_id');
select add_federation_column_from_parent('innovation_mentoring_attendance', 'innovation_mentorships', 'mentorship_id');
