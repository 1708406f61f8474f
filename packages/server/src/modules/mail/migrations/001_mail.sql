-- Staff reminders copied by e-mail (modules/mail). Each account's address and the message kinds it wants by mail.
create table mail_settings (
  user_id bigint primary key references users(id) on delete cascade,
  email text not null,
  kinds text[] not null default '{}',
  -- Only messages written after this are copied (none from before the address was given).
  since timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- One e-mail per in-app message copied: queued once the message's transaction has committed, sent by any server
-- process (rows claimed `for update skip locked`, then leased), retried with backoff on a transient SMTP error.
create table mail_queue (
  id bigint generated always as identity primary key,
  message_id bigint not null unique references messages(id) on delete cascade,
  user_id bigint not null references users(id) on delete cascade,
  to_address text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null,
  next_attempt_at timestamptz not null,
  lease_until timestamptz,
  attempts integer not null default 0,
  sent_at timestamptz,
  failed_at timestamptz,
  last_error text
);
create index mail_queue_due_idx on mail_queue (next_attempt_at) where sent_at is null and failed_at is null;

-- Every attempt and the SMTP server's answer.
create table mail_attempts (
  id bigint generated always as identity primary key,
  queue_id bigint not null references mail_queue(id) on delete cascade,
  at timestamptz not null,
  ok boolean not null,
  response text not null
);
create index mail_attempts_queue_idx on mail_attempts (queue_id);
