import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db, QueryOptions } from './db.ts';

/**
 * Reads from a streaming replica (DATABASE_READ_URL, ADR 0080). Only where a request says so — statistics pages
 * and exports (http/read-replica.ts) — and only plain reads: a statement that writes or locks, and everything in a
 * transaction, goes to the primary, and after its first write a request reads the primary too. A request carrying
 * the primary's WAL position of its caller's last write (the `gonghui_lsn` cookie) reads the replica only once the
 * replica has replayed that far, so a page that has just written reads its own write.
 */
export interface ReadChoice {
  /** May this request's reads go to the replica? Turned off by its first write. */
  replica: boolean;
  /** The primary's WAL position the replica must have replayed (the caller's last write). */
  afterLsn?: string;
  /** Whether the replica has replayed afterLsn: asked once per request. */
  caughtUp?: Promise<boolean>;
  /** Where the reads went (for the x-gonghui-read header and the tests). */
  used?: 'replica' | 'primary';
}

const readChoice = new AsyncLocalStorage<ReadChoice>();

/** Runs `fn` (and everything it starts) with this request's read choice. */
export const runWithReadChoice = <T>(choice: ReadChoice, fn: () => T): T => readChoice.run(choice, fn);

/** The read choice of the request under way, if its route reads from the replica. */
export const currentReadChoice = (): ReadChoice | undefined => readChoice.getStore();

const READ = /^\s*(select|with)\b/i;
const WRITES =
  /\b(insert|update|delete|merge|for\s+(update|share|no\s+key\s+update|key\s+share)|nextval|setval|pg_advisory\w*|pg_try_advisory\w*)\b/i;

/**
 * What the replica answers when it cannot serve: a write in its read-only transaction (25006), a query cancelled
 * by its replay (40001), its connection lost or refused (08xxx, 57P0x, ECONNREFUSED …).
 */
function isReplicaRefusal(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return (
    typeof code === 'string' &&
    /^(25006|40001|08...|57P0\d|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/.test(code)
  );
}

/** A WAL position as PostgreSQL prints it (hex/hex). */
export const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;

export interface RoutedDb extends Db {
  readonly replica: Db;
  /** The primary's WAL position after everything written so far (for the read-your-write cookie). */
  primaryLsn(): Promise<string>;
}

export const hasReplica = (db: Db): db is RoutedDb => 'replica' in db && 'primaryLsn' in db;

/** The primary for everything, and `replica` for the reads of requests that may use it. */
export function withReplica(primary: Db, replica: Db): RoutedDb {
  async function mayUseReplica(choice: ReadChoice): Promise<boolean> {
    if (!choice.afterLsn) return true;
    choice.caughtUp ??= replica
      .query<{ caught: boolean }>(
        'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as caught',
        [choice.afterLsn],
      )
      .then((r) => r.rows[0].caught === true)
      .catch(() => false);
    return choice.caughtUp;
  }

  return {
    kind: primary.kind,
    replica,
    async query<T>(text: string, params?: unknown[], options?: QueryOptions) {
      const choice = readChoice.getStore();
      if (choice?.replica) {
        if (!READ.test(text) || WRITES.test(text)) choice.replica = false;
        else if (await mayUseReplica(choice)) {
          try {
            const r = await replica.query<T>(text, params, options);
            choice.used ??= 'replica';
            return r;
          } catch (err) {
            // the replica down, or a query cancelled by its replay: the primary answers
            if (!isReplicaRefusal(err)) throw err;
          }
        }
      }
      if (choice) choice.used = 'primary';
      return primary.query<T>(text, params, options);
    },
    async tx(fn) {
      const choice = readChoice.getStore();
      // a statistics page reads in one transaction for a consistent picture: on the replica, read-only there; one
      // that turns out to write is refused by the replica (25006) and run again on the primary, before any harm
      if (choice?.replica && (await mayUseReplica(choice))) {
        try {
          const result = await replica.tx(fn);
          choice.used ??= 'replica';
          return result;
        } catch (err) {
          if (!isReplicaRefusal(err)) throw err;
        }
      }
      if (choice) {
        choice.replica = false;
        choice.used = 'primary';
      }
      return primary.tx(fn);
    },
    lock: primary.lock?.bind(primary),
    poolStats: primary.poolStats?.bind(primary),
    async primaryLsn() {
      const { rows } = await primary.query<{ lsn: string }>(
        'select pg_current_wal_insert_lsn()::text as lsn',
      );
      return rows[0].lsn;
    },
    async close() {
      await Promise.all([primary.close(), replica.close()]);
    },
  };
}
