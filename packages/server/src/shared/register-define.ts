import { type Actor, type Permission, requireAccess } from '../access/access.ts';
import type { Db, Sql } from '../db/db.ts';
import { type AuditAction, type AuditEntity, recordAudit } from '../modules/audit/index.ts';
import type { Clock } from './clock.ts';
import { todayInChina } from './dates.ts';
import type { Bilingual } from './errors.ts';
import { checkRegisterFile, type RegisterFileInput, type RegisterFileMark } from './register-files.ts';
import {
  type RegisterImportAnswer,
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  readRegister,
  refuseRows,
  registerTemplate,
} from './register-sheet.ts';

/** A register's import as its module offers it (ADR 41): the template and the import, dry run or not. */
export interface RegisterImporter<R> {
  /** The register's one name: its template's file and sheet, its line on 导入历史台账, its refusals. */
  readonly title: Bilingual;
  template(actor: Actor): Buffer | Promise<Buffer>;
  importFile(actor: Actor, input: RegisterFileInput): Promise<R>;
}

/**
 * What an import that wrote adds to its answer: the unions its records belong to, each once. In no route's answer
 * schema, so never sent: the go-live checklist counts an import by an account without a union for them
 * (golive.registers.ts).
 */
export interface ImportedInto {
  unionIds?: number[];
}

/** One import as the steps of a register see it: who brings the file in, on which day, under which name. */
export interface RegisterRun {
  actor: Actor;
  /** The day the import is made (China): cells dated after it are refused. */
  today: string;
  fileName: string;
}

/** What a register declares; `defineRegister` makes its template and its import from it. */
export interface RegisterDefinition<K extends string, P, C extends { created: number }, X extends object> {
  spec: RegisterSpec<K>;
  /** Needed for the template and the import alike; the rows are then checked against the caller's subtree. */
  permission: Permission;
  /** The rows checked (problems pushed to `errors`) and planned: what writing needs. */
  plan(rows: RegisterRow<K>[], errors: RegisterRowError[], run: RegisterRun): Promise<P>;
  /** What the answer counts, for the dry run (预检) and the import alike. */
  counts(plan: P, run: RegisterRun): C;
  /**
   * Writes the plan in the import's one transaction (then the audit row); what it returns joins the answer, but
   * `audited`, which joins the audit row's `after` only (the ids written, the records replaced).
   */
  write(sql: Sql, plan: P, counts: C, run: RegisterRun): Promise<NoInfer<X> & { audited?: object }>;
  /**
   * The unions the plan's records belong to: an import by an account without a union (the platform's
   * administrator, the command line) counts on the go-live checklist of their federations (golive.registers.ts).
   */
  unionsOf(plan: P): Iterable<number>;
  /** What a dry run answers in place of what `write` returns. */
  dryRunExtras: X;
  /** The import's audit row: `after` is the file's name and the counts unless `after` says otherwise. */
  audit: {
    action: AuditAction;
    entity: AuditEntity;
    after?: (counts: C, written: X, run: RegisterRun) => object;
  };
}

/**
 * A register's shell (issue 46): its title, and its template and import behind its permission, the file checked
 * before the import reads it (a file brought in already is refused; `mark` keeps it in the import's transaction,
 * register-files.ts). `defineRegister` fills the import from a register's three steps; a register whose import
 * takes another form (a calendar year replaced whole, an import written as it is read) gives its own `importFile`.
 */
export function registerShell<K extends string, R>(
  db: Db,
  spec: RegisterSpec<K>,
  permission: Permission,
  importFile: (actor: Actor, input: RegisterFileInput, mark: RegisterFileMark) => Promise<R>,
): Omit<RegisterImporter<R>, 'template'> & { template(actor: Actor): Buffer } {
  return {
    title: spec.title,
    template(actor) {
      requireAccess(actor, permission);
      return registerTemplate(spec);
    },
    async importFile(actor, input) {
      requireAccess(actor, permission);
      return importFile(actor, input, await checkRegisterFile(db, actor, input));
    },
  };
}

/**
 * The service shell every register shares (issue 46): `registerShell` behind the register's permission, the day
 * taken from the clock, the file read and checked by `runRegisterImport` (all rows or none), written in one
 * transaction with its audit row and the file's mark. A register declares its sheet and its three steps only.
 */
export function defineRegister<K extends string, P, C extends { created: number }, X extends object>(
  db: Db,
  clock: Clock,
  d: RegisterDefinition<K, P, C, X>,
): RegisterImporter<RegisterImportAnswer<C, X> & ImportedInto> {
  return registerShell(db, d.spec, d.permission, (actor, input, mark) => {
    const run: RegisterRun = { actor, today: todayInChina(clock()), fileName: input.fileName };
    return runRegisterImport(d.spec, input, run.today, {
      plan: (rows, errors) => d.plan(rows, errors, run),
      counts: (plan) => d.counts(plan, run),
      dryRunExtras: d.dryRunExtras,
      write: (plan, counts) =>
        db.tx(async (sql) => {
          const { audited, ...written } = await d.write(sql, plan, counts, run);
          await recordAudit(sql, actor, {
            action: d.audit.action,
            entity: d.audit.entity,
            orgId: actor.orgId,
            after: { fileName: input.fileName, ...counts, ...audited },
          });
          await mark.keep(sql, counts.created);
          return { ...written, unionIds: [...new Set(d.unionsOf(plan))] } as X & ImportedInto;
        }),
    });
  });
}

/**
 * The one way a register comes in: read the file, check the rows against what is stored (`plan`, problems to
 * `errors`), count; a dry run (预检) answers there, writing nothing; otherwise any error refuses the whole file
 * and `write` (one transaction, with its audit) brings every row in. `dryRunExtras` are the answer's fields that
 * only writing can fill (a subsidy the program refused …), empty on a dry run.
 */
export async function runRegisterImport<K extends string, P, C extends { created: number }, X extends object>(
  spec: RegisterSpec<K>,
  input: { file: Buffer; fileName: string; dryRun: boolean },
  /** The day the import is made: cells dated after it are refused. */
  today: string,
  steps: {
    /** May let the rows go as it reads them (empty the array): the plan holds what writing needs. */
    plan: (rows: RegisterRow<K>[], errors: RegisterRowError[]) => Promise<P>;
    counts: (plan: P) => C;
    write: (plan: P, counts: C) => Promise<X>;
    dryRunExtras: X;
  },
): Promise<RegisterImportAnswer<C, X>> {
  const read = await readRegister(spec, input.file, input.fileName, today);
  const errors = [...read.errors];
  const total = read.count;
  const plan = await steps.plan(read.rows, errors);
  await read.finishErrors(errors);
  // The plan holds what writing needs: the parsed cells go before the write (a large register's biggest part).
  read.rows.length = 0;
  const counts = steps.counts(plan);
  const notes = {
    ignoredRows: read.ignoredRows,
    file: read.file,
    warnings: read.warnings,
    warningCount: read.warningCount,
  };
  if (input.dryRun) return { dryRun: true, total, ...counts, ...steps.dryRunExtras, errors, ...notes };
  if (errors.length) throw refuseRows(spec.title, errors, total);
  const extras = await steps.write(plan, counts);
  return { dryRun: false, total, ...counts, ...extras, errors: [], ...notes };
}
