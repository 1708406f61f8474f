-- The catalogue also finds an achievement by its labels: its studio's and union's names, the label of its type and of
-- its patent, and its industry, at the lowest weight (D) of `search` (ADR 15). The application writes them as jieba
-- words; the database cannot segment, so the achievements written before are given every run of 1 to 8 characters
-- of each label (a superset of the words jieba cuts from it: a query word found in a label finds the row). A row
-- gets the application's words the next time it is written.
create function innovation_label_grams(t text) returns text language sql immutable as $$
  select coalesce(string_agg(distinct substr(w, i, n), ' '), '')
    from regexp_split_to_table(lower(normalize(coalesce(t, ''), NFKC)), '[^[:alnum:]\u3400-\u9fff]+') as w,
         generate_series(1, 8) as n, generate_series(1, char_length(w)) as i
   where w <> '' and i + n - 1 <= char_length(w)
$$;

update innovation_achievements a
   set search = ts_filter(a.search, '{a,b,c}') || setweight(to_tsvector('simple', innovation_label_grams(concat_ws(' ',
         s.name, o.name,
         case a.type when 'technical_innovation' then '技术革新' when 'invention_patent' then '发明专利'
           when 'utility_model' then '实用新型' when 'construction_method' then '工法'
           when 'management_innovation' then '管理创新' when 'software' then '软件' else '其他' end,
         case a.patent_type when 'invention' then '发明专利' when 'utility_model' then '实用新型专利'
           when 'design' then '外观设计专利' end,
         a.industry))), 'D')
  from innovation_achievements x join orgs o on o.id = x.org_id left join innovation_studios s on s.id = x.studio_id
 where x.id = a.id;

drop function innovation_label_grams(text);
