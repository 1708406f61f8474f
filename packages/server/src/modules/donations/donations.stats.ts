import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { chinaDayOf } from '../../shared/effective.ts';
import { type FigureNote, noteMakers, notesSheet } from '../../shared/figure-notes.ts';
import {
  figuresSheet,
  ownRowName,
  periodLine,
  statsFileName,
  unionLine,
} from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, type StatsPeriod, statsPeriod } from '../../shared/period.ts';
import { withTotal, withTotalAt } from '../../shared/sheet-totals.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { figuresByUnion, findOrgById, type OrgRow, statsUnionChosen, treeSteps } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { giftYuan, withUnpricedNote } from './donations.export.ts';
import { listDonationsBetween } from './donations.repository.ts';

type FigureKey = 'moneyCount' | 'moneyFen' | 'goodsCount' | 'goodsFen' | 'fundIncomeFen';

/**
 * What each figure counts and by which day (issue 41), as donations.recount.repository.ts counts it: one list for
 * the page's notes and the export's 说明 sheet. A fund's income also holds the years it had before the platform, as
 * its yearly report gave them (on 31 December of the year): it is not only the part of the donations given to funds.
 */
export function donationFigureNotes(p: StatsPeriod): FigureNote<FigureKey>[] {
  const { flow } = noteMakers(p);
  const at = '，按受赠工会统计';
  const atEn = ', by the receiving union';
  return [
    flow(
      'moneyCount',
      { zh: '捐款（笔）', en: 'Money gifts' },
      `收到日期在期间内的捐款笔数${at}`,
      `Money gifts by the day received${atEn}`,
    ),
    flow(
      'moneyFen',
      { zh: '捐款金额', en: 'Money given' },
      `这些捐款的金额合计${at}`,
      `The amount of those gifts${atEn}`,
    ),
    flow(
      'goodsCount',
      { zh: '捐物（批）', en: 'Gifts of goods' },
      `收到日期在期间内的捐物批数${at}`,
      `Gifts of goods by the day received${atEn}`,
    ),
    flow(
      'goodsFen',
      { zh: '捐物价值（已标价）', en: 'Goods’ value (where priced)' },
      `这些捐物中已标价部分的价值合计，未标价的不计${at}`,
      `The value of those goods where a price was given; unpriced goods count nothing${atEn}`,
    ),
    flow(
      'fundIncomeFen',
      { zh: '专项基金收入', en: 'Special funds’ income' },
      `收到日期在期间内、捐入专项基金的捐赠，加上各基金上线前年度报表登记的收入（计在该年12月31日）${at}`,
      `Gifts into special funds by the day received, plus the income a fund reported for a year before the platform (on 31 December of that year)${atEn}`,
    ),
  ];
}

/**
 * Donations received by a union subtree over a period (a year or any days), read from the statistics:
 * 'donations.received' (dim money or goods; n donations, fen amount or value) and 'funds.income' (dim the fund's
 * id), each on the day received.
 */
export async function getDonationStats(
  db: Db,
  actor: Actor,
  q: { orgId?: number } & PeriodAsked,
  today: string,
) {
  const org = await statsUnionChosen(db, actor, q.orgId, 'donations.read');
  const period = statsPeriod(q, today);
  const range = { path: org.path, from: period.from, to: period.to };
  const [byKind, byUnion, income] = await Promise.all([
    sumCounts(db, { subject: 'donations.received', ...range, by: ['dim'] }),
    sumCounts(db, { subject: 'donations.received', ...range, by: ['org', 'dim'] }),
    sumCounts(db, { subject: 'funds.income', ...range }),
  ]);
  const kind = (k: string) => byKind.find((r) => r.dim === k) ?? { n: 0, fen: 0 };
  const unions = new Map<number, { orgId: number; moneyFen: number; goodsFen: number }>();
  for (const r of byUnion) {
    const u = unions.get(r.orgId) ?? { orgId: r.orgId, moneyFen: 0, goodsFen: 0 };
    if (r.dim === 'money') u.moneyFen += r.fen;
    else u.goodsFen += r.fen;
    unions.set(r.orgId, u);
  }
  return {
    orgId: org.id,
    orgName: org.name,
    ...period,
    moneyFen: kind('money').fen,
    moneyCount: kind('money').n,
    goodsFen: kind('goods').fen,
    goodsCount: kind('goods').n,
    fundIncomeFen: income[0]?.fen ?? 0,
    // in the union tree's order, as every list of unions shows them
    byUnion: (await figuresByUnion(db, unions)).map((u) => ({
      ...u.figures,
      orgName: u.orgName,
      depth: u.depth,
      // the asked union's own gifts, as every statistics page names its row: 某区总工会（本级）
      own: Number(u.figures.orgId) === Number(org.id),
    })),
    notes: donationFigureNotes(period),
  };
}

