-- Members' own requests (会员自助申请, issue 24): a correction of the person's name, phone or employer, or a
-- transfer (转会) of their membership to another grassroots union. A correction is decided by the current union's
-- subtree; a transfer needs the union left (released_on) and the union joined (admitted_on), in either order.
create table member_requests (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons(id),
  kind text not null check (kind in ('correction', 'transfer')),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined')),
  from_org_id bigint not null references orgs(id),
  federation_id bigint not null,
  to_org_id bigint references orgs(id),
  -- The values at filing (from) and the values asked (to), stored as typed; a null asked value is unchanged.
  old_name text not null,
  old_phone text,
  old_employer text,
  new_name text,
  new_phone text,
  new_employer text,
  note text,
  filed_on date not null,
  released_on date,
  released_by bigint,
  admitted_on date,
  admitted_by bigint,
  decided_on date,
  decided_by bigint,
  -- Which side declined a transfer ('from' or 'to'); null for a correction or an accepted request.
  declined_side text check (declined_side in ('from', 'to')),
  reason text,
  created_at timestamptz not null default now(),
  check (kind = 'correction' or to_org_id is not null)
);
create unique index member_requests_open_idx on member_requests (person_id, kind) where status = 'pending';
create index member_requests_from_idx on member_requests (from_org_id);
create index member_requests_to_idx on member_requests (to_org_id);
create trigger member_requests_federation before insert on member_requests
  for each row execute function fill_federation_id('from_org_id');
