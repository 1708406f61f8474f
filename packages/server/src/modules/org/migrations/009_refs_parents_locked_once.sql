-- The parents a statement's new rows name, locked as a key locks them, written once (issue 42, ADR 100 and 103):
-- programs migration 032 wrote the block four times and migration 008 a variant of it. refs_lock_parents answers
-- the statement that locks, `for key share` and once each, the rows of `parent` whose key (`pcols`, a composite
-- key's columns separated by commas) the rows of `source` name in `cols` (same order; a row with an empty column
-- names none, as a key's MATCH SIMPLE) and that another transaction wrote; it answers how many it locked. A
-- concurrent delete of such a parent waits for this transaction, and one that went first leaves the parent
-- missing, not skipped (the rows are locked before a check reads them). A parent this transaction wrote is not
-- locked: no other transaction sees it before this one commits, and then the children with it (ADR 100); one
-- written in a subtransaction has another xmin and is locked, slower, never wrong. The caller executes the
-- statement: a trigger's transition table (`source`) is seen only by the trigger's own function.
create function refs_lock_parents(parent text, pcols text, source text, cols text) returns text
language sql immutable as $$
  select format('select count(*) from (select distinct * from (select %s from %I p where (%s) in '
                '(select %s from %I n where %s) and p.xmin <> pg_current_xact_id()::xid for key share of p) l) d',
                string_agg(format('p.%I', u.pc), ', ' order by u.k), parent,
                string_agg(format('p.%I', u.pc), ', ' order by u.k),
                string_agg(format('n.%I', u.c), ', ' order by u.k), source,
                string_agg(format('n.%I is not null', u.c), ' and ' order by u.k))
    from unnest(string_to_array(pcols, ','), string_to_array(cols, ',')) with ordinality as u(pc, c, k)
$$;

-- Migration 008's function with the lock above: the parents another transaction wrote are locked and counted,
-- those this transaction wrote counted only when the first count falls short of the distinct references (a
-- register naming parents it wrote itself, as an achievement's team its achievement); the probe that names the
-- missing key still runs only when the counts differ.
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
  own bigint;
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
    execute refs_lock_parents(tg_argv[i + 1], tg_argv[i + 2], 'refs_new', refs_columns(tg_argv[i])) into locked;
    execute format('select count(*) from (select distinct %s from refs_new n where %s) d', named, filled)
      into wanted;
    if locked <> wanted then
      execute format('select count(*) from (select distinct %s from %I p where (%s) in (select %s from refs_new n '
                     'where %s) and p.xmin = pg_current_xact_id()::xid) d', parents, tg_argv[i + 1], parents, named,
                     filled)
        into own;
      if locked + own <> wanted then
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
    end if;
    i := i + 3;
  end loop;
  return null;
end $$;
