import { type Actor, requireRecordAccess } from '../../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../../db/db.ts';
import { chinaDayOf, effectiveDay } from '../../../shared/effective.ts';
import { recordAudit } from '../../audit/index.ts';
import { notifyPersons } from '../../messages/index.ts';
import { paidNotice } from '../notices.ts';
import { PAYMENT_BATCH, paging, programError } from '../programs.errors.ts';
import { type BatchExpectation, requireAsPreviewed, resolveBatchTarget } from './payment-preview.ts';
import {
  fillBatch,
  findBatchById,
  findBatchByKey,
  insertBatch,
  lastApprovalOfBatch,
  listBatches,
  listItems,
  listItemsWithoutAccount,
  lockProgramForPayment,
  type PaymentBatch,
  type PaymentMethod,
  setBatchStatus,
} from './payments.repository.ts';

export interface CreateBatchInput {
  programId: number;
  /** The union whose subtree is paid; defaults to the actor's union. */
  orgId?: number;
  /** Paid to the members' bank accounts (default) or to their 京卡. */
  method?: PaymentMethod;
  /** Client-generated id making a retried request return the batch it created. */
  requestId?: string;
  note?: string | null;
  /** The preview the clerk confirmed: creation refuses when the batch would differ from it. */
  expected?: BatchExpectation;
  /**
   * The day the batch was made (China time), default today: not in the future, not before the latest approval
   * it pays; a past day needs `history.backdate` (ADR 40).
   */
  effectiveOn?: string | null;
}

const BATCH_DECISION = { zh: '建批', en: 'batch' };
const LATEST_APPROVAL = { zh: '其中最晚的批准日期', en: 'latest approval date in it' };

/** Test seam: called inside the transaction after the items are written (a crash there must leave nothing). */
export interface BatchHooks {
  afterItems?: (sql: Sql, batchId: number) => Promise<void>;
}

function sameRequest(existing: PaymentBatch, input: CreateBatchInput, orgId: number) {
  if (existing.programId !== input.programId || existing.orgId !== orgId) {
    throw programError(
      'IDEMPOTENCY_KEY_REUSED',
      { zh: '此请求编号已用于另一个发放批次', en: 'This request key was used for a different payment batch' },
      { batchId: existing.id },
    );
  }
  return { ...existing, replayed: true };
}

/**
 * Creates a batch of every unpaid, unreversed entitlement of the program in the union's subtree, in one
 * transaction. With a request key (Idempotency-Key header or requestId) a retry returns the same batch.
 */
export async function createPaymentBatch(
  db: Db,
  actor: Actor,
  input: CreateBatchInput,
  idempotencyKey: string | undefined,
  now: Date,
  hooks: BatchHooks = {},
): Promise<PaymentBatch & { replayed: boolean }> {
  const key = (idempotencyKey ?? input.requestId)?.trim() || null;
  if (key && key.length > 100) {
    throw programError(
      'PROGRAM_INVALID',
      { zh: '请求编号过长', en: 'The request key is too long' },
      { field: 'requestId' },
    );
  }
  try {
    return await db.tx((sql) => createPaymentBatchIn(sql, actor, input, key, now, hooks));
  } catch (err) {
    // Two identical requests racing past the check: the unique key lets one win; return its batch.
    if (key && isUniqueViolation(err)) {
      const existing = await findBatchByKey(db, actor.userId || null, key);
      if (existing) return sameRequest(existing, input, existing.orgId);
    }
    throw err;
  }
}

/** The batch creation itself, in the caller's transaction. */
export async function createPaymentBatchIn(
  sql: Sql,
  actor: Actor,
  input: CreateBatchInput,
  key: string | null,
  now: Date,
  hooks: BatchHooks = {},
): Promise<PaymentBatch & { replayed: boolean }> {
  const userId = actor.userId || null;
  // The day is checked before anything is written (a real day, not in the future, may be back-dated) …
  const when = effectiveDay(actor, input.effectiveOn, BATCH_DECISION, [], { now });
  const { org, program } = await resolveBatchTarget(sql, actor, input);
  // One money operation per program at a time; a concurrent retry waits here, then finds its batch.
  await lockProgramForPayment(sql, program.id);
  if (key) {
    const existing = await findBatchByKey(sql, userId, key);
    if (existing) return sameRequest(existing, input, org.id);
  }
  const batchId = await insertBatch(sql, {
    programId: program.id,
    orgId: org.id,
    method: input.method ?? 'bank',
    requestKey: key,
    note: input.note ?? null,
    createdBy: userId,
    effectiveOn: when.day,
  });
  const filled = await fillBatch(sql, batchId, program.id, { path: org.path });
  if (filled.n === 0) {
    throw programError('PAYMENT_NOTHING_TO_PAY', { zh: '没有待发放的款项', en: 'There is nothing to pay' });
  }
  // … and, once the batch holds its entitlements, against the latest approval it pays (rolled back if before).
  const lastApproval = await lastApprovalOfBatch(sql, batchId);
  effectiveDay(
    actor,
    when.day,
    BATCH_DECISION,
    [{ day: lastApproval && chinaDayOf(lastApproval), name: LATEST_APPROVAL }],
    { now },
  );
  if (input.expected) await requireAsPreviewed(sql, batchId, input.expected);
  await hooks.afterItems?.(sql, batchId);
  await recordAudit(sql, actor, {
    action: 'payment_batch.create',
    entity: 'payment_batch',
    entityId: batchId,
    orgId: org.id,
    after: {
      programId: program.id,
      method: input.method ?? 'bank',
      items: filled.n,
      totalFen: filled.total,
      requestKey: key,
      ...(when.backdated ? { effectiveOn: when.day } : {}),
    },
  });
  return { ...((await findBatchById(sql, batchId)) as PaymentBatch), replayed: false };
}

