-- An achievement keeps its industry as typed (ADR 0013); the catalogue's industry facet and filter use this key
-- (org's text_key, as normaliseText reads it), so `机械（制造）` and `机械(制造)` are one industry.
alter table innovation_achievements
  add column industry_key text generated always as (text_key(industry)) stored;
