-- Each return of a work to its author (ADR 63, 73), on its day: `calls.returned` counts every return, but a work
-- sent again and reviewed again keeps only its last review in its row, so the days of its earlier returns were lost.
-- One row per return, written with the count.
create table call_work_returns (
  id bigint generated always as identity primary key,
  work_id bigint not null references call_works(id),
  -- The author's union the work counts in (call_works.org_id), kept for the subtree of a recount.
  org_id bigint not null references orgs(id),
  federation_id bigint not null,
  returned_on date not null,
  returned_at timestamptz not null,
  returned_by bigint,
  reason text
);
create index call_work_returns_work_idx on call_work_returns (work_id);
create trigger call_work_returns_federation before insert on call_work_returns
  for each row execute function fill_federation_id('org_id');

-- The returns made before: every return through the service left its audit row ('call.work.return', its day in
-- `after.effectiveOn`); a work standing returned with no such row (none is known) keeps its own review.
insert into call_work_returns (work_id, org_id, returned_on, returned_at, returned_by, reason)
select w.id, w.org_id, coalesce(a.after ->> 'effectiveOn', (a.at at time zone 'Asia/Shanghai')::date::text)::date,
       a.at, a.user_id, a.after ->> 'reason'
  from audit_log a join call_works w on w.id::text = a.entity_id
 where a.entity = 'call_work' and a.action = 'call.work.return'
 order by a.id;
insert into call_work_returns (work_id, org_id, returned_on, returned_at, returned_by, reason)
select w.id, w.org_id, w.reviewed_on, coalesce(w.reviewed_at, w.submitted_at), w.reviewed_by, w.return_reason
  from call_works w
 where w.status = 'returned' and w.reviewed_on is not null
   and not exists (select 1 from call_work_returns r where r.work_id = w.id)
 order by w.id;
