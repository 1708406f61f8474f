-- Places per lower union (issue 26): an activity may set aside part of its places for unions below the organiser.
-- A worker under such a union takes a place from its quota; everyone else from the places no quota holds
-- (`places - quota_total`, counted in `shared_taken`). Each counter is guarded like `taken`.
alter table activities add column quota_total integer not null default 0 check (quota_total >= 0);
alter table activities add column shared_taken integer not null default 0 check (shared_taken >= 0);
alter table activities add constraint activities_quota_fits check (quota_total <= places);
alter table activities add constraint activities_shared_fits check (shared_taken <= places - quota_total);

create table activity_quotas (
  activity_id bigint not null references activities(id),
  org_id bigint not null references orgs(id),
  places integer not null check (places > 0),
  taken integer not null default 0 check (taken >= 0 and taken <= places),
  primary key (activity_id, org_id)
);

-- The quota a sign-up's place came from (null: the shared places); a freed place goes to the first waiting of it.
alter table activity_signups add column quota_org_id bigint references orgs(id);
update activities set shared_taken = taken;
