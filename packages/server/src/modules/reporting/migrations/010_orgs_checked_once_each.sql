-- A statement's cells' unions are looked up once each, not once a cell (issue 42, ADR 131). Migration 006's anti-join
-- was planned, under its `limit 1`, as a nested loop probing orgs' key for every new cell: 64,800 probes for a
-- register's 10,000 agreements, about a seventh of what its counts' insert cost PostgreSQL. The distinct unions
-- (a few hundred) are probed first; only when one is missing does migration 006's query run, to name the same key
-- in the same refusal (SQLSTATE 23503, same message and detail).
create or replace function report_counts_check_orgs() returns trigger language plpgsql as $$
declare
  missing bigint;
begin
  if not exists (select 1 from (select distinct n.org_id from report_counts_new n) d
                  where not exists (select 1 from orgs o where o.id = d.org_id)) then
    return null;
  end if;
  select n.org_id into missing from report_counts_new n
   where not exists (select 1 from orgs o where o.id = n.org_id) limit 1;
  if found then
    raise foreign_key_violation using
      message = 'insert or update on table "report_counts" violates foreign key constraint "report_counts_org_id_fkey"',
      detail = format('Key (org_id)=(%s) is not present in table "orgs".', missing);
  end if;
  return null;
end $$;
