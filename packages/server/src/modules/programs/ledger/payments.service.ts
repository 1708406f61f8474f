import { type Actor, can, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { chinaDayOf, effectiveDay } from '../../../shared/effective.ts';
import { notFound } from '../../../shared/errors.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import { recordAudit } from '../../audit/index.ts';
import { notifyPersons } from '../../messages/index.ts';
import type { IdProtector } from '../../people/index.ts';
import { paidNotice } from '../notices.ts';
import { PAYMENT_BATCH, paging, programError } from '../programs.errors.ts';
import {
  ACCOUNT_NAMES,
  type BatchExpectation,
  type ItemWithoutAccount,
  itemsWithoutAccount,
  requireAsPreviewed,
  resolveBatchTarget,
} from './payment-preview.ts';
import {
  exportRows,
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
    if (key && (err as { code?: string }).code === '23505') {
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

async function getBatchInScope(sql: Sql, actor: Actor, id: number, lock = false) {
  const b = await findBatchById(sql, id, lock);
  if (!b) throw notFound(PAYMENT_BATCH, { id });
  requireAccess(actor, 'ledger.read', { orgPath: b.orgPath });
  return b;
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

/** Names listed in a message: the first ten, then how many more. */
function namesOf(items: ItemWithoutAccount[]) {
  const shown = items.slice(0, 10).map((i) => `${i.personName}（${i.personIdMasked ?? i.orgName}）`);
  const more = items.length - shown.length;
  return {
    zh: shown.join('、') + (more > 0 ? ` 等 ${items.length} 人` : ''),
    en: shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

/** A day, and the day it was entered when that was later: "2020-06-15（2026-11-23 补录）". */
const dayAndEntry = (day: string, entered: Date | string) => {
  const on = chinaDayOf(entered);
  return on > day ? `${day}（${on} 补录）` : day;
};

/** The batch sheet's second sheet: what the batch is, the day it was made and the day that was entered. */
function batchFacts(b: PaymentBatch, rows: number, totalFen: number): (string | number)[][] {
  return [
    ['批次编号 Batch', b.id],
    ['项目 Program', b.programName],
    ['工会 Union', b.orgName],
    ['支付方式 Paid by', b.method === 'bank' ? '银行卡 Bank account' : '京卡'],
    ['建批日期 Batch date', dayAndEntry(b.effectiveOn, b.createdAt)],
    ['录入日期 Entered', chinaDayOf(b.createdAt)],
    ...(b.paidAt ? [['支付日期 Paid on', chinaDayOf(b.paidAt)]] : []),
    ['笔数 Items', rows],
    ['合计（元） Total (yuan)', totalFen / 100],
  ];
}

/**
 * Before a bank or 京卡 sheet leaves: every paid person needs an account for the batch's method. Unless the
 * clerk confirms exporting anyway (`confirmMissing`), a batch with people lacking one is refused with their
 * names; confirmed, the sheet carries them with a blank account and a note.
 */
function requireAccounts(method: PaymentMethod, missing: ItemWithoutAccount[], confirmMissing: boolean) {
  if (!missing.length || confirmMissing) return;
  const account = ACCOUNT_NAMES[method];
  const names = namesOf(missing);
  throw programError(
    'PAYMENT_ACCOUNT_MISSING',
    {
      zh: `${missing.length} 人没有${account.zh}，${method === 'bank' ? '银行' : '京卡'}无法向其发放：${names.zh}。请先在会员信息中补全，或确认仍要导出`,
      en: `${missing.length} ${missing.length === 1 ? 'person has' : 'people have'} no ${account.en} and cannot be paid: ${names.en}. Add the numbers to the members first, or confirm exporting anyway`,
    },
    { method, count: missing.length, items: missing },
  );
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

/**
 * The sheet for the bank or 京卡 office: name, ID number, union, the member's bank account and 京卡 numbers,
 * amount in yuan as a number (and the total). Roles allowed to see ID numbers get the numbers in full, and that
 * read is audited; others get them masked. A draft batch becomes 'exported'.
 */
export async function exportPaymentBatch(
  db: Db,
  ids: IdProtector,
  actor: Actor,
  id: number,
  { confirmMissing = false }: { confirmMissing?: boolean } = {},
) {
  return db.tx(async (sql) => {
    const b = await getBatchInScope(sql, actor, id, true);
    const reveal = can(actor, 'people.reveal_id');
    const rows = await exportRows(sql, id);
    const missing = itemsWithoutAccount(
      rows.map((r) => ({
        ...r,
        ledgerEntryId: 0,
        personName: r.name,
        personIdMasked: r.idMasked,
        orgId: 0,
        hasBankAccount: r.bankAccountMasked !== null,
        hasJingka: r.jingkaMasked !== null,
      })),
      b.method,
    );
    requireAccounts(b.method, missing, confirmMissing);
    const lacking = new Set(missing.map((m) => m.applicationId));
    const accountNote = `缺${ACCOUNT_NAMES[b.method].zh}`;
    const shown = (cipher: string | null, masked: string | null) =>
      cipher && reveal ? ids.decrypt(cipher) : (masked ?? '');
    const sheetRows = rows.map((r, i) => [
      i + 1,
      r.name,
      shown(r.idCipher, r.idMasked),
      r.orgName,
      shown(r.bankAccountCipher, r.bankAccountMasked),
      shown(r.jingkaCipher, r.jingkaMasked),
      // a number shown as 0.00, so that the bank's clerk can sum the column in Excel
      r.amountFen / 100,
      r.phone ?? '',
      r.applicationId,
      chinaDayOf(r.approvedAt),
      lacking.has(r.applicationId) ? accountNote : '',
    ]);
    const totalFen = rows.reduce((s, r) => s + r.amountFen, 0);
    sheetRows.push(['', '合计 Total', '', '', '', '', totalFen / 100, '', '', '', '']);
    const buffer = writeWorkbook([
      {
        name: '发放明细',
        headers: [
          '序号',
          '姓名',
          '身份证号',
          '所在工会',
          '银行卡号',
          '京卡号',
          '金额（元）',
          '手机号',
          '申请编号',
          '批准日期',
          '备注',
        ],
        rows: sheetRows,
        widths: [6, 12, 22, 30, 24, 24, 14, 14, 10, 12, 16],
        moneyColumns: [6],
      },
      {
        name: '批次信息',
        headers: ['项目 Item', '内容 Value'],
        rows: batchFacts(b, rows.length, totalFen),
        widths: [18, 48],
      },
    ]);
    if (b.status === 'draft') await setBatchStatus(sql, id, 'exported');
    await recordAudit(sql, actor, {
      action: reveal ? 'payment_batch.export.id_numbers' : 'payment_batch.export',
      entity: 'payment_batch',
      entityId: id,
      orgId: b.orgId,
      after: {
        rows: rows.length,
        totalFen,
        idNumbers: reveal ? 'full' : 'masked',
        accountNumbers: reveal ? 'full' : 'masked',
        ...(missing.length ? { withoutAccount: missing.length, confirmed: true } : {}),
        personIds: reveal ? rows.map((r) => r.personId).filter((x) => x !== null) : undefined,
      },
    });
    return { fileName: `payment-batch-${id}.xlsx`, buffer };
  });
}
