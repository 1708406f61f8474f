-- 1. The distribution column on the programs tables that grow with applications (docs/scaling.md); programs,
-- their versions and usage stay reference tables.
select add_federation_column('applications', 'org_id');
select add_federation_column_from_parent('application_events', 'applications', 'application_id');
select add_federation_column_from_parent('application_files', 'applications', 'application_id');
select add_federation_column('ledger_entries', 'org_id');
select add_federation_column('payment_batches', 'org_id');
select add_federation_column('payment_items', 'org_id');
select add_federation_column('claim_entries', 'org_id');

-- 2. The programs statistics read maintained counts (ADR 29, reporting's report_counts), kept by statement
-- triggers in the transaction of every write, so that the several paths writing applications (one by one,
-- the proposal job's set-based insert, claims, the draw) cannot forget them, at one upsert per statement.
-- Subjects, each per (union, month, dim = program id, dim2 = the record's 'kind:value' or ''):
--   programs.applications  n: applications submitted, returned or decided, by application date (applied_on);
--   programs.approved      n: approved, by decision date (decided_at, China time);
--   programs.rejected      n: rejected, by decision date;
--   programs.tiers         n: approved, by decision date, with dim2 = the amount in fen ('' for none);
--   programs.approved_fen  fen: ledger entries (entitlements and, negative, reversals) by entry date;
--   programs.paid_fen      fen: items of paid batches by payment date.
-- A row's contribution is computed for its old and new versions and the difference added, so a decision,
-- a reversal, a payment or a corrected date moves exactly what it changes. The counts are rolled up: each is
-- added to the union it happens in and to every union above it, so a union's cell holds its whole subtree
-- and a report reads the chosen union's and its children's cells only (sumCounts `rolledUp`), whatever the
-- number of unions below.

create function programs_counts_upsert_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
    select d.subject, u.id, d.month, d.dim, d.dim2, sum(d.n), sum(d.fen), split_part(o.path, '/', 2)::bigint
      from (%s) d join orgs o on o.id = d.org_id
     cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::bigint[]) as u(id)
     group by d.subject, u.id, d.month, d.dim, d.dim2, split_part(o.path, '/', 2)
    having sum(d.n) <> 0 or sum(d.fen) <> 0
     order by 1, 2, 3, 4, 5
    on conflict (subject, org_id, month, dim, dim2)
    do update set n = c.n + excluded.n, fen = c.fen + excluded.fen$f$, deltas)
$$;

-- What the breakdown groups by: 'kind:value' of the application's record (the certificate's grade, the
-- award's level, the training's course, the patent's type) for programs paying per record; '' otherwise.
create function programs_record_value(subject_kind text, r records) returns text language sql immutable as $$
  select coalesce(case when subject_kind is not null and r.kind is not null then r.kind || ':' || coalesce(
    case r.kind when 'certificate' then r.grade::text when 'award' then r.level when 'training' then r.course
    else r.patent_type end, '') end, '')
$$;

-- The China calendar month of a timestamptz (UTC+8 all year).
create function programs_china_month(ts timestamptz) returns date language sql immutable as $$
  select date_trunc('month', (ts at time zone 'UTC') + interval '8 hours')::date
$$;

create function programs_application_deltas_sql(src text) returns text language sql immutable as $$
  select format($f$
    with v as (
      select x.s, x.org_id, x.program_id::text as dim, x.status, x.applied_on, x.amount_fen,
             programs_china_month(x.decided_at) as decided_month, programs_record_value(g.subject_kind, r) as value
        from %s x join programs g on g.id = x.program_id left join records r on r.id = x.subject_record_id
    )
    select 'programs.applications' as subject, org_id, date_trunc('month', applied_on)::date as month, dim,
           value as dim2, s as n, 0 as fen
      from v where status in ('submitted', 'returned', 'approved', 'rejected')
    union all
    select 'programs.' || status, org_id, decided_month, dim, value, s, 0
      from v where status in ('approved', 'rejected') and decided_month is not null
    union all
    select 'programs.tiers', org_id, decided_month, dim, coalesce(amount_fen::text, ''), s, 0
      from v where status = 'approved' and decided_month is not null$f$, src)
$$;

create function programs_ledger_deltas_sql(src text) returns text language sql immutable as $$
  select format($f$
    select 'programs.approved_fen' as subject, x.org_id, programs_china_month(x.created_at) as month,
           x.program_id::text as dim, programs_record_value(g.subject_kind, r) as dim2, 0 as n, x.s * x.amount_fen as fen
      from %s x join programs g on g.id = x.program_id join applications a on a.id = x.application_id
      left join records r on r.id = a.subject_record_id$f$, src)
$$;

create function programs_payment_deltas_sql(src text) returns text language sql immutable as $$
  select format($f$
    select 'programs.paid_fen' as subject, i.org_id, programs_china_month(x.paid_at) as month,
           i.program_id::text as dim, programs_record_value(g.subject_kind, r) as dim2, 0 as n, x.s * i.amount_fen as fen
      from %s x join payment_items i on i.batch_id = x.id
      join programs g on g.id = i.program_id join ledger_entries l on l.id = i.ledger_entry_id
      join applications a on a.id = l.application_id left join records r on r.id = a.subject_record_id
     where x.status = 'paid' and x.paid_at is not null$f$, src)
$$;

-- One trigger function per table; its argument names the deltas function. On INSERT only the new rows
-- count; on UPDATE the new rows count and the old ones are taken back.
create function programs_count_rows() returns trigger language plpgsql as $$
declare
  src text := case tg_op when 'INSERT' then '(select 1 as s, * from new_rows)'
    else '(select 1 as s, * from new_rows union all select -1, * from old_rows)' end;
  deltas text;
begin
  execute format('select %I($1)', tg_argv[0]) into deltas using src;
  execute programs_counts_upsert_sql(deltas);
  return null;
end $$;

create trigger applications_counts_insert after insert on applications
  referencing new table as new_rows for each statement
  execute function programs_count_rows('programs_application_deltas_sql');
create trigger applications_counts_update after update on applications
  referencing old table as old_rows new table as new_rows for each statement
  execute function programs_count_rows('programs_application_deltas_sql');
create trigger ledger_entries_counts_insert after insert on ledger_entries
  referencing new table as new_rows for each statement
  execute function programs_count_rows('programs_ledger_deltas_sql');
create trigger ledger_entries_counts_update after update on ledger_entries
  referencing old table as old_rows new table as new_rows for each statement
  execute function programs_count_rows('programs_ledger_deltas_sql');
create trigger payment_batches_counts_update after update on payment_batches
  referencing old table as old_rows new table as new_rows for each statement
  execute function programs_count_rows('programs_payment_deltas_sql');

-- A union moved under another parent takes its subtree's counts along: its own cell (its whole subtree) is
-- taken from the unions it was under and added to those it is now under, in the statement that moves it.
create function programs_move_counts() returns trigger language plpgsql as $$
begin
  with moved as (
    select n.id, o.path as old_path, n.path as new_path
      from new_rows n join old_rows o on o.id = n.id where n.path <> o.path
  ), roots as (
    select m.* from moved m where not exists (select 1 from moved p where m.old_path like p.old_path || '_%')
  ), deltas as (
    select c.subject, a.id as org_id, c.month, c.dim, c.dim2, -c.n as n, -c.fen as fen
      from roots r join report_counts c on c.org_id = r.id and c.subject like 'programs.%'
     cross join lateral unnest(string_to_array(trim(both '/' from r.old_path), '/')::bigint[]) as a(id)
     where a.id <> r.id
    union all
    select c.subject, a.id, c.month, c.dim, c.dim2, c.n, c.fen
      from roots r join report_counts c on c.org_id = r.id and c.subject like 'programs.%'
     cross join lateral unnest(string_to_array(trim(both '/' from r.new_path), '/')::bigint[]) as a(id)
     where a.id <> r.id
  )
  insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
  select d.subject, d.org_id, d.month, d.dim, d.dim2, sum(d.n), sum(d.fen), org_federation_id(d.org_id)
    from deltas d
   group by d.subject, d.org_id, d.month, d.dim, d.dim2
  having sum(d.n) <> 0 or sum(d.fen) <> 0
   order by 1, 2, 3, 4, 5
  on conflict (subject, org_id, month, dim, dim2)
  do update set n = c.n + excluded.n, fen = c.fen + excluded.fen;
  return null;
end $$;
create trigger orgs_move_programs_counts after update on orgs
  referencing old table as old_rows new table as new_rows for each statement
  execute function programs_move_counts();

-- The counts of what happened before this migration.
do $$
begin
  execute programs_counts_upsert_sql(programs_application_deltas_sql('(select 1 as s, * from applications)'));
  execute programs_counts_upsert_sql(programs_ledger_deltas_sql('(select 1 as s, * from ledger_entries)'));
  execute programs_counts_upsert_sql(programs_payment_deltas_sql('(select 1 as s, * from payment_batches)'));
end $$;

-- The figures that stay distinct counts (people, unions) and the partial months at a range's edges read
-- the approved applications by decision date, the applications by application date and the entries by date.
create index applications_approved_idx on applications (decided_at)
  include (program_id, org_id, person_id, applicant_org_id) where status = 'approved';
create index applications_applied_idx on applications (applied_on);
create index ledger_entries_created_idx on ledger_entries (created_at);
