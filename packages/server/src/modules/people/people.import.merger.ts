import type { Db, Sql } from '../../db/db.ts';
import {
  type MergeCounts,
  type MergeOptions,
  mergeStagedMembers,
  noMergeCounts,
} from './people.import.merge.ts';

/**
 * The merge of one import, in ONE transaction that commits only when the whole sheet is read: before
 * that commit, nothing has changed.
 *
 * On PostgreSQL the transaction opens as soon as rows are staged, on a connection of its own, and merges
 * what is staged while the next batches are validated: the database's work on the merge and Node's work on
 * validation run side by side instead of one after the other. When the merged rows must be dropped (a row
 * refused under "all rows or nothing", or rows sharing an ID number, whose staging is rewritten), `restart`
 * rolls them back and the commit merges everything anew. On PGlite, one connection serves every statement,
 * so a transaction held open would stop the validation's own look-ups: there the merge waits for the end.
 */
export interface Merger {
  /** Rows numbered up to `rowNo` are staged: merge them when the transaction is free. */
  staged(rowNo: number): void;
  /** The merge's error, once it has failed (the import cannot succeed). */
  readonly failed: unknown;
  /** Resolves once what is staged has been merged and the transaction waits for more (or is closed). */
  idle(): Promise<void>;
  /** Rolls back what was merged; the commit will merge every staged row again. */
  restart(): Promise<void>;
  /** Merges what is left, runs `last` in the same transaction and commits; returns the merge's counts. */
  commit(last: (sql: Sql, counts: MergeCounts) => Promise<void>): Promise<MergeCounts>;
}

const DROPPED = Symbol('merge rolled back');

export function createMerger(
  db: Db,
  jobId: number,
  merge: MergeOptions,
  options: {
    eager: boolean;
    /**
     * The most rows one part merges (default: no limit). On PGlite every statement runs on the server's own
     * thread, so the merge goes in parts that each hold it briefly, and other requests are answered between them.
     */
    partRows?: number;
  },
): Merger {
  const partRows = options.partRows ?? Number.POSITIVE_INFINITY;
  let eager = options.eager;
  let stagedUpTo = 0;
  let tx: {
    done: Promise<void>;
    drop: () => void;
    end: (last: Last) => void;
    wake: () => void;
    idle: () => Promise<void>;
  } | null = null;
  let failed: unknown = null;
  let counts = noMergeCounts();
  type Last = (sql: Sql, counts: MergeCounts) => Promise<void>;

  /** Opens the transaction; it merges whatever is staged until it is told to end or to drop its work. */
  function open() {
    let mergedUpTo = 0;
    let dropped = false;
    let last: Last | null = null;
    let wake: (() => void) | null = null;
    let idlers: (() => void)[] = [];
    let waiting = false;
    const nudge = () => {
      waiting = false;
      wake?.();
      wake = null;
    };
    counts = noMergeCounts();
    const done = db
      .tx(async (sql) => {
        for (;;) {
          if (dropped) throw DROPPED;
          const ending = last;
          if (ending || mergedUpTo < stagedUpTo) {
            // at most partRows at a time: at the end, everything left; before it, what is staged so far
            const rest = ending ? null : stagedUpTo;
            const upTo = mergedUpTo + partRows < stagedUpTo ? mergedUpTo + partRows : rest;
            const part = await mergeStagedMembers(sql, jobId, merge, {
              after: mergedUpTo,
              upTo,
            });
            for (const k of Object.keys(counts) as (keyof MergeCounts)[]) counts[k] += part[k];
            if (ending && upTo === null) return ending(sql, counts);
            mergedUpTo = upTo as number;
            continue;
          }
          for (const resolve of idlers) resolve();
          idlers = [];
          waiting = true;
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      })
      .catch((err) => {
        if (err === DROPPED) return;
        failed ??= err;
        throw err;
      });
    // its failure is read from `failed` while validating and thrown by commit(); never unhandled meanwhile
    done.catch(() => undefined);
    tx = {
      done,
      wake: nudge,
      idle: () =>
        waiting
          ? Promise.resolve()
          : Promise.race([new Promise<void>((resolve) => idlers.push(resolve)), done.catch(() => undefined)]),
      drop: () => {
        dropped = true;
        nudge();
      },
      end: (fn) => {
        last = fn;
        nudge();
      },
    };
  }

  return {
    staged(rowNo) {
      stagedUpTo = Math.max(stagedUpTo, rowNo);
      if (!eager || failed) return;
      if (!tx) open();
      else tx.wake();
    },
    get failed() {
      return failed;
    },
    idle: () => tx?.idle() ?? Promise.resolve(),
    async restart() {
      eager = false;
      const current = tx;
      tx = null;
      if (current) {
        current.drop();
        await current.done.catch(() => undefined);
      }
      failed = null;
    },
    async commit(last) {
      if (failed) throw failed;
      if (!tx) open();
      const current = tx as NonNullable<typeof tx>;
      current.end(last);
      await current.done;
      return counts;
    },
  };
}
