-- The member search at a federation's size (5,000,000 members; docs/benchmarks.md, bench:members).
-- By the last four characters of the ID-card number (the part screens show): an index instead of a sequential
-- scan of every person (`id_masked like '%1234'` before).
create index persons_id_last_four_idx on persons (right(id_masked, 4));

-- By the beginning of a name: a common surname and given character match thousands of people, all counted for
-- the total. The name index carries the id and the one-active-membership index its union, so those thousands are
-- matched and checked against the subtree from the indexes alone; only the page's twenty rows are read.
create index persons_name_id_idx on persons (name text_pattern_ops, id);
drop index persons_name_idx;
create unique index memberships_one_active_org on memberships (person_id) include (org_id) where status = 'active';
drop index memberships_one_active;
