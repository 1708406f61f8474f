import type { Actor } from '../access/access.ts';
import { besideTransaction, type Db, type Sql } from '../db/db.ts';
import type { ImportedInto } from './register-define.ts';
import { checkRegisterFile, type RegisterFileInput } from './register-files.ts';
import {
  openRegister,
  type RegisterImportAnswer,
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  refuseRows,
} from './register-sheet.ts';

/**
 * runRegisterImport for a register whose rows can be checked a batch at a time (what a check needs of earlier
 * rows, the caller keeps): the file is read, checked and written batch by batch in the import's one transaction,
 * so only a batch's rows are held at a time and the database writes one batch while node reads and checks the
 * next (ADR 93). All or nothing as before: the first row error stops the writing, the rest of the file is still
 * checked so every error is answered, and the transaction is rolled back; a dry run (预检) reads and checks
 * without a transaction.
 *
 * `plan` reads what is stored through `read`: on PostgreSQL another connection of the pool, which sees what is
 * committed — what a check made before the transaction saw — and runs while the transaction writes; on PGlite (one
 * connection) the transaction itself, its reads queued behind the batch being written.
 */
export async function runRegisterImportInBatches<
  K extends string,
  P,
  C extends { created: number },
  X extends object,
>(
  db: Db,
  spec: RegisterSpec<K>,
  input: RegisterFileInput,
  /** The day the import is made: cells dated after it are refused. */
  today: string,
  steps: {
    /** Who imports: a file they or a union above or below brought in already is refused (register-files.ts). */
    actor: Actor;
    /** Rows a batch (default 5,000). */
    batchSize?: number;
    /** A batch's rows checked against what is stored (`read`, see above), problems to `errors`. */
    plan: (read: Sql, rows: RegisterRow<K>[], errors: RegisterRowError[]) => Promise<P>;
    /** The unions a batch's records belong to: the answer's `unionIds` once written (ImportedInto). */
    unionsOf: (plan: P) => Iterable<number>;
    /** The counts a batch adds to the answer (summed over the batches). */
    counts: (plan: P) => C;
    /** Writes a batch in the import's transaction. */
    write: (sql: Sql, plan: P) => Promise<void>;
    /** After the last batch, in the same transaction (the audit row …): the answer's extra fields. */
    finish: (sql: Sql, counts: C) => Promise<X>;
    /** The counts of no rows (an empty file). */
    zero: C;
    dryRunExtras: X;
  },
): Promise<RegisterImportAnswer<C, X> & ImportedInto> {
  const mark = await checkRegisterFile(db, steps.actor, input);
  const register = await openRegister(spec, input.file, input.fileName, today);
  const errors: RegisterRowError[] = [];
  let total = 0;
  const counts = { ...steps.zero };
  const unionIds = new Set<number>();
  const add = (c: C) => {
    for (const [k, v] of Object.entries(c))
      if (typeof v === 'number') (counts as Record<string, number>)[k] += v;
  };
  const run = async (sql: Sql, writing: boolean) => {
    const read = besideTransaction(db, sql);
    let pending: Promise<void> = Promise.resolve();
    try {
      for await (const batch of register.batches(steps.batchSize ?? 5000)) {
        total += batch.count;
        for (const e of batch.errors) errors.push(e);
        // Read and checked while the batch before is written; written once that one is.
        const plan = await steps.plan(read, batch.rows, errors);
        add(steps.counts(plan));
        if (writing) for (const id of steps.unionsOf(plan)) unionIds.add(id);
        await pending;
        if (writing && !errors.length) {
          pending = steps.write(sql, plan);
          pending.catch(() => undefined); // awaited at the next batch or after the last
        }
      }
    } finally {
      // A batch being written when the reading failed ends before the transaction is rolled back.
      await pending.catch(() => undefined);
    }
    await pending;
  };
  const answer = (extras: X, dryRun: boolean) => {
    return {
      dryRun,
      total,
      ...counts,
      ...extras,
      errors: dryRun ? errors : [],
      ...register.notes(),
    } as RegisterImportAnswer<C, X>;
  };
  if (input.dryRun) {
    await run(db, false);
    await register.finishErrors(errors);
    return answer(steps.dryRunExtras, true);
  }
  const extras = await db.tx(async (sql) => {
    await run(sql, true);
    if (errors.length) {
      await register.finishErrors(errors);
      throw refuseRows(spec.title, errors, total);
    }
    await mark.keep(sql, counts.created);
    return steps.finish(sql, counts);
  });
  return { ...answer(extras, false), unionIds: [...unionIds] };
}