/** Fen as a number of yuan, for a cell the writer shows with two decimals. */
const yuan = (fen: number) => fen / 100;

/** The most gifts the statistics' list of gifts holds; the figures above it count them all, and a longer list says so. */
const GIFTS_LISTED = 50_000;

/**
 * The statistics as .xlsx: the figures, the receiving unions, and the gifts of the period, each with the day it
 * was received and the day it was entered (录入日期), later for a gift brought in from a register.
 */
export async function exportDonationStats(
  db: Db,
  actor: Actor,
  q: { orgId?: number } & PeriodAsked,
  today: string,
) {
  const s = await getDonationStats(db, actor, q, today);
  const org = (await findOrgById(db, s.orgId)) as OrgRow;
  const { items: gifts, total: giftsTotal } = await listDonationsBetween(db, {
    path: org.path,
    from: s.from,
    to: s.to,
    limit: GIFTS_LISTED,
  });
  const buffer = writeWorkbook([
    figuresSheet(
      '捐赠情况',
      [
        unionLine(s.orgName),
        periodLine(s),
        ['捐款（笔）', s.moneyCount],
        ['捐款金额（元）', yuan(s.moneyFen)],
        ['捐物（批）', s.goodsCount],
        ['捐物价值（元，已标价部分）', yuan(s.goodsFen)],
        ['专项基金收入（元）', yuan(s.fundIncomeFen)],
      ],
      [30, 24],
    ),
    {
      name: '受赠工会',
      headers: ['工会', '捐款金额（元）', '捐物价值（元）'],
      widths: [36, 18, 18],
      indents: treeSteps(s.byUnion.map((u) => u.depth)),
      rows: withTotal(
        3,
        s.byUnion.map((r) => [r.own ? ownRowName(r.orgName) : r.orgName, yuan(r.moneyFen), yuan(r.goodsFen)]),
      ),
    },
    {
      name: '捐赠明细',
      headers: ['捐赠日期', '录入日期', '捐赠方', '受赠工会', '专项基金', '类别', '金额或价值（元）', '物资'],
      widths: [12, 12, 30, 30, 24, 8, 16, 24],
      rows: [
        // the sum of the gifts under them, labelled under 捐赠方 (the first column of text after the days)
        ...withUnpricedNote(
          gifts,
          withTotalAt(
            2,
            gifts.map((g) => [
              g.receivedOn,
              chinaDayOf(g.createdAt),
              g.donorName,
              g.orgName,
              g.fundName ?? '',
              g.kind === 'money' ? '捐款' : '捐物',
              giftYuan(g),
              g.kind === 'goods' ? `${g.item ?? ''}${g.quantity ?? ''}${g.unit ?? ''}` : '',
            ]),
          ),
        ),
        // a list cut at its cap says so in the sheet
        ...(giftsTotal > gifts.length
          ? [[`仅列出前 ${gifts.length} 笔，共 ${giftsTotal} 笔；请缩小统计期间后再导出其余明细`]]
          : []),
      ],
    },
    notesSheet(s.notes),
  ]);
  return { buffer, fileName: statsFileName(s.orgName, '捐赠统计', periodText(s)) };
}
