-- A statement's references counted, not probed row by row (issue 42, amends ADR 95): the parents a statement names
-- are locked (key share, once each) as before, and the distinct parents locked are counted against the distinct
-- references the new rows make. Equal counts mean every reference found its parent: the probe a row that names
-- the missing one runs only when they differ, to word the refusal as before. A register naming one parent from many
-- rows (a wellness batch's 40 quotas, a selection's category) or a parent table too small for its index to be
-- chosen paid a probe — a scan of the parent — per row.
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
  locked bigint;
  wanted bigint;
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
    execute format('select count(*) from (select distinct * from (select %s from %I p where (%s) in '
                   '(select %s from refs_new n where %s) for key share of p) l) d',
                   parents, tg_argv[i + 1], parents, named, filled) into locked;
    execute format('select count(*) from (select distinct %s from refs_new n where %s) d', named, filled)
      into wanted;
    if locked <> wanted then
      execute format('select concat_ws(%L, %s) from refs_new n where %s and (select true from %I p where %s limit 1) is null limit 1',
                     ', ', shown, filled, tg_argv[i + 1], probe) into missing;
      if missing is not null then
        raise foreign_key_violation using
          message = format('insert or update on table "%s" violates foreign key constraint "%s_%s_fkey"',
                           tg_table_name, tg_table_name, refs_name(tg_argv[i])),
          detail = format('Key (%s)=(%s) is not present in table "%s".', replace(refs_columns(tg_argv[i]), ',', ', '),
                          missing, tg_argv[i + 1]);
      end if;
    end if;
    i := i + 3;
  end loop;
  return null;
end $$;
