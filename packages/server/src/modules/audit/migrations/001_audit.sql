-- Append-only: every write, and every read of unmasked personal data.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  user_id bigint,
  username text,
  action text not null,
  entity text not null,
  entity_id text,
  org_id bigint,
  before jsonb,
  after jsonb,
  ip text
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_entity_idx on audit_log (entity, entity_id);
