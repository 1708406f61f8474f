-- The keys each serving process can read, announced every few seconds (KEY_STATE_REFRESH_SECONDS): `keys rotate`
-- makes no key current that a running process could not read (ADR 153). A process forgets its row when it stops;
-- a row not seen for a while is a process gone, and is passed over.
create table key_holders (
  holder text primary key,
  keys text[] not null,
  seen_at timestamptz not null
);
