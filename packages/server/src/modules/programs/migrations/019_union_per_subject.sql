-- A union program may be limited per subject (issue 23): once per subject its application names — a studio, whose
-- page opens the application ('studio:12:support') — instead of once per union and period. Such a program names
-- no record kind; a person's program limited per subject still names the kind of record it grants once.
alter table programs drop constraint programs_check1;
alter table programs add constraint programs_per_subject_kind
  check (limit_mode <> 'per_subject' or subject_kind is not null or applicant_type = 'union');
-- A studio's page lists the applications about it ('studio:12', 'studio:12:project:2021').
create index applications_subject_idx on applications (subject_key text_pattern_ops) where subject_key is not null;
