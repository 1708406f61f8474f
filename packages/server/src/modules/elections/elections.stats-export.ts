import { periodText, type StatsPeriod } from '../../shared/period.ts';
import { notSummedNote, wholeRow } from '../../shared/sheet-totals.ts';
import type { XlsxSheet } from '../../shared/xlsx-writer.ts';

/** A year of the statistics: flows counted on their days, and the unions overdue at the year's end (a state). */
interface YearFigures {
  year: number;
  founded: number;
  foundingMembers: number;
  held: number;
  due: number;
  overdue: number;
}

export interface ElectionStats extends StatsPeriod {
  orgName: string;
  years: YearFigures[];
  total: Omit<YearFigures, 'year' | 'overdue'>;
  /** The unions overdue on the period's last day (asOf). */
  overdue: number;
}

/** A sitting committee whose term ends within six months of asOf, or has ended. */
interface TermDue {
  orgName: string;
  termNo: number;
  electedOn: string;
  termYears: number;
  endsOn: string;
  overdue: boolean;
  daysOverdue: number;
  chair: string | null;
}

/**
 * The statistics as sheets: by year, with a bottom row adding the flows (foundings, members at founding, elections,
 * terms falling due) while the unions overdue, a state at each year's end, stand in it as on the period's last day —
 * the last year's figure —, so that row is 全期（时点数截至…）, no 合计, and a note row says so (ADR 14); and the
 * terms due or overdue, by the day they end.
 */
export function statsSheets(s: ElectionStats, terms: TermDue[]): XlsxSheet[] {
  // a year that has not begun by asOf has no state yet: its cell is blank, not 0
  const begun = (year: number) => `${year}-01-01` <= s.asOf;
  return [
    {
      name: '组建和换届统计',
      headers: [
        '年度',
        '新建工会数（按组建日期）',
        '建会时会员数（按组建日期）',
        '换届选举次数（按选举日期）',
        '任期届满数（按最近一次选举起算的届满日期）',
        `逾期未换届的工会数（各年年末，当年截至${s.asOf}）`,
      ],
      rows: [
        ...s.years.map((r) => [
          r.year,
          r.founded,
          r.foundingMembers,
          r.held,
          r.due,
          begun(r.year) ? r.overdue : null,
        ]),
        wholeRow('state', s.asOf, [
          s.total.founded,
          s.total.foundingMembers,
          s.total.held,
          s.total.due,
          s.overdue,
        ]),
        [
          notSummedNote(
            'state',
            ['逾期未换届的工会数'],
            `各年为当年年末（当年截至${s.asOf}）任期已届满而未换届的工会，末行为截至${s.asOf}之数，即末年之数，所以末行不是合计，是全期（${periodText(s)}，其余各栏为期间之和）`,
          ),
        ],
      ],
    },
    {
      name: '到期和逾期',
      headers: [
        '工会',
        '届次',
        '选举日期',
        '任期（年）',
        `任期届满日期（现任委员会，截至${s.asOf}届满或6个月内届满）`,
        `逾期天数（截至${s.asOf}）`,
        '主席',
      ],
      rows: terms.map((t) => [
        t.orgName,
        t.termNo,
        t.electedOn,
        t.termYears,
        t.endsOn,
        t.overdue ? t.daysOverdue : 0,
        t.chair,
      ]),
      dateColumns: [2, 4],
      widths: [36, 8, 12, 10, 14, 10, 12],
    },
  ];
}
