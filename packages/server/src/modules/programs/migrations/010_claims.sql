-- Flash claims. First-come grants need no table of their own: a grant is an approved application with
-- intake 'claim', taken by one guarded UPDATE of the program's usage row (see docs/adr on flash claims).
-- A lottery collects entries during the claim window; staff then draw the winners once, with a seed
-- that is kept so anyone can recompute the draw from the entries.
create table claim_entries (
  program_id bigint not null references programs(id),
  person_id bigint not null references persons(id),
  -- The entrant's union when entering (scope for reports).
  org_id bigint not null references orgs(id),
  entered_at timestamptz not null default now(),
  -- Set by the draw: true for winners, false for the others; null before the draw.
  won boolean,
  application_id bigint references applications(id),
  primary key (program_id, person_id)
);
create index claim_entries_person_idx on claim_entries (person_id);

create table claim_draws (
  program_id bigint primary key references programs(id),
  seed text not null,
  entries integer not null,
  winners integer not null,
  -- md5 of the entrants' person ids in ascending order, joined by ',': pins the list the draw ran on.
  entries_digest text not null,
  drawn_by bigint,
  drawn_by_name text,
  drawn_at timestamptz not null default now()
);

-- Granted claims of a program, in grant order (claim stats, the holders list of a sold-out program).
create index applications_claims_idx on applications (program_id, created_at) where intake = 'claim';
