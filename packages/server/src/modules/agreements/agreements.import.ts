import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { RegisterImporter } from '../../shared/register-define.ts';
import {
  openRegister,
  type RegisterImportAnswer,
  type RegisterRow,
  type RegisterRowError,
  refuseRows,
  registerTemplate,
} from '../../shared/register-sheet.ts';
import { recordAudit } from '../audit/index.ts';
import { type AgreementPlan, agreementPlanner, planAgreements } from './agreements.import.plan.ts';
import { AGREEMENT_REGISTER, type AgreementRegisterKey as Key } from './agreements.register.ts';
import { markRegisterWrites, takeBackRegisterWrites } from './agreements.repository.ts';
import { type Signing, signAgreements } from './agreements.sign.ts';

/**
 * The collective agreements register (集体合同台账) brought in with the enterprises each covered (issue 23): one
 * row per agreement and covered enterprise; the rows of one agreement (same signing union, kind, title and
 * signing day) make one agreement. Each agreement is written through the same code as one entered today
 * (`signAgreements`): signed on its signing day, in force from its start to the day after its end, and its
 * enterprises' coverage as dated steps (ADR 20), each enterprise counted at its own union when one holds its credit
 * code anywhere in the tree. So the agreement statistics of any past year or day show them. All rows or none.
 *
 * Read, checked and written a batch at a time (ADR 96): the database writes the agreements a batch began while
 * the next batch is read and checked, in the import's one transaction. When that could differ from writing the
 * file whole — an agreement with rows in two batches, or an enterprise listed in two batches (or by two kinds)
 * under different unions or names, whose first listing in signing order decides where it counts — the batches
 * written are rolled back and the file is planned and written whole.
 */
type Counts = { created: number; agreements: number; enterprises: number };
type Answer = RegisterImportAnswer<Counts, object>;

/** Rows a batch: several batches for the overlap, few enough that the per-batch statements stay cheap. */
export const AGREEMENT_BATCH_ROWS = 2_500;

export function createAgreementImport(
  db: Db,
  clock: Clock,
  options: { batchRows?: number } = {},
): RegisterImporter<Answer> {
  return {
    template(actor) {
      requireAccess(actor, 'agreements.write');
      return registerTemplate(AGREEMENT_REGISTER);
    },
    async importFile(actor, input) {
      requireAccess(actor, 'agreements.write');
      return importAgreements(db, actor, input, todayInChina(clock()), options.batchRows);
    },
  };
}

const countsOf = (plans: AgreementPlan[]): Counts => ({
  created: plans.reduce((n, p) => n + p.rows, 0),
  agreements: plans.length,
  enterprises: plans.reduce((n, p) => n + p.enterprises.length, 0),
});

async function importAgreements(
  db: Db,
  actor: Actor,
  input: { file: Buffer; fileName: string; dryRun: boolean },
  today: string,
  batchRows = AGREEMENT_BATCH_ROWS,
): Promise<Answer> {
  const register = await openRegister(AGREEMENT_REGISTER, input.file, input.fileName, today);
  const unread: RegisterRowError[] = [];
  const errors: RegisterRowError[] = [];
  const rows: RegisterRow<Key>[] = [];
  let total = 0;
  let plans: AgreementPlan[] = [];
  const run = async (sql: Sql, writing: boolean) => {
    // The checks read through another connection on PostgreSQL (what is committed: what they would have read
    // before the transaction), so they run while the transaction writes; through the transaction on PGlite.
    const read = db.kind === 'postgres' ? db : sql;
    const planner = agreementPlanner(actor);
    let pending: Promise<void> = Promise.resolve();
    let written = false;
    try {
      for await (const batch of register.batches(batchRows)) {
        total += batch.rows.length + new Set(batch.errors.map((e) => e.rowNo)).size;
        for (const e of batch.errors) {
          unread.push(e);
          errors.push(e);
        }
        for (const r of batch.rows) rows.push(r);
        if (planner.spanned()) continue;
        const began = await planner.add(read, batch.rows, errors);
        await pending;
        if (writing && !errors.length && !planner.spanned()) {
          written = true;
          pending = writePlans(sql, actor, began);
          pending.catch(() => undefined); // awaited at the next batch or after the last
        }
      }
    } finally {
      // A batch being written when the reading failed ends before the transaction is rolled back.
      await pending.catch(() => undefined);
    }
    await pending;
    plans = planner.plans();
    if (!planner.spanned() && !placedByOrder(plans)) return;
    // Planned and written whole, as one statement per table would: the batches written are taken back first
    // (on PGlite the checks read through the transaction, and must not find the file's own agreements).
    if (written) await takeBackRegisterWrites(sql);
    errors.length = 0;
    for (const e of unread) errors.push(e);
    plans = await planAgreements(read, actor, rows, errors);
    if (writing && !errors.length) await writePlans(sql, actor, plans);
  };
  const answer = (dryRun: boolean): Answer => {
    errors.sort((a, b) => a.rowNo - b.rowNo);
    return { dryRun, total, ...countsOf(plans), errors: dryRun ? errors : [], ...register.notes() };
  };
  if (input.dryRun) {
    await run(db, false);
    return answer(true);
  }
  await db.tx(async (sql) => {
    await markRegisterWrites(sql);
    await run(sql, true);
    if (errors.length) {
      errors.sort((a, b) => a.rowNo - b.rowNo);
      throw refuseRows(AGREEMENT_REGISTER.title, errors, total);
    }
    await recordAudit(sql, actor, {
      action: 'agreement.import',
      entity: 'agreement',
      orgId: actor.orgId,
      after: { fileName: input.fileName, ...countsOf(plans) },
    });
  });
  return answer(false);
}

/**
 * Whether where an enterprise counts could depend on the order its listings are written in: an enterprise listed
 * under different unions or names (its first listing in signing order, kind by kind, decides for one without a
 * union of its own), with those listings in more than one batch or of more than one kind.
 */
export function placedByOrder(plans: AgreementPlan[]): boolean {
  const first = new Map<string, { orgId: number; name: string; batch: number; kind: string }>();
  const same = new Map<string, { place: boolean; write: boolean }>();
  for (const p of plans) {
    for (const e of p.enterprises) {
      const f = first.get(e.uscc);
      if (!f) {
        first.set(e.uscc, { orgId: p.union.id, name: e.name, batch: p.batch, kind: p.kind });
        same.set(e.uscc, { place: true, write: true });
        continue;
      }
      const s = same.get(e.uscc) as { place: boolean; write: boolean };
      s.place &&= f.orgId === p.union.id && f.name === e.name;
      s.write &&= f.batch === p.batch && f.kind === p.kind;
      if (!s.place && !s.write) return true;
    }
  }
  return false;
}

/** The agreements planned, signed in signing order, so an enterprise without a union counts where first listed. */
async function writePlans(sql: Sql, actor: Actor, plans: AgreementPlan[]): Promise<void> {
  if (!plans.length) return;
  const signings: Signing[] = [...plans]
    .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.rowNo - b.rowNo)
    .map((p) => ({
      union: p.union,
      agreement: {
        kind: p.kind,
        level: p.level ?? 'area',
        title: p.title,
        employer: p.employer ?? '',
        signedOn: p.signedOn,
        effectiveOn: p.effectiveOn ?? p.signedOn,
        expiresOn: p.expiresOn,
        clauses: [],
        note: p.note,
        costFen: p.costFen,
        reach: p.reach,
        createdBy: actor.userId || null,
      },
      enterprises: p.enterprises.map(({ rowNo: _row, ...e }) => e),
    }));
  await signAgreements(sql, signings);
}
