-- A request's and its events' references are checked once per statement, not by a foreign key per row (issue 42,
-- ADR 95): the register import writes 5,000 requests and ~20,000 events a statement, and the keys' checks (a
-- locking look-up of the parent for each row and key: the request, its union, the union it went to, the user
-- who acted, the category) were half of what those inserts cost PostgreSQL. An insert's new rows are looked up in
-- one statement trigger (an index probe a row, no lock) and refused as the key refused them (SQLSTATE 23503); a
-- row whose reference an update changes (a request moved to another union) is checked by a row trigger; the
-- parents — requests, unions, users, categories, none of which the platform deletes or renumbers — refuse to go
-- while a request or event names them, as the keys' `no action` did. The person a request names keeps its key.

-- Triples of (column, parent table, parent column) in the trigger's arguments; the new rows as `refs_new`.
create or replace function refs_checked_per_statement() returns trigger language plpgsql as $$
declare
  i int := 0;
  missing text;
begin
  while i < tg_nargs loop
    execute format(
      'select n.%1$I::text from refs_new n where n.%1$I is not null'
      ' and (select p.%3$I from %2$I p where p.%3$I = n.%1$I) is null limit 1',
      tg_argv[i], tg_argv[i + 1], tg_argv[i + 2]) into missing;
    if missing is not null then
      raise foreign_key_violation using
        message = format('insert or update on table "%s" violates foreign key constraint "%s_%s_fkey"',
                         tg_table_name, tg_table_name, tg_argv[i]),
        detail = format('Key (%s)=(%s) is not present in table "%s".', tg_argv[i], missing, tg_argv[i + 1]);
    end if;
    i := i + 3;
  end loop;
  return null;
end $$;

-- The same for one row an update changed (same triples).
create or replace function refs_checked_per_row() returns trigger language plpgsql as $$
declare
  i int := 0;
  value text;
  found_it boolean;
begin
  while i < tg_nargs loop
    value := to_jsonb(new) ->> tg_argv[i];
    if value is not null then
      execute format('select exists (select 1 from %I p where p.%I = %L)', tg_argv[i + 1], tg_argv[i + 2], value)
        into found_it;
      if not found_it then
        raise foreign_key_violation using
          message = format('insert or update on table "%s" violates foreign key constraint "%s_%s_fkey"',
                           tg_table_name, tg_table_name, tg_argv[i]),
          detail = format('Key (%s)=(%s) is not present in table "%s".', tg_argv[i], value, tg_argv[i + 1]);
      end if;
    end if;
    i := i + 3;
  end loop;
  return new;
end $$;

-- On a parent row deleted or its key changed: pairs of (child table, child column) that must not name it; the
-- parent's key column first.
create or replace function refs_kept() returns trigger language plpgsql as $$
declare
  i int := 1;
  key text := to_jsonb(old) ->> tg_argv[0];
  named boolean;
begin
  if tg_op = 'UPDATE' and key is not distinct from (to_jsonb(new) ->> tg_argv[0]) then
    return new;
  end if;
  while i < tg_nargs loop
    execute format('select exists (select 1 from %I c where c.%I = %L)', tg_argv[i], tg_argv[i + 1], key)
      into named;
    if named then
      raise foreign_key_violation using
        message = format('update or delete on table "%s" violates foreign key constraint "%s_%s_fkey" on table "%s"',
                         tg_table_name, tg_argv[i], tg_argv[i + 1], tg_argv[i]),
        detail = format('Key (%s)=(%s) is still referenced from table "%s".', tg_argv[0], key, tg_argv[i]);
    end if;
    i := i + 2;
  end loop;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end $$;

alter table case_events
  drop constraint if exists case_events_case_id_fkey,
  drop constraint if exists case_events_org_id_fkey,
  drop constraint if exists case_events_to_org_id_fkey,
  drop constraint if exists case_events_actor_user_id_fkey;
create trigger case_events_refs after insert on case_events
  referencing new table as refs_new for each statement
  execute function refs_checked_per_statement('case_id', 'cases', 'id', 'org_id', 'orgs', 'id',
                                              'to_org_id', 'orgs', 'id', 'actor_user_id', 'users', 'id');
create trigger case_events_refs_changed before update of case_id, org_id, to_org_id, actor_user_id on case_events
  for each row when (new.case_id is distinct from old.case_id or new.org_id is distinct from old.org_id
                     or new.to_org_id is distinct from old.to_org_id
                     or new.actor_user_id is distinct from old.actor_user_id)
  execute function refs_checked_per_row('case_id', 'cases', 'id', 'org_id', 'orgs', 'id',
                                        'to_org_id', 'orgs', 'id', 'actor_user_id', 'users', 'id');

alter table cases
  drop constraint if exists cases_org_id_fkey,
  drop constraint if exists cases_filed_org_id_fkey,
  drop constraint if exists cases_category_fkey,
  drop constraint if exists cases_entered_by_fkey,
  drop constraint if exists cases_handler_user_id_fkey;
create trigger cases_refs after insert on cases
  referencing new table as refs_new for each statement
  execute function refs_checked_per_statement('org_id', 'orgs', 'id', 'filed_org_id', 'orgs', 'id',
                                              'category', 'case_categories', 'code', 'entered_by', 'users', 'id',
                                              'handler_user_id', 'users', 'id');
create trigger cases_refs_changed before update of org_id, filed_org_id, category, entered_by, handler_user_id
  on cases
  for each row when (new.org_id is distinct from old.org_id or new.filed_org_id is distinct from old.filed_org_id
                     or new.category is distinct from old.category
                     or new.entered_by is distinct from old.entered_by
                     or new.handler_user_id is distinct from old.handler_user_id)
  execute function refs_checked_per_row('org_id', 'orgs', 'id', 'filed_org_id', 'orgs', 'id',
                                        'category', 'case_categories', 'code', 'entered_by', 'users', 'id',
                                        'handler_user_id', 'users', 'id');

create trigger cases_refs_kept before delete or update of id on cases
  for each row execute function refs_kept('id', 'case_events', 'case_id');
create trigger cases_orgs_kept before delete or update of id on orgs
  for each row execute function refs_kept('id', 'cases', 'org_id', 'cases', 'filed_org_id',
                                          'case_events', 'org_id', 'case_events', 'to_org_id');
create trigger cases_users_kept before delete or update of id on users
  for each row execute function refs_kept('id', 'cases', 'entered_by', 'cases', 'handler_user_id',
                                          'case_events', 'actor_user_id');
create trigger cases_categories_kept before delete or update of code on case_categories
  for each row execute function refs_kept('code', 'cases', 'category');
