-- Records keep text as typed (ADR 0013); the statistics' breakdown by what a record says groups by the record's
-- key (records migration 005), so "计算机辅助设计（CAD）" and "计算机辅助设计(CAD)" are one course. Rows counted
-- before this migration were stored normalised, so their values already are their keys.
create or replace function programs_record_value(subject_kind text, r records) returns text language sql immutable as $$
  select coalesce(case when subject_kind is not null and r.kind is not null then r.kind || ':' || coalesce(
    case r.kind when 'certificate' then r.grade::text when 'award' then r.level when 'training' then r.course_key
    else r.patent_type end, '') end, '')
$$;
