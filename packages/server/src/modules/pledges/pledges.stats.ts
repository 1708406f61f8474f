import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { chinaDayOf } from '../../shared/effective.ts';
import { type FigureNote, noteMakers, notesSheet } from '../../shared/figure-notes.ts';
import { figuresSheet, periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { type StatsPeriod, statsPeriod } from '../../shared/period.ts';
import { notSummedNote, totalRow, withTotal } from '../../shared/sheet-totals.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { findOrgById, type OrgRow, statsUnionChosen } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { pledgeErrors } from './pledges.errors.ts';
import { listPledges, pledgeStatesOn } from './pledges.repository.ts';
import { CATEGORY_ZH } from './pledges.types.ts';
import { CATEGORIES } from './pledges.vocabulary.ts';

interface YearRow {
  year: number;
  promised: number;
  budgetFen: number;
  completedInYear: number;
  completedLate: number;
  spentFen: number;
  beneficiaries: number;
}

export interface PledgeStatsInput {
  orgId?: number;
  fromYear: number;
  toYear: number;
  /** The day the projects' states are read on (default the last day of `toYear`, or today when later). */
  asOf?: string;
}

/**
 * What each figure counts and by which day (issue 41), as pledges.counts.ts keeps it: one list for the page's notes
 * and the export's 说明 sheet. Flows are counted over the period's whole years (a project promised on 1 January of
 * its year, a completion on its day); the states of the period's projects stand on asOf. All by the project's union.
 */
export function pledgeFigureNotes(p: StatsPeriod): FigureNote[] {
  const { over, state } = noteMakers(p);
  const flow = (key: string, label: { zh: string; en: string }, zh: string, en: string) =>
    over(key, label, `${zh}，按项目所属工会统计`, `${en}, by the project's union`, p.from, p.to);
  const at = '，按项目所属工会统计';
  const atEn = ", by the project's union";
  return [
    state(
      'completed',
      { zh: '已完成', en: 'Completed' },
      `期间各年度的项目中，当日已完成的${at}`,
      `The period's projects completed by then${atEn}`,
    ),
    state(
      'open',
      { zh: '进行中', en: 'Open' },
      `期间各年度（不晚于当日所在年度）的项目中，当日既未完成也未撤销的${at}`,
      `The period's projects (of years up to that day's) neither completed nor cancelled by then${atEn}`,
    ),
    state(
      'overdue',
      { zh: '其中逾期未完成', en: 'Of those, overdue' },
      `其中所属年度已过仍未完成的${at}`,
      `Of those, projects of a year already past${atEn}`,
    ),
    state(
      'cancelled',
      { zh: '已撤销', en: 'Cancelled' },
      `期间各年度的项目中，当日已撤销的${at}`,
      `The period's projects cancelled by then${atEn}`,
    ),
    flow(
      'promised',
      { zh: '立项', en: 'Promised' },
      '所属年度在期间内的项目（计在该年1月1日；撤销的不计）',
      "Projects of the period's years (counted on 1 January of their year; cancelled ones not)",
    ),
    flow('budgetFen', { zh: '预算', en: 'Budget' }, '这些项目的预算合计', 'The budget of those projects'),
    flow(
      'completedInYear',
      { zh: '年内完成', en: 'Completed in their year' },
      '在所属年度内完成的项目，按完成日期',
      'Projects completed within their own year, by the day completed',
    ),
    flow(
      'completedLate',
      { zh: '往年项目本年完成', en: 'Completed late' },
      '以前年度的项目在该年完成的，按完成日期',
      "Earlier years' projects completed in the year, by the day completed",
    ),
    flow(
      'spentFen',
      { zh: '实际投入', en: 'Spent' },
      '完成日期在期间内的项目（年内完成和往年项目本年完成的）登记的投入合计',
      'What the projects completed in the period (in their year or late) spent',
    ),
    flow(
      'beneficiaries',
      { zh: '受益职工（人次）', en: 'Workers reached' },
      '完成日期在期间内的项目登记的受益职工人次',
      'The workers the projects completed in the period reached, as recorded',
    ),
    flow(
      'outputs.qty',
      { zh: '成果数量', en: 'Delivered' },
      '完成日期在期间内的项目登记的建成数量，按单位分',
      'What the projects completed in the period delivered, by unit',
    ),
    flow(
      'series.projects',
      { zh: '连续项目', en: 'Series projects' },
      '每年重复立项的项目中完成日期在期间内的项数及其投入',
      'Projects of a series promised again each year, completed in the period, and what they spent',
    ),
  ];
}

/**
 * 办实事 projects of a union subtree over a range of years (ADR 43: a project is promised for a year, so its
 * flows are counted by year) and their states as they stood on a day (`asOf`, default the period's end):
 * completed, open, overdue, cancelled. From the reporting layer, per year the projects
 * promised and their budget, those completed within their year, earlier years' projects completed late in it, the
 * money spent and the workers
 * reached; promised by category; what was delivered (by unit) and the projects promised again every year.
 */
export async function getPledgeStats(db: Db, actor: Actor, input: PledgeStatsInput, today: string) {
  if (input.toYear < input.fromYear) {
    throw pledgeErrors.invalid('toYear', {
      zh: '结束年度早于起始年度',
      en: 'The last year precedes the first',
    });
  }
  const org = await statsUnionChosen(db, actor, input.orgId, 'pledges.read');
  const period = statsPeriod({ fromYear: input.fromYear, toYear: input.toYear }, today);
  // a day asked for after today reads today's states: nothing is known of a day that has not come
  const asOf = [input.asOf ?? period.asOf, today].sort()[0];
  if (asOf < period.from) {
    throw pledgeErrors.invalid('asOf', {
      zh: `状态日期 ${asOf} 早于起始年度 ${input.fromYear}`,
      en: `The day of the states (${asOf}) precedes the first year ${input.fromYear}`,
    });
  }
  const states = await pledgeStatesOn(db, {
    path: org.path,
    fromYear: input.fromYear,
    toYear: input.toYear,
    day: asOf,
  });
  const rows = await sumCounts(db, {
    subject: [
      'pledges.promised',
      'pledges.completed',
      'pledges.beneficiaries',
      'pledges.output',
      'pledges.series',
    ],
    path: org.path,
    from: String(input.fromYear),
    to: String(input.toYear),
    by: ['subject', 'dim', 'dim2', 'month'],
  });
  const years: YearRow[] = [];
  for (let y = input.fromYear; y <= input.toYear; y++) {
    const of = (subject: string, keep: (r: (typeof rows)[number]) => boolean = () => true) =>
      rows.filter((r) => r.subject === subject && r.month.startsWith(String(y)) && keep(r));
    const sum = (rs: typeof rows, k: 'n' | 'fen') => rs.reduce((s, r) => s + r[k], 0);
    const promised = of('pledges.promised');
    const done = of('pledges.completed');
    years.push({
      year: y,
      promised: sum(promised, 'n'),
      budgetFen: sum(promised, 'fen'),
      completedInYear: sum(
        done.filter((r) => r.dim2 === 'in_year'),
        'n',
      ),
      completedLate: sum(
        done.filter((r) => r.dim2 === 'late'),
        'n',
      ),
      spentFen: sum(done, 'fen'),
      beneficiaries: sum(of('pledges.beneficiaries'), 'n'),
    });
  }
  const group = (subject: string) => {
    const out = new Map<string, { n: number; fen: number }>();
    for (const r of rows.filter((x) => x.subject === subject)) {
      const g = out.get(r.dim) ?? { n: 0, fen: 0 };
      g.n += r.n;
      g.fen += r.fen;
      out.set(r.dim, g);
    }
    return out;
  };
  const promisedBy = group('pledges.promised');
  const total = (k: 'promised' | 'completedInYear' | 'budgetFen' | 'spentFen' | 'beneficiaries') =>
    years.reduce((s, y) => s + y[k], 0);
  return {
    orgId: org.id,
    orgName: org.name,
    fromYear: input.fromYear,
    toYear: input.toYear,
    from: period.from,
    to: period.to,
    asOf,
    states,
    promised: total('promised'),
    completedInYear: total('completedInYear'),
    budgetFen: total('budgetFen'),
    spentFen: total('spentFen'),
    beneficiaries: total('beneficiaries'),
    years,
    byCategory: CATEGORIES.map((category) => ({
      category,
      promised: promisedBy.get(category)?.n ?? 0,
    })).filter((r) => r.promised),
    outputs: [...group('pledges.output')].map(([unit, g]) => ({ unit, qty: g.n })),
    series: [...group('pledges.series')].map(([series, g]) => ({ series, projects: g.n, spentFen: g.fen })),
    notes: pledgeFigureNotes({ ...period, asOf }),
  };
}

/**
 * The rows of 连续项目与成果 under their 合计: the series' 投入 summed; 数量 counts a series' projects (项) and each
 * output in its own unit (人, 场, 所 …), which add up to nothing, so its 合计 cell is blank and the note says why.
 */
function seriesRows(rows: (string | number)[][]) {
  if (!rows.length) return rows;
  const total = totalRow(3, rows);
  total[1] = null;
  return [
    ...rows,
    total,
    [
      notSummedNote(
        'apart',
        ['数量'],
        '连续项目按项计，各项成果按其单位（人、场、所等）计，单位不同，相加无意义；「投入（元）」的合计为各连续项目投入之和',
      ),
    ],
  ];
}

const STATUS_ZH = {
  planned: '已立项',
  in_progress: '实施中',
  completed: '已完成',
  cancelled: '已撤销',
} as const;

/**
 * The statistics as .xlsx, with the projects of the years: beside the day each was completed or cancelled, the day
 * that was entered (录入日期), later for what was brought in after the fact.
 */
export async function exportPledgeStats(db: Db, actor: Actor, input: PledgeStatsInput, today: string) {
  const s = await getPledgeStats(db, actor, input, today);
  const org = (await findOrgById(db, s.orgId)) as OrgRow;
  const { items: projects } = await listPledges(db, {
    scope: { path: org.path },
    fromYear: s.fromYear,
    toYear: s.toYear,
  });
  const yuan = (fen: number) => fen / 100;
  const buffer = writeWorkbook([
    figuresSheet(
      '概况',
      [
        unionLine(s.orgName),
        periodLine(s),
        ['年度', `${s.fromYear}—${s.toYear}`],
        ['状态截至', s.asOf],
        ['已完成（项）', s.states.completed],
        ['进行中（项）', s.states.open],
        ['其中逾期未完成（项）', s.states.overdue],
        ['已取消（项）', s.states.cancelled],
        ['立项（项）', s.promised],
        ['年内完成（项）', s.completedInYear],
        ['预算（元）', yuan(s.budgetFen)],
        ['实际投入（元）', yuan(s.spentFen)],
        ['受益职工（人次）', s.beneficiaries],
      ],
      [28, 36],
    ),
    {
      name: '分年度',
      headers: [
        '年度',
        '立项（项）',
        '预算（元）',
        '年内完成（项）',
        '往年项目本年完成（项）',
        '投入（元）',
        '受益职工（人次）',
      ],
      widths: [10, 12, 16, 14, 14, 16, 18],
      rows: withTotal(
        7,
        s.years.map((y) => [
          y.year,
          y.promised,
          yuan(y.budgetFen),
          y.completedInYear,
          y.completedLate,
          yuan(y.spentFen),
          y.beneficiaries,
        ]),
      ),
    },
    {
      name: '分类别',
      headers: ['类别', '立项（项）'],
      widths: [20, 12],
      rows: s.byCategory.map((r) => [CATEGORY_ZH[r.category], r.promised]),
    },
    {
      name: '连续项目与成果',
      headers: ['项目或成果', '数量', '投入（元）'],
      widths: [36, 12, 16],
      rows: seriesRows([
        ...s.series.map((r) => [r.series, r.projects, yuan(r.spentFen)]),
        ...s.outputs.map((r) => [r.unit, r.qty, '']),
      ]),
    },
    {
      name: '项目清单',
      headers: ['年度', '工会', '项目', '类别', '状态', '完成日期', '撤销日期', '录入日期', '投入（元）'],
      widths: [8, 30, 36, 16, 10, 12, 12, 12, 14],
      // the projects' 投入 summed under them (a project not done has none: its cell is blank)
      rows: withTotal(
        9,
        projects.map((p) => [
          p.year,
          p.orgName,
          p.title,
          CATEGORY_ZH[p.category],
          STATUS_ZH[p.status],
          p.completedOn ?? '',
          p.cancelledOn ?? '',
          p.outcomeEnteredAt ? chinaDayOf(p.outcomeEnteredAt) : '',
          p.spentFen === null ? '' : yuan(p.spentFen),
        ]),
      ),
    },
    notesSheet(s.notes),
  ]);
  return {
    buffer,
    fileName: statsFileName(
      s.orgName,
      '办实事统计',
      s.fromYear === s.toYear ? `${s.fromYear}年` : `${s.fromYear}—${s.toYear}年`,
    ),
  };
}
