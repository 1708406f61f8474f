-- SMS through a provider (ADR 0083). A row is written in the deciding transaction; a dispatcher sends it after
-- commit. state: recorded (the outbox sender: kept here only, as before), queued (waits for the dispatcher,
-- next_attempt_at), sent (the provider accepted it), delivered / failed (the receipt, or a refusal: no template,
-- the limits, a permanent provider error).
alter table outbox add column state text not null default 'recorded'
  check (state in ('recorded', 'queued', 'sent', 'delivered', 'failed'));
alter table outbox add column provider text;
-- The union the message is counted against on the delivery page: the caller's, else the recipient member's
-- union at the time of sending; null: only the platform administrator sees it.
alter table outbox add column org_id bigint references orgs(id);
-- The federation whose daily budget the message spends (not a distribution column: the outbox stays whole on the
-- primary, docs/scaling.md).
alter table outbox add column budget_federation_id bigint;
-- An in-app message also sent by SMS, and the account it was for.
alter table outbox add column message_id bigint;
alter table outbox add column user_id bigint references users(id) on delete set null;
alter table outbox add column template_id text;
-- The template's parameters in the provider's order (names with values); a one-time code is masked once sent.
alter table outbox add column params jsonb;
alter table outbox add column attempts integer not null default 0;
alter table outbox add column next_attempt_at timestamptz;
alter table outbox add column serial text;
alter table outbox add column billed integer;
alter table outbox add column fee_fen integer;
alter table outbox add column delivered_at timestamptz;
alter table outbox add column failed_at timestamptz;
alter table outbox add column reason_code text;
alter table outbox add column reason_zh text;
alter table outbox add column reason_en text;
create index outbox_queued_idx on outbox (next_attempt_at, id) where state = 'queued';
create index outbox_sent_idx on outbox (provider, id) where state = 'sent';
create index outbox_message_idx on outbox (message_id) where message_id is not null;
create index outbox_recipient_sent_idx on outbox (recipient, sent_at) where sent_at is not null;

-- Every call to the provider and its answer.
create table sms_attempts (
  id bigint generated always as identity primary key,
  outbox_id bigint not null references outbox(id) on delete cascade,
  attempted_at timestamptz not null,
  provider text not null,
  ok boolean not null,
  transient boolean not null default false,
  code text,
  message text,
  request_id text,
  serial text,
  billed integer
);
create index sms_attempts_outbox_idx on sms_attempts (outbox_id, id);

-- Messages accepted per federation and China day: the daily budget, and the lock that makes it hold across
-- dispatchers.
create table sms_daily (
  budget_federation_id bigint not null,
  day date not null,
  sent integer not null default 0,
  primary key (budget_federation_id, day)
);

-- Template ids set by the platform administrator, per provider and purpose (GONGHUI_SMS_TEMPLATES wins).
create table sms_templates (
  provider text not null,
  purpose text not null,
  template_id text not null,
  updated_at timestamptz not null,
  updated_by bigint references users(id) on delete set null,
  primary key (provider, purpose)
);

-- Which kinds of in-app message an account also gets by SMS (none unless chosen; codes always come).
create table sms_preferences (
  user_id bigint not null references users(id) on delete cascade,
  kind text not null,
  primary key (user_id, kind)
);
