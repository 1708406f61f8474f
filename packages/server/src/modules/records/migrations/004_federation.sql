-- The distribution column on records (docs/scaling.md): the federation of the union that keeps the record,
-- or, for a record no union keeps, the person's home federation.
alter table records add column federation_id bigint;
update records r set federation_id = coalesce(
  (select split_part(o.path, '/', 2)::bigint from orgs o where o.id = r.org_id),
  (select p.federation_id from persons p where p.id = r.person_id));
alter table records alter column federation_id set not null;

create function fill_record_federation() returns trigger language plpgsql as $$
begin
  if new.federation_id is null then
    new.federation_id := coalesce(org_federation_id(new.org_id),
                                  (select federation_id from persons where id = new.person_id));
  end if;
  return new;
end $$;
create trigger records_federation before insert on records for each row execute function fill_record_federation();
