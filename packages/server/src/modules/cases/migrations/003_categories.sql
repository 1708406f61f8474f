-- Request categories the federation edits (issue 23): besides their deadlines, categories can be added, renamed,
-- ordered and retired. A retired category is no longer offered for new requests; the requests filed under it and
-- their statistics keep it. The categories common in union practice are added; 生活困难 is called 困难帮扶 as
-- unions call it.
alter table case_categories add column active boolean not null default true;
alter table case_categories add constraint case_categories_names check (
  length(btrim(name_zh)) between 1 and 20 and length(btrim(name_en)) between 1 and 60
);
update case_categories set name_zh = '困难帮扶', name_en = 'Hardship relief' where code = 'hardship';
update case_categories set position = 99 where code = 'other';
insert into case_categories (code, name_zh, name_en, ack_days, answer_days, position) values
  ('democratic_management', '民主管理', 'Democratic management', 2, 15, 9),
  ('rest_leave', '休息休假', 'Rest and leave', 2, 10, 10),
  ('women_rights', '女职工权益', 'Women workers'' rights', 1, 10, 11),
  ('welfare', '福利待遇', 'Welfare and benefits', 2, 10, 12),
  ('training', '职业培训', 'Vocational training', 3, 15, 13)
on conflict (code) do nothing;
