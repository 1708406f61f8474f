-- Whether a trainee passed: 'passed' (合格), 'failed' (不合格), 'absent' (缺考). Trainings entered before
-- this column existed did not say; they stay null ("not stated") and a rule asking for 'passed' does not
-- count them.
alter table records add column result text check (result in ('passed', 'failed', 'absent'));
alter table records add constraint records_result_training_only check (kind = 'training' or result is null);

-- Text as a clerk reads it (shared/text.ts normaliseText, step for step): NFKC, dashes to '-', white-space
-- runs to one space, trimmed, no space next to a Chinese character or inside a bracket. Subject keys are
-- left as they were: applications already made refer to them.
create function records_normal_text(s text) returns text language sql immutable as $$
  select regexp_replace(
    btrim(regexp_replace(
      translate(normalize(s, NFKC), E'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d', '----------'),
      E'[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+', ' ', 'g'), ' '),
    E'(?<=[\\u2e80-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef([{]) | (?=[\\u2e80-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef)\\]}])',
    '', 'g')
$$;

update records set
  occupation = records_normal_text(occupation),
  issuer = records_normal_text(issuer),
  number = records_normal_text(number),
  rank = records_normal_text(rank),
  competition = records_normal_text(competition),
  course = records_normal_text(course),
  organiser = records_normal_text(organiser),
  title = records_normal_text(title)
where (occupation, issuer, number, rank, competition, course, organiser, title) is distinct from
  (records_normal_text(occupation), records_normal_text(issuer), records_normal_text(number),
   records_normal_text(rank), records_normal_text(competition), records_normal_text(course),
   records_normal_text(organiser), records_normal_text(title));

drop function records_normal_text(text);