export async function getBatchInScope(sql: Sql, actor: Actor, id: number, lock = false) {
  return requireRecordAccess(actor, 'ledger.read', await findBatchById(sql, id, lock), PAYMENT_BATCH, { id });
}

export async function findPaymentBatches(
  db: Db,
  actor: Actor,
  q: { programId?: number; status?: string; page?: number; pageSize?: number },
) {
  const { page, pageSize } = paging(q, 20);
  const r = await listBatches(db, { scope: actor, ...q, page, pageSize });
  return { ...r, page, pageSize };
}

/** A batch with its items (the first 5,000) and every person it pays who has no account for its method. */
export async function getPaymentBatch(db: Db, actor: Actor, id: number) {
  const batch = await getBatchInScope(db, actor, id);
  return {
    ...batch,
    items: await listItems(db, id, 5000),
    withoutAccount: await listItemsWithoutAccount(db, id, batch.method),
  };
}

/** Marks a batch paid (idempotent: a paid batch stays as it is). */
/**
 * Marks a batch paid (idempotent: a paid batch stays as it is) on `paidOn`, the day the money went out (China
 * time, default today): not in the future, not before the latest approval it pays (ADR 40).
 */
export async function markBatchPaid(
  db: Db,
  actor: Actor,
  id: number,
  reference: string | null | undefined,
  paidOn: string | null | undefined,
  now: Date,
) {
  return db.tx((sql) => markBatchPaidIn(sql, actor, id, reference, paidOn, now));
}

export async function markBatchPaidIn(
  sql: Sql,
  actor: Actor,
  id: number,
  reference: string | null | undefined,
  paidOnInput: string | null | undefined,
  now: Date,
) {
  const b = await getBatchInScope(sql, actor, id, true);
  if (b.status === 'paid') return b;
  if (b.status === 'cancelled') {
    throw programError(
      'PAYMENT_BATCH_STATUS',
      { zh: '批次已作废', en: 'The batch is cancelled' },
      { status: b.status },
    );
  }
  const lastApproval = await lastApprovalOfBatch(sql, id);
  const when = effectiveDay(
    actor,
    paidOnInput,
    { zh: '发放', en: 'payment' },
    [
      { day: lastApproval && chinaDayOf(lastApproval), name: LATEST_APPROVAL },
      { day: b.effectiveOn, name: { zh: '建批日期', en: 'batch date' } },
    ],
    { now },
  );
  await setBatchStatus(sql, id, 'paid', {
    paidBy: actor.userId || null,
    reference: reference ?? null,
    paidAt: when.at,
  });
  await recordAudit(sql, actor, {
    action: 'payment_batch.paid',
    entity: 'payment_batch',
    entityId: id,
    orgId: b.orgId,
    before: { status: b.status },
    after: {
      status: 'paid',
      reference: reference ?? null,
      totalFen: b.totalFen,
      ...(when.backdated ? { effectiveOn: when.day } : {}),
    },
  });
  // Each paid person hears of it, in this transaction: one read of the items, one insert of the messages.
  const paidOn = when.day;
  const items = await listItems(sql, id);
  await notifyPersons(
    sql,
    items.flatMap((i) =>
      i.personId === null
        ? []
        : [
            {
              personId: i.personId,
              ...paidNotice({
                applicationId: i.applicationId,
                programName: b.programName,
                amountFen: i.amountFen,
                paidOn,
                batchId: id,
              }),
            },
          ],
    ),
  );
  return findBatchById(sql, id) as Promise<PaymentBatch>;
}

/** Cancels an unpaid batch: its entitlements become payable again in a new batch. */
export async function cancelBatch(db: Db, actor: Actor, id: number, reason?: string | null) {
  return db.tx(async (sql) => {
    const b = await getBatchInScope(sql, actor, id, true);
    if (b.status === 'paid' || b.status === 'cancelled') {
      throw programError(
        'PAYMENT_BATCH_STATUS',
        { zh: '已发放或已作废的批次不能作废', en: 'A paid or cancelled batch cannot be cancelled' },
        { status: b.status },
      );
    }
    await setBatchStatus(sql, id, 'cancelled');
    await recordAudit(sql, actor, {
      action: 'payment_batch.cancel',
      entity: 'payment_batch',
      entityId: id,
      orgId: b.orgId,
      before: { status: b.status },
      after: { status: 'cancelled', reason: reason ?? null },
    });
    return findBatchById(sql, id) as Promise<PaymentBatch>;
  });
}
