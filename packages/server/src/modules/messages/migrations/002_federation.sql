-- The distribution column on messages (docs/scaling.md): the federation of the account they are for: a
-- worker's home federation, else that of the account's first role's union; 0 for a platform administrator.
create function user_federation_id(u bigint) returns bigint language sql stable as $$
  select coalesce(
    (select p.federation_id from users s join persons p on p.id = s.person_id where s.id = u),
    (select split_part(o.path, '/', 2)::bigint
       from role_assignments r join orgs o on o.id = r.org_id where r.user_id = u order by r.id limit 1),
    0)
$$;

alter table messages add column federation_id bigint;
update messages set federation_id = user_federation_id(user_id);
alter table messages alter column federation_id set not null;

create function fill_message_federation() returns trigger language plpgsql as $$
begin
  if new.federation_id is null then
    new.federation_id := user_federation_id(new.user_id);
  end if;
  return new;
end $$;
create trigger messages_federation before insert on messages for each row execute function fill_message_federation();
