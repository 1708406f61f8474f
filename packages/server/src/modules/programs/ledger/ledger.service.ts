import { type Actor, canAccess, requireAccess } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { chinaDayOf, effectiveDay } from '../../../shared/effective.ts';
import { notFound } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { insertEvent } from '../application-events.repository.ts';
import { getProgramManaged, getProgramVisible } from '../program-admin.service.ts';
import { LEDGER_ENTRY, paging, programError } from '../programs.errors.ts';
import { releaseUsage } from '../programs.repository.ts';
import {
  findEntryById,
  insertReversal,
  type LedgerEntry,
  listEntries,
  reconcile,
} from './ledger.repository.ts';

export async function findLedger(
  db: Db,
  actor: Actor,
  q: {
    programId?: number;
    personId?: number;
    kind?: string;
    paymentStatus?: string;
    page?: number;
    pageSize?: number;
  },
) {
  if (q.programId) await getProgramVisible(db, actor, q.programId);
  const { page, pageSize } = paging(q, 50);
  const r = await listEntries(db, { scope: actor, ...q, page, pageSize });
  return { ...r, items: r.items.map((e) => ({ ...e, reversible: mayReverse(actor, e) })), page, pageSize };
}

/**
 * Whether `reverseEntry` would take this entry from the actor: an entitlement not reversed and in no payment batch,
 * of a union the actor may write the ledger of, of a program the actor's union owns or is above the owner of (a
 * union below the owner sees its own entries of a program offered from above, but does not decide them).
 */
export function mayReverse(actor: Actor, e: LedgerEntry): boolean {
  return (
    e.kind === 'entitlement' &&
    e.reversedById === null &&
    e.paymentBatchId === null &&
    canAccess(actor, 'ledger.write', { orgPath: e.orgPath }) &&
    canAccess(actor, 'programs.read', { orgPath: e.programOwnerPath })
  );
}

/**
 * A correction: a reversing entry with a reason, never an edit. Only an entitlement that is not in a
 * payment batch can be reversed (a paid one must be recovered first). The reversal gives back the quota
 * place and the budget it took. Staff of the program's owner (or above) decide it.
 */
export async function reverseEntry(
  db: Db,
  actor: Actor,
  entryId: number,
  reason: string,
  effectiveOn: string | null | undefined,
  now: Date,
) {
  const why = reason.trim();
  if (!why) {
    throw programError(
      'PROGRAM_INVALID',
      { zh: '冲销须填写理由', en: 'A reversal needs a reason' },
      { field: 'reason' },
    );
  }
  return db.tx(async (sql) => {
    const probe = await findEntryById(sql, entryId);
    if (!probe) throw notFound(LEDGER_ENTRY, { id: entryId });
    requireAccess(actor, 'ledger.write', { orgPath: probe.orgPath });
    // Money operations on one program are serialised by its row lock (batches take it too).
    const program = await getProgramManaged(sql, actor, probe.programId, true);
    const entry = await findEntryById(sql, entryId);
    if (!entry) throw notFound(LEDGER_ENTRY, { id: entryId });
    requireAccess(actor, 'ledger.write', { orgPath: entry.orgPath });
    if (entry.kind !== 'entitlement' || entry.reversedById !== null) {
      throw programError(
        'LEDGER_ENTRY_NOT_REVERSIBLE',
        entry.kind !== 'entitlement'
          ? { zh: '冲销记录不能再冲销', en: 'A reversal cannot be reversed' }
          : { zh: '此记录已冲销', en: 'This entry is already reversed' },
        { id: entryId },
      );
    }
    if (entry.paymentBatchId !== null) {
      throw programError(
        'LEDGER_ENTRY_NOT_REVERSIBLE',
        {
          zh: `此记录已列入发放批次 ${entry.paymentBatchId}，不能冲销`,
          en: `This entry is in payment batch ${entry.paymentBatchId} and cannot be reversed`,
        },
        { id: entryId, paymentBatchId: entry.paymentBatchId },
      );
    }
    const when = effectiveDay(
      actor,
      effectiveOn,
      { zh: '冲销', en: 'reversal' },
      [{ day: chinaDayOf(entry.createdAt), name: { zh: '批准日期', en: 'approval date' } }],
      { now },
    );
    const id = await insertReversal(sql, entry, why, actor.userId || null, when.at);
    await releaseUsage(sql, program.id, entry.periodKey, entry.amountFen);
    await insertEvent(sql, actor, {
      applicationId: entry.applicationId,
      action: 'reversed',
      reason: why,
      data: { ledgerEntryId: entryId, reversalId: id, amountFen: entry.amountFen },
      effectiveOn: when.day,
    });
    await recordAudit(sql, actor, {
      action: 'ledger.reverse',
      entity: 'ledger_entry',
      entityId: entryId,
      orgId: entry.orgId,
      // the entry keeps its amount: what happened is an amount reversed, by a new entry, for a reason
      after: {
        reversedFen: entry.amountFen,
        reversalId: id,
        reason: why,
        ...(when.backdated ? { effectiveOn: when.day } : {}),
      },
    });
    return findEntryById(sql, id);
  });
}

export async function getReconciliation(db: Db, actor: Actor, programId: number) {
  const program = await getProgramVisible(db, actor, programId);
  // Above or at the owner: the owner's whole subtree; below it: the actor's own.
  const scope = canAccess(actor, 'ledger.read', { orgPath: program.ownerOrgPath })
    ? { path: program.ownerOrgPath }
    : actor;
  return { programId, ...(await reconcile(db, programId, scope)) };
}
