import type { Db, Sql } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { type RowPlace, rowEn, rowZh, SHEET_ROW_SPAN } from '../../shared/sheet-place.ts';
import { nextStagedRow } from '../jobs/index.ts';
import {
  checkStagedMembers,
  type MergeCounts,
  type MergeOptions,
  mergeStagedMembers,
  noMergeCounts,
  type RowRange,
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
 *
 * On PGlite a transaction also holds every other request, so a merge of more than `parts.rows` rows goes in
 * parts, each its own short transaction (ADR 70): every part is checked before the first is written, so a
 * refusal still writes nothing, and other requests are answered between parts.
 */
export interface Merger {
  /** Rows numbered up to `rowNo` are staged: merge them when the transaction is free. */
  staged(rowNo: number): void;
  /** The merge's error, once it has failed (the import cannot succeed). */
  readonly failed: unknown;
  /**
   * Resolves once the transaction waits for more (or is closed): what is staged has been merged, but for fewer
   * than the `rows` the merger waits for.
   */
  idle(): Promise<void>;
  /** Rolls back what was merged; the commit will merge every staged row again. */
  restart(): Promise<void>;
  /**
   * Merges what is left, runs `last` in the same transaction and commits; returns the merge's counts. `rowAt` names a
   * row by its number (its sheet, when the file was read from several: sheet-place.ts).
   */
  commit(
    last: (sql: Sql, counts: MergeCounts) => Promise<void>,
    rowAt?: (rowNo: number) => RowPlace,
  ): Promise<MergeCounts>;
}

const DROPPED = Symbol('merge rolled back');

/** The bounds of a part's size in rows when parts are sized by time. */
const MIN_PART_ROWS = 200;
const MAX_PART_ROWS = 10_000;

/**
 * A merge in parts that failed after a part was committed (a fault, not a refusal: every part was checked first).
 * What was written stays; importing the same file again completes it, the rows already written being found.
 */
const interrupted = (at: RowPlace, cause: unknown) =>
  Object.assign(
    new AppError(
      'conflict',
      'IMPORT_INTERRUPTED',
      {
        zh: `导入在写入${rowZh(at)}之后中断：此前的行已导入，其余未导入。请用同一文件重新导入，已导入的人员会被识别为已登记`,
        en: `The import stopped after writing ${rowEn(at)}: the rows before it were imported, the rest were not. Import the same file again; the people already imported will be found as registered`,
      },
      { ...at },
    ),
    { cause },
  );

export function createMerger(
  db: Db,
  jobId: number,
  merge: MergeOptions,
  options: {
    eager: boolean;
    /**
     * PGlite only: merge a sheet of more than `rows` rows in parts, each in a transaction of its own, checked
     * whole first (default: one transaction). The first part has `rows` rows; with `ms`, each
     * later one is sized to take about that long, so that a loaded machine makes smaller parts rather than
     * longer waits for everyone else.
     */
    parts?: { rows: number; ms?: number };
    /**
     * Eager only: merge once this many rows (by row number) are staged past what is merged (default 1): the
     * rows are validated in small batches, and each merge costs a few statements whatever its size.
     */
    rows?: number;
  },
): Merger {
  const partRows = db.kind === 'pglite' ? (options.parts?.rows ?? 0) : 0;
  const partMs = options.parts?.ms;
  let eager = options.eager;
  const minRows = options.rows ?? 1;
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
          if (ending || stagedUpTo - mergedUpTo >= minRows) {
            // at the end, everything left; before it, what is staged so far
            const upTo = ending ? null : stagedUpTo;
            const part = await mergeStagedMembers(sql, jobId, merge, {
              after: mergedUpTo,
              upTo,
            });
            for (const k of Object.keys(counts) as (keyof MergeCounts)[]) counts[k] += part[k];
            if (upTo === null) return (ending as Last)(sql, counts);
            mergedUpTo = upTo;
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

  /**
   * Runs `step` over the staged rows part by part, each in a transaction of its own, the last one to the end
   * (upTo null); `committed` hears of each part but the last once it is committed.
   */
  async function inParts(
    step: (sql: Sql, range: RowRange) => Promise<void>,
    committed: (upTo: number) => void = () => undefined,
  ) {
    let rows = partRows;
    for (let after = 0; ; ) {
      const upTo = after + rows < stagedUpTo ? after + rows : null;
      const started = performance.now();
      await db.tx((sql) => step(sql, { after, upTo }));
      if (upTo === null) return;
      committed(upTo);
      if (partMs) {
        const took = Math.max(1, performance.now() - started);
        rows = Math.min(MAX_PART_ROWS, Math.max(MIN_PART_ROWS, Math.round((rows * partMs) / took)));
      }
      after = upTo;
      // a file read from several sheets numbers each sheet's rows from a start of its own (ADR 152): the parts
      // step over the numbers between one sheet's last row and the next sheet's first
      if (stagedUpTo >= SHEET_ROW_SPAN) {
        const next = await nextStagedRow(db, jobId, after);
        after = next === null ? stagedUpTo : Math.max(after, next - 1);
      }
    }
  }

  /**
   * The PGlite merge of a large sheet: checked whole, then written part by part. A part that finds the
   * database changed under it since the check (someone registered one of the file's people meanwhile) stops
   * the merge there; what was written stays, and the same file imported again completes it.
   */
  async function commitInParts(last: Last, rowAt: (rowNo: number) => RowPlace): Promise<MergeCounts> {
    await inParts((sql, range) => checkStagedMembers(sql, jobId, merge, range));
    counts = noMergeCounts();
    let mergedUpTo = 0;
    try {
      await inParts(
        async (sql, range) => {
          const part = await mergeStagedMembers(sql, jobId, merge, range);
          for (const k of Object.keys(counts) as (keyof MergeCounts)[]) counts[k] += part[k];
          if (range.upTo === null) await last(sql, counts);
        },
        (upTo) => {
          mergedUpTo = upTo;
        },
      );
    } catch (err) {
      throw mergedUpTo === 0 ? err : interrupted(rowAt(mergedUpTo), err);
    }
    return counts;
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
    async commit(last, rowAt = (rowNo) => ({ rowNo })) {
      if (failed) throw failed;
      if (!tx && partRows > 0 && stagedUpTo > partRows) return commitInParts(last, rowAt);
      if (!tx) open();
      const current = tx as NonNullable<typeof tx>;
      current.end(last);
      await current.done;
      return counts;
    },
  };
}
