-- Every message the platform sends to a person (an SMS today), kept whatever the sender does with it:
-- the default sender only records it here (sent_at stays null); a gateway sender sets sent_at (ADR 0010).
create table outbox (
  id bigint generated always as identity primary key,
  channel text not null check (channel in ('sms')),
  recipient text not null,
  text text not null,
  purpose text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbox_recipient_idx on outbox (recipient, id desc);
