-- Records keep text as the clerk typed it (ADR 0013); comparison uses a key beside each text column that rules
-- name (course, occupation, competition, rank, organiser): the text as normaliseText reads it (org's text_key).
-- The keys are generated, so every write path and every row already stored has them; rules compare against
-- them, never against the typed text.

alter table records
  add column occupation_key text generated always as (text_key(occupation)) stored,
  add column rank_key text generated always as (text_key(rank)) stored,
  add column competition_key text generated always as (text_key(competition)) stored,
  add column course_key text generated always as (text_key(course)) stored,
  add column organiser_key text generated always as (text_key(organiser)) stored;
