-- The catalogue's two GIN indexes take new entries into a bounded pending list (ADR 87): a register of 100,000
-- achievements wrote every word of every row straight into both indexes, half the database's time of the import;
-- from the list they are merged sorted, in bulk, when it passes 1 MB (and by autovacuum). A search also scans
-- the list, at most 1 MB (migration 003 had chosen no list: searches are far more frequent than writes).
alter index innovation_achievements_search_idx set (fastupdate = on, gin_pending_list_limit = 1024);
alter index innovation_achievements_search_head_idx set (fastupdate = on, gin_pending_list_limit = 1024);
