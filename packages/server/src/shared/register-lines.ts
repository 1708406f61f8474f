import type { Permission } from '../access/access.ts';
import type { Db, Sql } from '../db/db.ts';
import type { AuditAction, AuditEntity } from '../modules/audit/index.ts';
import { addCounts, type CountDelta } from '../modules/reporting/index.ts';
import type { Clock } from './clock.ts';
import { defineRegister, type RegisterRun } from './register-define.ts';
import { type HeldRecords, linesNotOnRecord, type OneRecordPerRow } from './register-same.ts';
import type { RegisterRow, RegisterRowError, RegisterSpec } from './register-sheet.ts';
import type { RowPlace } from './sheet-place.ts';

/** A line as it is written: without its row, nor the field only its refusals quote; its union kept. */
export type WrittenLine<L extends { orgId: number }, S extends keyof L> = Omit<L, 'rowNo' | 'sheet' | S> &
  Pick<L, 'orgId'>;

/** Who entered a register's lines and on which day: the import's actor (none for the system) and its day. */
export interface LinesEntered {
  userId: number | null;
  on: string;
}

/**
 * What a register of one record per row declares (ADR 150): its sheet, how a row becomes a line, what is on record
 * and how a line is compared with it, what the answer counts, how the lines are written and what each counts.
 */
export interface LineRegisterDefinition<
  K extends string,
  L extends RowPlace & { orgId: number },
  S extends Exclude<keyof L, 'orgId'>,
  C extends object,
> {
  spec: RegisterSpec<K>;
  permission: Permission;
  /** The rows checked, problems pushed to `errors`: a line for each row that has none. */
  lines(
    sql: Sql,
    rows: RegisterRow<K>[],
    errors: RegisterRowError[],
    run: RegisterRun,
  ): Promise<NoInfer<L>[]>;
  /** The records the lines name, by `same.keyOf`. */
  held(sql: Sql, lines: NoInfer<L>[]): Promise<HeldRecords<NoInfer<L>>>;
  /** How a line is keyed to its record and compared with it: the register's line type is read from it. */
  same: OneRecordPerRow<L>;
  /** The field the refusals quote (a union's or a station's name), not written. */
  saidOnly: S;
  /** What the answer counts besides the lines to write (`created`) and the rows on record (`onRecord`). */
  counts(lines: WrittenLine<L, S>[]): C;
  /** The lines written, as entered by the import's actor on its day. */
  insert(sql: Sql, lines: WrittenLine<L, S>[], entered: LinesEntered): Promise<void>;
  /** What a written line counts in the statistics (the reporting layer), on its own day, as one entered live does. */
  countsOf(line: WrittenLine<L, S>): CountDelta[];
  audit: { action: AuditAction; entity: AuditEntity };
}

/**
 * A register whose every row is one record (ADR 150: a union's month of counselling, a station's day of a service,
 * a visit): the rows checked and planned as lines in one transaction, the parsed rows then let go, and the lines read
 * against what is on record (`linesNotOnRecord`): one on record as the row gives it is skipped and counted
 * (`onRecord`), one that differs or repeats another row's key is refused. The lines to write count as `created`;
 * their unions are those of the go-live checklist. They are written, then counted, in the import's transaction.
 */
export function defineLineRegister<
  K extends string,
  L extends RowPlace & { orgId: number },
  S extends Exclude<keyof L, 'orgId'>,
  C extends object,
>(db: Db, clock: Clock, d: LineRegisterDefinition<K, L, S, C>) {
  return defineRegister(db, clock, {
    spec: d.spec,
    permission: d.permission,
    plan: (rows, errors, run) =>
      db.tx(async (sql) => {
        const lines = await d.lines(sql, rows, errors, run);
        rows.length = 0;
        const planned = linesNotOnRecord(lines, await d.held(sql, lines), d.same, errors);
        const written = planned.lines.map((l) => {
          const { [d.saidOnly]: _, ...rest } = l;
          return rest as unknown as WrittenLine<L, S>;
        });
        return { lines: written, onRecord: planned.onRecord };
      }),
    counts: ({ lines, onRecord }) => ({ created: lines.length, onRecord, ...d.counts(lines) }),
    unionsOf: ({ lines }) => lines.map((l) => l.orgId),
    dryRunExtras: {},
    write: async (sql, { lines }, _counts, { actor, today }) => {
      await d.insert(sql, lines, { userId: actor.userId || null, on: today });
      await addCounts(
        sql,
        lines.flatMap((l) => d.countsOf(l)),
      );
      return {};
    },
    audit: d.audit,
  });
}
