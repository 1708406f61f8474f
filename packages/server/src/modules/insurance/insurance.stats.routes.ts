import { statisticsRoutes } from '../../http/stats-routes.ts';
import type { App } from '../../http/types.ts';
import { notesSheet } from '../../shared/figure-notes.ts';
import { figuresSheet, periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { periodText } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { StatsQuery, StatsSchema } from './insurance.schemas.ts';
import type { InsuranceService } from './insurance.service.ts';

const tags = ['insurance'];
type InsuranceStats = Awaited<ReturnType<InsuranceService['stats']>>;

/** The yearly figures, in the sheet's order: each column is headed by its figure note's label (the 说明 sheet's). */
const FLOWS = ['policies', 'insured', 'premiumFen', 'claimsFiled', 'claimsPaid', 'paidFen'] as const;
const labelOf = (s: InsuranceStats, key: (typeof FLOWS)[number]) => {
  const label = s.notes.find((n) => n.key === key)?.label.zh ?? key;
  return key.endsWith('Fen') ? `${label}（元）` : label;
};

/** The statistics as a workbook: a row per year and the total, then the period and the states on its last day. */
function statsWorkbook(s: InsuranceStats) {
  const yuan = (fen: number) => fen / 100;
  const rows = [...s.years, { year: '合计', ...s.total }].map((r) => [
    r.year,
    r.policies,
    r.insured,
    yuan(r.premiumFen),
    r.claimsFiled,
    r.claimsPaid,
    yuan(r.paidFen),
  ]);
  const buffer = writeWorkbook([
    {
      name: '团体意外险统计',
      headers: ['年度', ...FLOWS.map((key) => labelOf(s, key))],
      rows,
      moneyColumns: [3, 6],
    },
    figuresSheet('统计期间与状态', [
      unionLine(s.orgName),
      periodLine(s),
      ['状态截至', s.asOf],
      ['在保保单数', s.states.inForce],
      ['在保人数', s.states.insured],
      ['未决报案件数', s.states.openClaims],
    ]),
    notesSheet(s.notes),
  ]);
  return { buffer, fileName: statsFileName(s.orgName, '团体意外险统计', periodText(s)) };
}

/** The insurance statistics and their workbook. */
export function insuranceStatsRoutes(app: App, { insurance }: { insurance: InsuranceService }): void {
  statisticsRoutes(app, {
    tags,
    path: '/api/insurance/stats',
    permission: 'insurance.read',
    summary:
      'Per year over years or any days: policies, insured, premium, claims filed and paid, payouts; states (in force, covered, open claims) on the last day',
    xlsxSummary: 'The insurance statistics as .xlsx',
    query: StatsQuery,
    result: StatsSchema,
    stats: insurance.stats,
    xlsx: async (actor, query) => statsWorkbook(await insurance.stats(actor, query)),
  });
}
