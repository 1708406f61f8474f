import { type Actor, can } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { chinaDayOf } from '../../../shared/effective.ts';
import { recordFileName } from '../../../shared/export-list.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import { recordAudit } from '../../audit/index.ts';
import type { IdProtector } from '../../people/index.ts';
import { programError } from '../programs.errors.ts';
import { ACCOUNT_NAMES, type ItemWithoutAccount, itemsWithoutAccount } from './payment-preview.ts';
import { exportRows, type PaymentBatch, type PaymentMethod, setBatchStatus } from './payments.repository.ts';
import { getBatchInScope } from './payments.service.ts';

/** Names listed in a message: the first ten, then how many more. */
function namesOf(items: ItemWithoutAccount[]) {
  const shown = items.slice(0, 10).map((i) => `${i.personName}（${i.personIdMasked ?? i.orgName}）`);
  const more = items.length - shown.length;
  return {
    zh: shown.join('、') + (more > 0 ? ` 等 ${items.length} 人` : ''),
    en: shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

type Lang = 'zh' | 'en';

/** The sheet's words in the user's language: its headings, the facts' labels, the 合计 row's. */
const WORDS = {
  zh: {
    items: '发放明细',
    facts: '批次信息',
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
    factHeaders: ['项目', '内容'],
    total: '合计',
    batch: '批次编号',
    program: '项目',
    union: '工会',
    method: '支付方式',
    bank: '银行卡',
    jingka: '京卡',
    madeOn: '建批日期',
    entered: '录入日期',
    paidOn: '支付日期',
    asOf: '截至',
    count: '笔数',
    sum: '合计（元）',
    lacking: (account: { zh: string; en: string }) => `缺${account.zh}`,
  },
  en: {
    items: 'Payments',
    facts: 'Batch',
    headers: [
      'No.',
      'Name',
      'ID number',
      'Union',
      'Bank account',
      'Jingka number',
      'Amount (yuan)',
      'Phone',
      'Application no.',
      'Approved on',
      'Note',
    ],
    factHeaders: ['Item', 'Value'],
    total: 'Total',
    batch: 'Batch no.',
    program: 'Program',
    union: 'Union',
    method: 'Paid by',
    bank: 'Bank account',
    jingka: 'Jingka card',
    madeOn: 'Batch date',
    entered: 'Entered on',
    paidOn: 'Paid on',
    asOf: 'As of',
    count: 'Items',
    sum: 'Total (yuan)',
    lacking: (account: { zh: string; en: string }) => `No ${account.en}`,
  },
} as const;

/**
 * The batch sheet's second sheet: what the batch is, the day it was made, the day that was entered and the day it was
 * paid, the day the sheet is as of (截至: a sheet mailed on says when it was taken), each a date cell, and its total
 * in yuan, a number shown 0.00.
 */
function batchFacts(
  b: PaymentBatch,
  rows: number,
  totalFen: number,
  { lang, day }: { lang: Lang; day: string },
): (string | number)[][] {
  const w = WORDS[lang];
  return [
    [w.batch, b.id],
    [w.program, b.programName],
    [w.union, b.orgName],
    [w.method, b.method === 'bank' ? w.bank : w.jingka],
    [w.madeOn, b.effectiveOn],
    [w.entered, chinaDayOf(b.createdAt)],
    ...(b.paidAt ? [[w.paidOn, chinaDayOf(b.paidAt)]] : []),
    [w.asOf, day],
    [w.count, rows],
    [w.sum, totalFen / 100],
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
  now: Date,
  { confirmMissing = false, lang = 'zh' }: { confirmMissing?: boolean; lang?: Lang } = {},
) {
  return db.tx(async (sql) => {
    const b = await getBatchInScope(sql, actor, id, true);
    const reveal = can(actor, 'people.reveal_id');
    // the log says which the sheet showed, in words (programs.vocabulary.ts auditValues): full or masked numbers
    const numbers: 'full' | 'masked' = reveal ? 'full' : 'masked';
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
    const w = WORDS[lang];
    const accountNote = w.lacking(ACCOUNT_NAMES[b.method]);
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
    sheetRows.push(['', w.total, '', '', '', '', totalFen / 100, '', '', '', '']);
    const day = todayInChina(now);
    const facts = batchFacts(b, rows.length, totalFen, { lang, day });
    const buffer = writeWorkbook([
      {
        name: w.items,
        headers: [...w.headers],
        rows: sheetRows,
        widths: [6, 12, 22, 30, 24, 24, 14, 14, 10, 12, 16],
        moneyColumns: [6],
        dateColumns: [9],
      },
      {
        name: w.facts,
        headers: [...w.factHeaders],
        rows: facts,
        widths: [18, 48],
        // 合计（元）, the last line: yuan shown 0.00
        yuanRows: [facts.length - 1],
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
        idNumbers: numbers,
        accountNumbers: numbers,
        ...(missing.length ? { withoutAccount: missing.length, confirmed: true } : {}),
        personIds: reveal ? rows.map((r) => r.personId).filter((x) => x !== null) : undefined,
      },
    });
    // named by its program and union, never its id: the sheet a bank office is mailed says whose payments
    const record = `${b.programName}-${b.orgName}`;
    const fileName = recordFileName(record, '发放批次', { day }, reveal ? [] : ['脱敏']);
    return { fileName, buffer };
  });
}
