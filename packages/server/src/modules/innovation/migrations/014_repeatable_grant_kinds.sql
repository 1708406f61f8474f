-- A studio's support of several kinds (issue 42, ADR 74): expert fees (专家费) and mentoring stipends (带徒津贴) are
-- paid as often as they fell due, so "one subject, one grant" holds only for the kinds granted once — an innovation
-- project per studio and year, the district's support and the recognition subsidies per studio.
alter table innovation_studio_grants drop constraint innovation_studio_grants_kind_check;
alter table innovation_studio_grants add constraint innovation_studio_grants_kind_check
  check (kind in ('project', 'support', 'city', 'city_demonstration', 'expert_fees', 'mentoring'));
alter table innovation_studio_grants drop constraint innovation_studio_grants_preset_key_subject_key_key;
create unique index innovation_studio_grants_once_idx on innovation_studio_grants (preset_key, subject_key)
  where kind in ('project', 'support', 'city', 'city_demonstration');
