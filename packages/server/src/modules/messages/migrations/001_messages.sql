-- The in-app message centre: one row per message to one user account, in both languages. Rows are written
-- in the transaction of the decision that causes them (an approval, a payment, a claim grant), so a message
-- exists exactly when its decision does. delivered_at marks that a pluggable sender (SMS, WeChat …) has
-- pushed it out; read_at that the user has seen it in the app.
create table messages (
  id bigint generated always as identity primary key,
  user_id bigint not null references users(id) on delete cascade,
  kind text not null,
  title_zh text not null,
  title_en text not null,
  body_zh text not null,
  body_en text not null,
  -- An app path the message opens, e.g. /m/applications/123.
  link text,
  entity text,
  entity_id bigint,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  delivered_at timestamptz
);
-- A user's list, newest first, and their unread count.
create index messages_user_idx on messages (user_id, id desc);
create index messages_unread_idx on messages (user_id) where read_at is null;
-- Messages still to be pushed out, oldest first.
create index messages_undelivered_idx on messages (id) where delivered_at is null;
-- Notices are addressed to persons; their accounts are found through users.person_id.
create index if not exists users_person_idx on users (person_id) where person_id is not null;
