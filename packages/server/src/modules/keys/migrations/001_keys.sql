-- The keyring's state, shared by every server process (the key material itself is never in the database: it is in
-- the data directory's keys/ folder or the environment, see docs/deploy.md "Keys"). One row: the key new values are
-- written under, and the keys whose values may still be in the tables (look-ups search under each of them).
create table key_state (
  id integer primary key default 1 check (id = 1),
  current_key text not null,
  live_keys text[] not null,
  changed_at timestamptz not null
);

-- A rotation: every protected value re-encrypted (and its look-up hash recomputed) under to_key. At most one runs.
create table key_rotations (
  id bigint generated always as identity primary key,
  from_keys text[] not null,
  to_key text not null,
  started_at timestamptz not null,
  finished_at timestamptz,
  -- keys no value uses any more, once finished
  retired_keys text[]
);
create unique index key_rotations_one_running on key_rotations ((true)) where finished_at is null;

-- How far a rotation has come in each protected table: the last row id done and the rows rewritten; an
-- interrupted run resumes after last_id.
create table key_rotation_progress (
  rotation_id bigint not null references key_rotations(id),
  step text not null,
  last_id bigint not null default 0,
  rows_done bigint not null default 0,
  done boolean not null default false,
  primary key (rotation_id, step)
);
