-- The catalogue ranks a broad query's title and abstract matches first without reading every match (ADR 15): the
-- words of weights A and B (title, abstract) in a GIN index of their own, which finds them without the heap.
create index innovation_achievements_search_head_idx on innovation_achievements
  using gin (ts_filter(search, '{a,b}')) with (fastupdate = off);
