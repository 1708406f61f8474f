-- A count's union is checked once per statement, not once per cell (issue 42, ADR 91): a register's counts
-- statement writes tens of thousands of cells (10,000 agreements about 65,000, 20,000 requests about 80,000), and
-- the foreign key's check of each cell's union cost about 3 µs a cell. The statement trigger looks the new cells'
-- unions up in one anti-join and refuses the statement as the key did (SQLSTATE 23503). Unions are never deleted
-- nor renumbered; should one be, the guard on orgs refuses it while counts name it, as the key's restriction did.
alter table report_counts drop constraint if exists report_counts_org_id_fkey;

create or replace function report_counts_check_orgs() returns trigger language plpgsql as $$
declare
  missing bigint;
begin
  select n.org_id into missing from report_counts_new n
   where not exists (select 1 from orgs o where o.id = n.org_id) limit 1;
  if found then
    raise foreign_key_violation using
      message = 'insert or update on table "report_counts" violates foreign key constraint "report_counts_org_id_fkey"',
      detail = format('Key (org_id)=(%s) is not present in table "orgs".', missing);
  end if;
  return null;
end $$;
drop trigger if exists report_counts_orgs on report_counts;
create trigger report_counts_orgs after insert on report_counts
  referencing new table as report_counts_new
  for each statement execute function report_counts_check_orgs();

create or replace function report_counts_keep_orgs() returns trigger language plpgsql as $$
begin
  if exists (select 1 from report_counts c where c.org_id = old.id) then
    raise foreign_key_violation using
      message = 'update or delete on table "orgs" violates foreign key constraint "report_counts_org_id_fkey" on table "report_counts"',
      detail = format('Key (id)=(%s) is still referenced from table "report_counts".', old.id);
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end $$;
drop trigger if exists report_counts_keep_orgs on orgs;
create trigger report_counts_keep_orgs before delete on orgs
  for each row execute function report_counts_keep_orgs();
drop trigger if exists report_counts_keep_org_ids on orgs;
create trigger report_counts_keep_org_ids before update of id on orgs
  for each row when (old.id is distinct from new.id) execute function report_counts_keep_orgs();
