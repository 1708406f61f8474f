import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { chinaDayOf } from '../../../shared/effective.ts';
import { listFileName, wholeList } from '../../../shared/export-list.ts';
import { figuresSheet, unionLine } from '../../../shared/figures-sheet.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import { recordAudit } from '../../audit/index.ts';
import { unionAsked } from '../../org/index.ts';
import { getProgramVisible } from '../program-admin.service.ts';
import { type LedgerEntry, listEntries } from './ledger.repository.ts';

/** The ledger list's filters, without the page. */
export interface LedgerExportQuery {
  programId?: number;
  personId?: number;
  kind?: string;
  paymentStatus?: string;
}

const KIND_ZH = { entitlement: '应发', reversal: '冲销' } as const;
const STATE_ZH = { unpaid: '未发放', in_batch: '已列入批次', paid: '已发放', reversed: '已冲销' } as const;

const sumOf = (entries: LedgerEntry[], pick: (e: LedgerEntry) => boolean) =>
  entries.reduce((s, e) => s + (pick(e) ? e.amountFen : 0), 0);

/**
 * The ledger list as .xlsx, with the list's filters (program, person, kind, payment status): one row per entry —
 * the payments a past-payments register brought in among them, approved and paid on their days — with its amount
 * in yuan (reversals negative), the day approved and the day paid, and a 合计 row; a second sheet names the union,
 * the program, the day it is as of and the totals (approved, reversed, paid). ID numbers are masked. Every entry
 * the filters pick (more than EXPORT_MAX refused, never cut); the export is written to the audit log.
 */
export async function exportLedger(db: Db, actor: Actor, q: LedgerExportQuery, now: Date) {
  const today = todayInChina(now);
  const { org, name } = await db.tx((sql) => unionAsked(sql, actor, undefined, 'ledger.read'));
  const program = q.programId ? await getProgramVisible(db, actor, q.programId) : null;
  const entries = await wholeList((paging) => listEntries(db, { scope: actor, ...q, ...paging }), {
    code: 'LEDGER_EXPORT_TOO_MANY',
    noun: { zh: '台账记录', unit: '条', en: 'ledger entries' },
    narrow: { zh: '请选择项目或发放状态', en: 'pick a program or a payment status' },
  });
  const totalFen = sumOf(entries, () => true);
  const buffer = writeWorkbook([
    {
      name: '台账记录',
      headers: [
        '记录号',
        '类别',
        '项目',
        '姓名',
        '身份证号',
        '所在工会',
        '金额（元）',
        '发放状态',
        '批准日期',
        '发放日期',
        '发放批次',
        '申请编号',
        '冲销原因',
      ],
      widths: [8, 6, 30, 10, 20, 28, 12, 10, 12, 12, 8, 8, 24],
      rows: [
        ...entries.map((e) => [
          e.id,
          KIND_ZH[e.kind],
          e.programName,
          e.personName,
          e.personIdMasked,
          e.orgName,
          e.amountFen / 100,
          e.kind === 'reversal' ? null : STATE_ZH[e.paymentStatus ?? 'unpaid'],
          chinaDayOf(e.createdAt),
          e.paidAt ? chinaDayOf(e.paidAt) : null,
          e.paymentBatchId,
          e.applicationId,
          e.reason,
        ]),
        [null, '合计', null, null, null, null, totalFen / 100, null, null, null, null, null, null],
      ],
      textColumns: [4],
      dateColumns: [8, 9],
      moneyColumns: [6],
    },
    figuresSheet(
      '范围',
      [
        unionLine(name),
        ['项目', program?.name ?? '全部项目'],
        ['截至', today],
        ['台账记录数（条）', entries.length],
        ['应发金额（元）', sumOf(entries, (e) => e.kind === 'entitlement') / 100],
        ['冲销金额（元）', sumOf(entries, (e) => e.kind === 'reversal') / 100],
        ['已发放金额（元）', sumOf(entries, (e) => e.paymentStatus === 'paid') / 100],
        ['合计（元）', totalFen / 100],
      ],
      [20, 40],
    ),
  ]);
  await recordAudit(db, actor, {
    action: 'ledger.export',
    entity: 'ledger_entry',
    orgId: org?.id ?? null,
    after: { ...q, rows: entries.length },
  });
  return { buffer, fileName: listFileName(name, '台账记录', today, ['脱敏']) };
}
