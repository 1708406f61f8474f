-- A quota's and a nomination's references are checked once per statement, not by foreign keys per row (issue 42,
-- ADR 95, as cases migration 008 does): the register writes ~10,000 quotas and 10,000 nominations a statement, and
-- the keys' locking look-ups (a quota's batch — the same few rows locked again and again — and union; a
-- nomination's person, quota and substitute) were two thirds of what those inserts cost PostgreSQL. Refused as the
-- keys refused (SQLSTATE 23503); a changed reference (a substitute named) checked by a row trigger; a batch, union,
-- person, quota or nomination still named cannot go (none is ever deleted or renumbered).
-- A key as the triggers below are given it: `columns` or `name=columns`.
create or replace function refs_columns(arg text) returns text language sql immutable as $$
  select case when position('=' in arg) > 0 then split_part(arg, '=', 2) else arg end
$$;
create or replace function refs_name(arg text) returns text language sql immutable as $$
  select case when position('=' in arg) > 0 then split_part(arg, '=', 1) else replace(arg, ',', '_') end
$$;

-- Triples of (columns, parent table, parent columns) in the trigger's arguments, a composite key's columns
-- separated by commas, the key's name before `=` where it is not the columns' (`file=file_id,org_id` for
-- <table>_file_fkey); the new rows as `refs_new`. A row with any of a key's columns empty is not checked (as a
-- key's MATCH SIMPLE). Each row's reference is one scalar index probe, whatever the statement's size.
create or replace function refs_checked_per_statement() returns trigger language plpgsql as $$
declare
  i int := 0;
  cols text[];
  pcols text[];
  probe text;
  filled text;
  shown text;
  parents text;
  named text;
  missing text;
begin
  while i < tg_nargs loop
    cols := string_to_array(refs_columns(tg_argv[i]), ',');
    pcols := string_to_array(tg_argv[i + 2], ',');
    select string_agg(format('p.%I = n.%I', pcols[k], cols[k]), ' and '),
           string_agg(format('n.%I is not null', cols[k]), ' and '),
           string_agg(format('n.%I::text', cols[k]), ', '),
           string_agg(format('p.%I', pcols[k]), ', '),
           string_agg(format('n.%I', cols[k]), ', ')
      into probe, filled, shown, parents, named
      from generate_subscripts(cols, 1) as k;
    -- The parents named are locked as a key locks them (key share, once each): a concurrent delete waits.
    execute format('select 1 from %I p where (%s) in (select %s from refs_new n where %s) for key share of p',
                   tg_argv[i + 1], parents, named, filled);
    execute format('select concat_ws(%L, %s) from refs_new n where %s and (select true from %I p where %s limit 1) is null limit 1',
                   ', ', shown, filled, tg_argv[i + 1], probe) into missing;
    if missing is not null then
      raise foreign_key_violation using
        message = format('insert or update on table "%s" violates foreign key constraint "%s_%s_fkey"',
                         tg_table_name, tg_table_name, refs_name(tg_argv[i])),
        detail = format('Key (%s)=(%s) is not present in table "%s".', replace(refs_columns(tg_argv[i]), ',', ', '),
                        missing, tg_argv[i + 1]);
    end if;
    i := i + 3;
  end loop;
  return null;
end $$;

-- The same for one row an update changed (same triples).
create or replace function refs_checked_per_row() returns trigger language plpgsql as $$
declare
  i int := 0;
  cols text[];
  pcols text[];
  row jsonb := to_jsonb(new);
  probe text;
  shown text;
  found_it boolean;
begin
  while i < tg_nargs loop
    cols := string_to_array(refs_columns(tg_argv[i]), ',');
    pcols := string_to_array(tg_argv[i + 2], ',');
    if not exists (select 1 from unnest(cols) c where row ->> c is null) then
      select string_agg(format('p.%I = %L', pcols[k], row ->> cols[k]), ' and '),
             string_agg(row ->> cols[k], ', ')
        into probe, shown
        from generate_subscripts(cols, 1) as k;
      execute format('select true from %I p where %s for key share of p', tg_argv[i + 1], probe) into found_it;
      if found_it is null then
        raise foreign_key_violation using
          message = format('insert or update on table "%s" violates foreign key constraint "%s_%s_fkey"',
                           tg_table_name, tg_table_name, refs_name(tg_argv[i])),
          detail = format('Key (%s)=(%s) is not present in table "%s".', replace(refs_columns(tg_argv[i]), ',', ', '),
                          shown, tg_argv[i + 1]);
      end if;
    end if;
    i := i + 3;
  end loop;
  return new;
