import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { chinaDayOf } from '../../shared/effective.ts';
import { notSummedNote, totalRowAt } from '../../shared/sheet-totals.ts';
import type { SheetSpec } from '../../shared/spreadsheet.ts';
import { exportList } from '../audit/index.ts';
import { unionNameAsked } from '../org/index.ts';

/** The filters of the donations list, which its export takes without the page. */
export interface DonationFilters {
  orgId?: number;
  donorId?: number;
  fundId?: number;
  kind?: 'money' | 'goods';
  year?: number;
}

/** A donation as the list shows it: what the sheet writes of it. */
interface ListedDonation {
  receivedOn: string;
  createdAt: string;
  donorName: string;
  orgName: string;
  fundName: string | null;
  kind: 'money' | 'goods';
  amountFen: number;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  campaignTitle: string | null;
  note: string | null;
}

/**
 * The donations as listed, with the list's filters (every one, at most EXPORT_MAX; more is refused, never cut), as
 * one .xlsx sheet: each gift with the day it was received and the day it was entered, its money or its goods and
 * their value in yuan; audited.
 */
export async function exportDonations(
  db: Db,
  actor: Actor,
  q: DonationFilters,
  today: string,
  list: (paging: { page: number; pageSize: number }) => Promise<{ items: ListedDonation[]; total: number }>,
) {
  return exportList(db, actor, q, {
    list,
    rows: {
      code: 'DONATION_EXPORT_TOO_MANY',
      noun: { zh: '捐赠', unit: '笔', en: 'donations' },
      narrow: { zh: '请按年份或捐赠类型分次导出', en: 'export by year or kind' },
    },
    sheet: (items) => ({
      name: '捐赠登记',
      headers: [
        '捐赠日期',
        '录入日期',
        '爱心单位',
        '受赠工会',
        '专项基金',
        '捐赠类型',
        '金额或价值（元）',
        '物品名称',
        '数量',
        '单位',
        '送温暖活动',
        '备注',
      ],
      widths: [12, 12, 30, 28, 20, 8, 16, 16, 8, 6, 24, 24],
      rows: withQuantityApart(
        items,
        items.map((d) => [
          d.receivedOn,
          chinaDayOf(d.createdAt),
          d.donorName,
          d.orgName,
          d.fundName ?? '',
          d.kind === 'money' ? '捐款' : '捐物',
          giftYuan(d),
          d.item ?? '',
          d.quantity ?? '',
          d.unit ?? '',
          d.campaignTitle ?? '',
          d.note ?? '',
        ]),
      ),
    }),
    audit: { action: 'donation.export', entity: 'donation', orgId: actor.orgId },
    file: { union: await unionNameAsked(db, actor, q.orgId), what: '捐赠登记', day: today },
  });
}

/** The column of 数量: goods of different units (件, 箱, 斤) have no sum. */
const QUANTITY = 8;
/** The first column of text (爱心单位), after the days: the 合计 row's label. */
const DONOR = 2;

/**
 * The donations with a 合计 row summing 金额或价值 (money given and goods valued), 数量 left blank under goods
 * counted in units of their own, and the note saying why.
 */
function withQuantityApart(gifts: readonly Gift[], rows: SheetSpec['rows']): SheetSpec['rows'] {
  if (!rows.length) return rows;
  const total = totalRowAt(DONOR, rows[0].length, rows);
  total[QUANTITY] = '';
  return withUnpricedNote(gifts, [
    ...rows,
    total,
    [notSummedNote('apart', ['数量'], '各物品的计量单位不同')],
  ]);
}

/**
 * A gift's money or its goods' value in yuan, for a cell shown 0.00; goods given without a value (0 fen, 未标价) are
 * blank, never 0.00, which an auditor reads as worth nothing. A sum of such cells leaves them out.
 */
export const giftYuan = (g: Gift) => (isUnpriced(g) ? '' : Number(g.amountFen) / 100);
type Gift = { kind: 'money' | 'goods'; amountFen: number | string };
const isUnpriced = (g: Gift) => g.kind === 'goods' && Number(g.amountFen) === 0;

/** The note under a sheet of gifts some of which are unpriced goods (a blank 金额或价值), in Chinese as the sheet (ADR 154). */
export const UNPRICED_NOTE = '注：未标价的捐物金额栏空白，不计入合计。';

/** A sheet's rows of `gifts`, with UNPRICED_NOTE under them where some are unpriced goods; else as they are. */
export function withUnpricedNote<R>(gifts: readonly Gift[], rows: R[]): (R | string[])[] {
  return gifts.some(isUnpriced) ? [...rows, [UNPRICED_NOTE]] : rows;
}
