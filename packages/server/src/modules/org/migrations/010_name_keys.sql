-- The union picker's search (GET /api/orgs/search) reads a union's name as a clerk does: 江州顺达物流 finds
-- 江州 顺达物流有限公司工会, kept with the space its union tree sheet had, and 第一人民医院(江北院区) finds the name
-- written with full-width brackets. The keys are text_key (migration 005) of the name and of the short name; the
-- names stay as typed.
alter table orgs add column name_key text generated always as (text_key(name)) stored;
alter table orgs add column short_name_key text generated always as (text_key(short_name)) stored;
