-- The causes of each span a file counted in force (ADR 73): `hardship.causes` counts a verified file under each of
-- its causes from the verification (or review) that starts a span to the review, closing or lapse that ends it,
-- but the file row keeps only its present causes, so a review that changed them lost the earlier span's. A
-- verification or review step now keeps the causes of the span it starts; a correction of the causes (ADR 60)
-- corrects those of the span the file counts in now, as its counts do.
alter table hardship_events add column causes text[];

-- The span a file counts in now (or last counted in, for a closed file) holds the file's causes.
update hardship_events e set causes = f.causes
  from hardship_files f
 where f.id = e.file_id
   and e.id = (select max(x.id) from hardship_events x where x.file_id = e.file_id and x.kind in ('verify', 'review'));

-- An earlier span held the causes the review that ended it found on file: the k-th span of a file ends at its
-- k-th review, whose audit row keeps them (`before.causes`). A file whose reviews are not all in the audit log
-- (brought in from a register, whose one row gives one set of causes) keeps its present causes.
with spans as (
  select e.id, e.file_id, row_number() over (partition by e.file_id order by e.id) as k
    from hardship_events e where e.kind in ('verify', 'review') and e.causes is null
), reviews as (
  select a.entity_id::bigint as file_id, a.before -> 'causes' as causes,
         row_number() over (partition by a.entity_id order by a.id) as k,
         count(*) over (partition by a.entity_id) as n
    from audit_log a
   where a.entity = 'hardship_file' and a.action = 'hardship_file.review' and a.entity_id ~ '^[0-9]+$'
), counted as (
  select file_id, count(*) as n from hardship_events where kind = 'review' group by file_id
)
update hardship_events e
   set causes = coalesce(
     (select array(select jsonb_array_elements_text(r.causes))
        from reviews r join counted c on c.file_id = r.file_id and c.n = r.n
       where r.file_id = s.file_id and r.k = s.k and jsonb_typeof(r.causes) = 'array'),
     f.causes)
  from spans s, hardship_files f
 where s.id = e.id and f.id = e.file_id;