end $$;

-- On a parent row deleted or its key changed: the parent's key columns first, then pairs of (child table, child
-- columns) that must not name it (composite keys' columns separated by commas, in the same order).
create or replace function refs_kept() returns trigger language plpgsql as $$
declare
  i int := 1;
  keys text[] := string_to_array(tg_argv[0], ',');
  was jsonb := to_jsonb(old);
  cols text[];
  probe text;
  named boolean;
begin
  if tg_op = 'UPDATE' and not exists (
    select 1 from unnest(keys) k where (was ->> k) is distinct from (to_jsonb(new) ->> k)
  ) then
    return new;
  end if;
  while i < tg_nargs loop
    cols := string_to_array(refs_columns(tg_argv[i + 1]), ',');
    select string_agg(format('c.%I = %L', cols[k], was ->> keys[k]), ' and ')
      into probe
      from generate_subscripts(cols, 1) as k;
    execute format('select exists (select 1 from %I c where %s)', tg_argv[i], probe) into named;
    if named then
      raise foreign_key_violation using
        message = format('update or delete on table "%s" violates foreign key constraint "%s_%s_fkey" on table "%s"',
                         tg_table_name, tg_argv[i], refs_name(tg_argv[i + 1]), tg_argv[i]),
        detail = format('Key (%s)=(%s) is still referenced from table "%s".', replace(tg_argv[0], ',', ', '),
                        (select string_agg(was ->> k, ', ') from unnest(keys) k), tg_argv[i]);
    end if;
    i := i + 2;
  end loop;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end $$;

alter table wellness_allocations
  drop constraint if exists wellness_allocations_batch_id_fkey,
  drop constraint if exists wellness_allocations_org_id_fkey;
create trigger wellness_allocations_refs after insert on wellness_allocations
  referencing new table as refs_new for each statement
  execute function refs_checked_per_statement('batch_id', 'wellness_batches', 'id', 'org_id', 'orgs', 'id');
create trigger wellness_allocations_refs_changed before update of batch_id, org_id on wellness_allocations
  for each row when (new.batch_id is distinct from old.batch_id or new.org_id is distinct from old.org_id)
  execute function refs_checked_per_row('batch_id', 'wellness_batches', 'id', 'org_id', 'orgs', 'id');

alter table wellness_nominations
  drop constraint if exists wellness_nominations_person_id_fkey,
  drop constraint if exists wellness_nominations_quota_fkey,
  drop constraint if exists wellness_nominations_replaced_by_fkey;
create trigger wellness_nominations_refs after insert on wellness_nominations
  referencing new table as refs_new for each statement
  execute function refs_checked_per_statement('person_id', 'persons', 'id', 'quota=allocation_id,batch_id,org_id', 'wellness_allocations', 'id,batch_id,org_id', 'replaced_by', 'wellness_nominations', 'id');
create trigger wellness_nominations_refs_changed before update of person_id, allocation_id, batch_id, org_id, replaced_by on wellness_nominations
  for each row when (new.person_id is distinct from old.person_id or new.allocation_id is distinct from old.allocation_id or new.batch_id is distinct from old.batch_id or new.org_id is distinct from old.org_id or new.replaced_by is distinct from old.replaced_by)
  execute function refs_checked_per_row('person_id', 'persons', 'id', 'quota=allocation_id,batch_id,org_id', 'wellness_allocations', 'id,batch_id,org_id', 'replaced_by', 'wellness_nominations', 'id');

create trigger wellness_allocations_batches_kept before delete or update of id on wellness_batches
  for each row execute function refs_kept('id', 'wellness_allocations', 'batch_id');
create trigger wellness_allocations_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'wellness_allocations', 'org_id');
create trigger wellness_nominations_persons_kept before delete or update of id on persons
  for each row execute function refs_kept('id', 'wellness_nominations', 'person_id');
create trigger wellness_nominations_allocations_kept before delete or update of id,batch_id,org_id on wellness_allocations
  for each row execute function refs_kept('id,batch_id,org_id', 'wellness_nominations', 'quota=allocation_id,batch_id,org_id');
create trigger wellness_nominations_kept before delete or update of id on wellness_nominations
  for each row execute function refs_kept('id', 'wellness_nominations', 'replaced_by');
