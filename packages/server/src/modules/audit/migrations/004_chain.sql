-- The audit log is append-only and chained (ADR 77). Each row carries its place in the chain (seq), the hash of the
-- row before it (prev_hash) and its own hash over a canonical serialisation of its fields and prev_hash, e.g.
-- 'sha256:…' or 'sm3:…'. Rows are written without them and sealed in commit order by the sealer (audit.chain.ts),
-- which alone fills the three chain columns, once.
alter table audit_log add column seq bigint;
alter table audit_log add column prev_hash text;
alter table audit_log add column hash text;
create index audit_log_seq_idx on audit_log (seq, id);
create index audit_log_unsealed_idx on audit_log (id) where hash is null;

-- The chain's head (the last sealed row) and anchor (the last row archived out of the table: the first row left
-- names its hash as prev_hash). One row; the sealer locks it, so sealers in several processes take turns.
create table audit_chain (
  id int primary key check (id = 1),
  head_seq bigint not null default 0,
  head_hash text not null default '',
  anchor_seq bigint not null default 0,
  anchor_hash text not null default '',
  anchor_file text
);
insert into audit_chain (id) values (1);

-- No UPDATE or DELETE of a row: the one update allowed fills the chain columns of a row not yet sealed and changes
-- nothing else; the one delete allowed is the archive's (audit_archive below), of sealed rows only.
create function audit_log_guard() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    if current_setting('gonghui.audit_archive', true) = 'on' and old.hash is not null then
      return old;
    end if;
    raise exception 'audit_log is append-only: rows leave it only through audit_archive()'
      using errcode = 'insufficient_privilege';
  end if;
  if old.hash is null and new.hash is not null
     and (new.id, new.at, new.user_id, new.username, new.action, new.entity, new.entity_id, new.org_id,
          new.before, new.after, new.ip, new.actor_name, new.federation_id)
         is not distinct from
         (old.id, old.at, old.user_id, old.username, old.action, old.entity, old.entity_id, old.org_id,
          old.before, old.after, old.ip, old.actor_name, old.federation_id) then
    return new;
  end if;
  raise exception 'audit_log is append-only: a row cannot be changed'
    using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_guard before update or delete on audit_log
  for each row execute function audit_log_guard();

create function audit_log_no_truncate() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: it cannot be truncated' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_no_truncate();

-- The archive's one way out: the sealed rows up to `through` (a prefix of the chain) leave the table, and the anchor
-- keeps the last one's hash so the chain left online still verifies. SECURITY DEFINER: it runs as the tables'
-- owner, so an application role without DELETE on audit_log can archive but not delete.
create function audit_archive(through bigint, file text) returns bigint
  language plpgsql security definer set search_path from current as $$
declare
  last_hash text;
  removed bigint;
begin
  perform 1 from audit_chain where id = 1 for update;
  select hash into last_hash from audit_log where seq = through;
  if last_hash is null then
    raise exception 'audit_archive: no sealed row at seq %', through;
  end if;
  perform set_config('gonghui.audit_archive', 'on', true);
  delete from audit_log where seq <= through;
  get diagnostics removed = row_count;
  perform set_config('gonghui.audit_archive', 'off', true);
  update audit_chain set anchor_seq = through, anchor_hash = last_hash, anchor_file = file where id = 1;
  return removed;
end $$;

-- Where the application connects as a role that does not own the table, that role keeps SELECT and INSERT, may
-- fill the chain columns only, and archives only through audit_archive() (docs/security.md, "Audit log").
do $$
declare
  r record;
begin
  revoke update, delete, truncate on audit_log from public;
  for r in
    select distinct grantee from information_schema.role_table_grants
     where table_name = 'audit_log' and table_schema = current_schema()
       and grantee <> (select tableowner from pg_tables where tablename = 'audit_log' and schemaname = current_schema())
       and grantee <> 'PUBLIC'
  loop
    execute format('revoke update, delete, truncate on audit_log from %I', r.grantee);
    execute format('grant update (seq, prev_hash, hash) on audit_log to %I', r.grantee);
  end loop;
end $$;
