-- Text as shared/text.ts normaliseText reads it, step for step, for comparison keys beside text kept as typed
-- (ADR 0013): NFKC, dashes to '-', white-space runs to one space, trimmed, no space next to a Chinese character
-- or on the inner side of a bracket. Immutable, so generated key columns may use it. Keep it in step with
-- normaliseText (records/normal-text.migration.test.ts compares the two).
create function text_key(s text) returns text language sql immutable as $$
  select regexp_replace(
    btrim(regexp_replace(
      translate(normalize(s, NFKC), E'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d', '----------'),
      E'[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+', ' ', 'g'), ' '),
    E'(?<=[\\u2e80-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef([{]) | (?=[\\u2e80-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef)\\]}])',
    '', 'g')
$$;
