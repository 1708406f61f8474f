-- References checked once per statement instead of by a foreign key per row (ADR 95, issue 42): the functions the
-- register tables' triggers run, defined once here (org's migrations run first) for every module that uses them.
-- A module's migration drops a key and creates, on the child table, an `after insert … for each statement` trigger
-- running refs_checked_per_statement and a `before update of …` row trigger running refs_checked_per_row, and on
-- each parent a `before delete or update of <key>` row trigger running refs_kept.

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

-- Declares `tbl`'s references (the triples above) as checked per statement: the insert's statement trigger
-- <tbl>_refs and the update's row trigger <tbl>_refs_changed, which fires only when one of the references' columns
-- changes; both are given the same triples, so they cannot disagree.
create or replace function refs_checked(tbl text, variadic refs text[]) returns void language plpgsql as $$
declare
  i int := 1;
  c text;
  cols text[] := '{}';
  args text;
begin
  while i <= array_length(refs, 1) loop
    foreach c in array string_to_array(refs_columns(refs[i]), ',') loop
      if not c = any(cols) then
        cols := cols || c;
      end if;
    end loop;
    i := i + 3;
  end loop;
  select string_agg(quote_literal(r), ', ' order by n) into args from unnest(refs) with ordinality as u(r, n);
  execute format('create trigger %I after insert on %I referencing new table as refs_new for each statement '
                 'execute function refs_checked_per_statement(%s)', tbl || '_refs', tbl, args);
  execute format('create trigger %I before update of %s on %I for each row when (%s) '
                 'execute function refs_checked_per_row(%s)', tbl || '_refs_changed',
                 (select string_agg(quote_ident(x), ', ' order by n) from unnest(cols) with ordinality as u(x, n)),
                 tbl,
                 (select string_agg(format('new.%I is distinct from old.%I', x, x), ' or ' order by n)
                    from unnest(cols) with ordinality as u(x, n)),
                 args);
end $$;
