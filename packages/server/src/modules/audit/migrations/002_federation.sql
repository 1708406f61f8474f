-- The distribution column on the audit log (docs/scaling.md): the federation of the union the action was
-- about; 0 for platform-wide actions that concern no union (sign-in, settings of the whole platform).
alter table audit_log add column federation_id bigint;
update audit_log a set federation_id = coalesce(
  (select split_part(o.path, '/', 2)::bigint from orgs o where o.id = a.org_id), 0);
alter table audit_log alter column federation_id set not null;

create function fill_audit_federation() returns trigger language plpgsql as $$
begin
  if new.federation_id is null then
    new.federation_id := coalesce(org_federation_id(new.org_id), 0);
  end if;
  return new;
end $$;
create trigger audit_log_federation before insert on audit_log for each row execute function fill_audit_federation();
