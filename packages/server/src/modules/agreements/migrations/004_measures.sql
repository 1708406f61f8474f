-- What an agreement delivered (its measures, 措施), as the clerk records it: `cost_fen` the money its measures cost
-- (投入金额, integer fen), `reach` the people they reached (惠及人数) — e.g. ¥70,000 for special health checks of 133
-- women workers. Both optional (null: not recorded). Kept in the reporting layer on the signing day, in the signing
-- union (`agreements.measure_cost` in fen, `agreements.measure_reach` in n), so statistics can sum them.
alter table agreements add column cost_fen bigint;
alter table agreements add column reach integer;
alter table agreements add constraint agreements_cost_fen check (cost_fen >= 0);
alter table agreements add constraint agreements_reach check (reach >= 0);
