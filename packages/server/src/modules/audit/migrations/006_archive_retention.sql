-- The archive's one way out keeps the retention itself (等保 level 3: six months online). audit_archive() runs as
-- the owner and any role may call it, the application's included; it removed whatever prefix of the chain it was
-- given, so a role without DELETE could take out yesterday's rows with `select audit_archive(<place>, '')`, and
-- the chain left online still verified from the new anchor. Now a prefix holding a row of the last 180 days (the
-- least GONGHUI_AUDIT_RETENTION_DAYS allows; `audit archive` checks the configured days first) is refused.
create or replace function audit_archive(through bigint, file text) returns bigint
  language plpgsql security definer set search_path from current as $$
declare
  last_hash text;
  newest timestamptz;
  removed bigint;
begin
  perform 1 from audit_chain where id = 1 for update;
  select hash into last_hash from audit_log where seq = through;
  if last_hash is null then
    raise exception 'audit_archive: no sealed row at seq %', through;
  end if;
  select max(at) into newest from audit_log where seq <= through;
  if newest > now() - interval '180 days' then
    raise exception 'audit_archive: rows of the last 180 days stay online (place % holds one of %)', through, newest
      using errcode = 'insufficient_privilege';
  end if;
  perform set_config('gonghui.audit_archive', 'on', true);
  delete from audit_log where seq <= through;
  get diagnostics removed = row_count;
  perform set_config('gonghui.audit_archive', 'off', true);
  update audit_chain set anchor_seq = through, anchor_hash = last_hash, anchor_file = file where id = 1;
  return removed;
end $$;
