/**
 * The steps the streaming replica's tests share (replica.pg.test.ts, two-servers-replica.pg.test.ts): whether the
 * replica has caught up, its replay paused and resumed, and the activity a page writes while it is paused.
 */
import type { Db } from '../src/db/db.ts';
import { until } from './server-process.ts';

/**
 * Has `standby` replayed everything `primary` has written so far? Up to the primary's insert position, as the
 * read-your-write cookie names it (RoutedDb.primaryLsn), not only what is flushed.
 */
export async function replicaCaughtUp(primary: Db, standby: Db): Promise<boolean> {
  const { rows } = await primary.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn');
  const r = await standby.query<{ caught: boolean }>(
    'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as caught',
    [rows[0].lsn],
  );
  return r.rows[0].caught;
}

/** Stops `standby`'s replay and waits until it has stopped: from then on what it serves is behind `primary`. */
export async function pauseReplay(primary: Db, standby: Db): Promise<void> {
  await standby.query('select pg_wal_replay_pause()');
  // a pause is a request the replay honours at its next record: give it one, and wait for it to stop
  await primary.query('select pg_switch_wal()');
  await until(
    async () =>
      (await standby.query<{ s: string }>('select pg_get_wal_replay_pause_state() as s')).rows[0].s ===
      'paused',
    30,
    'the replica to pause its replay',
  );
}

/** Lets `standby` replay again and waits until it has caught up with `primary`. */
export async function resumeReplay(primary: Db, standby: Db): Promise<void> {
  await standby.query('select pg_wal_replay_resume()');
  await until(() => replicaCaughtUp(primary, standby), 30, 'the replica to replay the write');
}

/** The body of POST /api/activities for a show at `orgId`: the write a page makes while the replica is behind. */
export const showActivity = (orgId: number, title: string) => ({
  orgId,
  title,
  kind: 'show',
  place: '区工人文化宫',
  places: 20,
  signupFrom: '2026-06-15',
  signupUntil: '2026-06-19',
  sessions: [{ startsAt: '2026-06-20T19:00:00+08:00', endsAt: '2026-06-20T21:00:00+08:00' }],
});
