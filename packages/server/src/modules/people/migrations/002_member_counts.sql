-- Active members per union, kept by statement-level triggers on memberships, so the total of a subtree is a
-- sum over its unions instead of a count over its members (the member list asks for it on every page).
create table org_member_counts (
  org_id bigint primary key references orgs(id),
  active integer not null default 0
);

insert into org_member_counts (org_id, active)
  select org_id, count(*) from memberships where status = 'active' group by org_id;

create function memberships_counted_insert() returns trigger language plpgsql as $$
begin
  insert into org_member_counts (org_id, active)
    select org_id, count(*) from new_rows where status = 'active' group by org_id
  on conflict (org_id) do update set active = org_member_counts.active + excluded.active;
  return null;
end $$;

create function memberships_counted_update() returns trigger language plpgsql as $$
begin
  insert into org_member_counts (org_id, active)
    select org_id, sum(n) from (
      select org_id, 1 as n from new_rows where status = 'active'
      union all
      select org_id, -1 from old_rows where status = 'active'
    ) d group by org_id
  on conflict (org_id) do update set active = org_member_counts.active + excluded.active;
  return null;
end $$;

create function memberships_counted_delete() returns trigger language plpgsql as $$
begin
  insert into org_member_counts (org_id, active)
    select org_id, -count(*) from old_rows where status = 'active' group by org_id
  on conflict (org_id) do update set active = org_member_counts.active + excluded.active;
  return null;
end $$;

create trigger memberships_counted_insert after insert on memberships
  referencing new table as new_rows for each statement execute function memberships_counted_insert();
create trigger memberships_counted_update after update on memberships
  referencing old table as old_rows new table as new_rows for each statement execute function memberships_counted_update();
create trigger memberships_counted_delete after delete on memberships
  referencing old table as old_rows for each statement execute function memberships_counted_delete();
