-- The distribution column (docs/scaling.md). Every large table carries `federation_id`: the id of the top-level
-- union (the root of the org's path) its row belongs to, so that a later move to a sharded PostgreSQL (Citus)
-- distributes them by it without rewriting a table. The `orgs` table itself stays a reference table.
--
-- A table fills it with a row trigger naming the column that holds the row's union:
--   federation_id bigint not null,
--   create trigger <t>_federation before insert on <t>
--     for each row execute function fill_federation_id('org_id');
-- An insert that already knows the federation (bulk paths) sets it and the trigger leaves it alone.

create function org_federation_id(org bigint) returns bigint language sql stable as $$
  select split_part(path, '/', 2)::bigint from orgs where id = org
$$;

create function fill_federation_id() returns trigger language plpgsql as $$
begin
  if new.federation_id is null then
    new.federation_id := org_federation_id((to_jsonb(new) ->> tg_argv[0])::bigint);
  end if;
  return new;
end $$;
