-- Helpers for giving existing large tables the distribution column (docs/scaling.md). A table whose row
-- names its union takes `fill_federation_id('<org column>')` (org migration 003); a child table without a
-- union column takes its parent row's federation with `fill_federation_from_parent('<parent>', '<fk>')`.
-- Inserts that already know the federation (bulk paths) set it and the triggers leave it alone.

create function fill_federation_from_parent() returns trigger language plpgsql as $$
begin
  if new.federation_id is null then
    execute format('select federation_id from %I where id = $1', tg_argv[0])
      into new.federation_id using (to_jsonb(new) ->> tg_argv[1])::bigint;
  end if;
  return new;
end $$;

-- Adds `federation_id` to an existing table whose rows name their union in `org_col`: backfilled in one
-- statement, then not null, then the row trigger for new rows.
create function add_federation_column(tbl text, org_col text) returns void language plpgsql as $$
begin
  execute format('alter table %I add column federation_id bigint', tbl);
  execute format(
    'update %I t set federation_id = split_part(o.path, ''/'', 2)::bigint from orgs o where o.id = t.%I',
    tbl, org_col);
  execute format('alter table %I alter column federation_id set not null', tbl);
  execute format('create trigger %I before insert on %I for each row execute function fill_federation_id(%L)',
    tbl || '_federation', tbl, org_col);
end $$;

-- The same for a child table: its rows take the federation of the parent row `fk` points to.
create function add_federation_column_from_parent(tbl text, parent text, fk text) returns void
language plpgsql as $$
begin
  execute format('alter table %I add column federation_id bigint', tbl);
  execute format('update %I t set federation_id = p.federation_id from %I p where p.id = t.%I', tbl, parent, fk);
  execute format('alter table %I alter column federation_id set not null', tbl);
  execute format(
    'create trigger %I before insert on %I for each row execute function fill_federation_from_parent(%L, %L)',
    tbl || '_federation', tbl, parent, fk);
end $$;
