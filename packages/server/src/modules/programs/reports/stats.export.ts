import { noteRows } from '../../../shared/figure-notes.ts';
import {
  ownRowName,
  periodLine,
  periodWords,
  statsFileName,
  unionLine,
} from '../../../shared/figures-sheet.ts';
import { notSummedNote, totalRow, wholeRow } from '../../../shared/sheet-totals.ts';
import type { SheetSpec } from '../../../shared/spreadsheet.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import { CATEGORY_NAMES, type Category } from '../programs.vocabulary.ts';
import { BREAKDOWN_WORDS, PROGRAM_FIGURE_LABELS } from './stats.notes.ts';
import type { BreakdownBy, BreakdownRow, Figures, ProgramReport, UnionFigures } from './stats.service.ts';

/** A category as the dashboard and the program pages name it: one table (CATEGORY_NAMES). */
const categoryZh = (c: Category) => CATEGORY_NAMES[c].zh;

const STATUS_ZH = { draft: '草稿', published: '进行中', closed: '已结束' } as const;

/**
 * Each header is the figure's name as its note (and so the dashboard) gives it, with the date it is counted by.
 */
const FIGURE_BASES = [
  ['applications', '按申请日期'],
  ['approved', '按审批日期'],
  ['rejected', '按审批日期'],
  ['people', '按审批日期'],
  ['unions', '按审批日期'],
  ['approvedFen', '元，按审批日期，已扣除冲销'],
  ['paidFen', '元，按支付日期'],
] as const;
const FIGURE_HEADERS = FIGURE_BASES.map(([k, basis]) => `${PROGRAM_FIGURE_LABELS[k].zh}（${basis}）`);
const BREAKDOWN_HEADERS = FIGURE_HEADERS.filter((_, i) => FIGURE_BASES[i][0] !== 'unions');
/** Yuan as a number (shown with two decimals in the sheet), from integer fen. */
const yuan = (fen: number) => fen / 100;
/** A program unions apply to counts unions, not people: its people cell is left blank (the page shows a dash). */
const figureCells = (f: Figures, unionApplicants = false) => [
  f.applications,
  f.approved,
  f.rejected,
  unionApplicants ? null : f.people,
  f.unions,
  yuan(f.approvedFen),
  yuan(f.paidFen),
];
/** Indexes of the two money columns among FIGURE_HEADERS, shifted by the columns before them. */
const moneyAt = (before: number) => [before + 5, before + 6];

const BREAKDOWN_SHEETS: Record<BreakdownBy, { sheet: string; column: string }> = {
  grade: { sheet: '按证书等级', column: BREAKDOWN_WORDS.grade.zh },
  level: { sheet: '按竞赛级别', column: BREAKDOWN_WORDS.level.zh },
  course: { sheet: '按培训课程', column: BREAKDOWN_WORDS.course.zh },
  patentType: { sheet: '按专利类型', column: BREAKDOWN_WORDS.patentType.zh },
};
const breakdownCells = (r: BreakdownRow) => [
  r.applications,
  r.approved,
  r.rejected,
  r.people,
  yuan(r.approvedFen),
  yuan(r.paidFen),
];

/** One sheet per record field the report's programs break down by (certificate grade, award level, …). */
function breakdownSheets(report: ProgramReport): SheetSpec[] {
  return (Object.keys(BREAKDOWN_SHEETS) as BreakdownBy[]).flatMap((by) => {
    const programs = report.programs.filter((p) => p.breakdown?.by === by);
    if (!programs.length) return [];
    const { sheet, column } = BREAKDOWN_SHEETS[by];
    return [
      {
        name: sheet,
        headers: ['项目', column, ...BREAKDOWN_HEADERS],
        rows: withDistinctBottom(
          programs.flatMap((p) =>
            (p.breakdown?.rows ?? []).map((r) => [p.name, r.label.zh, ...breakdownCells(r)]),
          ),
          // a person helped at two grades (levels, courses) or in two programs is one person: the sheet's distinct
          // people, counted with each row's
          { 5: report.breakdownPeople[by] },
          [PROGRAM_FIGURE_LABELS.people.zh],
          `一人在几个${column}或几个项目受益只计一次，末行为本表全部不重复的人数，所以末行不是合计，是全部（不重复计）；其余各栏为各行之和`,
          2,
        ),
        moneyColumns: [6, 7],
      },
    ];
  });
}

/**
 * Rows with their bottom row where some column is a distinct count (a person helped in two rows is one person): the
 * row 全部（不重复计）, its other columns the sums of the rows (after the `labels` columns), the distinct counts
 * `distinct` gives by column — the report's own figures, as the page shows them — and the note naming them under it.
 */
function withDistinctBottom(
  rows: Cell[][],
  distinct: Record<number, number | null>,
  columns: string[],
  why: string,
  labels = 1,
): Cell[][] {
  if (!rows.length) return rows;
  const bottom = wholeRow('distinct', undefined, totalRow(rows[0].length, rows, labels).slice(1));
  for (const [col, n] of Object.entries(distinct)) bottom[Number(col)] = n;
  return [...rows, bottom, [notSummedNote('distinct', columns, why)]];
}
type Cell = string | number | boolean | null;

/** A union of the report by name; the chosen union's own applications read 本级. */
const unionName = (u: UnionFigures) => (u.self ? ownRowName(u.name) : u.name);

/**
 * The report as a workbook: a note on how figures are dated, then by program, category, union and what
 * the records say. Counts are numbers; amounts are yuan numbers with two decimals, from fen.
 */
export function reportWorkbook(report: ProgramReport): { fileName: string; buffer: Buffer } {
  const period = periodWords(report);
  const byProgram = report.programs.map((p) => [
    p.name,
    categoryZh(p.category),
    p.ownerOrgName,
    p.periodLabel,
    STATUS_ZH[p.status],
    ...figureCells(p, p.applicantType === 'union'),
    p.quota ?? '不限',
    p.quotaUsed,
    p.budgetFen === null ? '不限' : yuan(p.budgetFen),
    p.budgetLeftFen === null ? '不限' : yuan(p.budgetLeftFen),
  ]);
  // the bottom row adds the programs up, save that a person or union counted in two programs is one of the report's
  // people or unions: those two cells are the distinct counts, so the row is 全部（不重复计）, no 合计. Places and
  // budgets add up unless a program has no limit (不限): then neither has the whole.
  const t = report.totals;
  const ps = report.programs;
  const limited = (f: (p: (typeof ps)[number]) => number | null, show: (n: number) => number = (n) => n) =>
    ps.every((p) => f(p) !== null) ? show(ps.reduce((sum, p) => sum + (f(p) ?? 0), 0)) : '不限';
  const distinctNote = (what: string) =>
    notSummedNote('distinct', [PROGRAM_FIGURE_LABELS.people.zh, PROGRAM_FIGURE_LABELS.unions.zh], what);
  byProgram.push(
    wholeRow('distinct', undefined, [
      '',
      '',
      '',
      '',
      t.applications,
      t.approved,
      t.rejected,
      report.peopleCounted ? t.people : null,
      t.unions,
      yuan(t.approvedFen),
      yuan(t.paidFen),
      limited((p) => p.quota),
      ps.reduce((sum, p) => sum + p.quotaUsed, 0),
      limited((p) => p.budgetFen, yuan),
      limited((p) => p.budgetLeftFen, yuan),
    ]),
    [
      distinctNote(
        '一人（一个工会）在几个项目受益只计一次，末行为全部项目不重复的人数（工会数），所以末行不是合计，是全部（不重复计）；其余各栏为各项目之和',
      ),
    ],
  );
  const byUnion = report.programs.flatMap((p) =>
    p.byUnion.map((u) => [
      p.name,
      categoryZh(p.category),
      unionName(u),
      ...figureCells(u, p.applicantType === 'union'),
    ]),
  );
  // the bottom row sums the unions, save that a person helped through two unions is one of the report's people: that
  // cell is the distinct count, as the note under it says, so the row is 全部（不重复计）, no 合计
  const unionRows = report.byUnion.map((u) => [unionName(u), ...figureCells(u)]);
  const unionTotal = wholeRow('distinct', undefined, totalRow(FIGURE_HEADERS.length + 1, unionRows).slice(1));
  unionTotal[4] = t.people;
  const byUnionRows = unionRows.length
    ? [
        ...unionRows,
        unionTotal,
        [
          notSummedNote(
            'distinct',
            [PROGRAM_FIGURE_LABELS.people.zh],
            '一人在几个工会受益只计一次，末行为全部工会不重复的人数，所以末行不是合计，是全部（不重复计）；其余各栏为各工会之和',
          ),
        ],
      ]
    : unionRows;
  const peopleAndUnions = [PROGRAM_FIGURE_LABELS.people.zh, PROGRAM_FIGURE_LABELS.unions.zh];
  const byCategory = withDistinctBottom(
    report.byCategory.map((c) => [categoryZh(c.category), c.programs, ...figureCells(c)]),
    { 5: t.people, 6: t.unions },
    peopleAndUnions,
    '一人（一个工会）在几个类别受益只计一次，末行为全部类别不重复的人数（工会数），所以末行不是合计，是全部（不重复计）；其余各栏为各类别之和',
  );
  const byProgramUnion = withDistinctBottom(
    byUnion,
    { 6: report.peopleCounted ? t.people : null, 7: t.unions },
    peopleAndUnions,
    '一人（一个工会）在几个项目或工会受益只计一次，末行为全部不重复的人数（工会数），所以末行不是合计，是全部（不重复计）；其余各栏为各行之和',
    3,
  );
  const buffer = writeWorkbook([
    {
      name: '按项目',
      headers: [
        '项目',
        '类别',
        '主办工会',
        '项目期',
        '状态',
        ...FIGURE_HEADERS,
        `${PROGRAM_FIGURE_LABELS.quota.zh}（项目期内）`,
        PROGRAM_FIGURE_LABELS.quotaUsed.zh,
        '预算（元，项目期内）',
        '剩余预算（元）',
      ],
      rows: byProgram,
      moneyColumns: [...moneyAt(5), 14, 15],
    },
    {
      name: '按类别',
      headers: ['类别', PROGRAM_FIGURE_LABELS.programs.zh, ...FIGURE_HEADERS],
      rows: byCategory,
      moneyColumns: moneyAt(2),
    },
    {
      name: '按工会',
      headers: ['工会', ...FIGURE_HEADERS],
      rows: byUnionRows,
      // the chosen union's own row (本级) on top, the unions under it a step in
      indents: report.byUnion.map((u) => (u.self ? 0 : report.byUnion.some((x) => x.self) ? 1 : 0)),
      moneyColumns: moneyAt(1),
    },
    {
      name: '按项目和工会',
      headers: ['项目', '类别', '工会', ...FIGURE_HEADERS],
      rows: byProgramUnion,
      moneyColumns: moneyAt(3),
    },
    ...breakdownSheets(report),
    {
      name: '说明',
      headers: ['项目', '内容'],
      rows: [
        unionLine(report.org.name),
        periodLine(report),
        // a report of one category counts its programs alone: the sheet says which, as its file name does
        ...(report.category ? [['项目类别', categoryZh(report.category)]] : []),
        ...noteRows(report.notes),
        [
          '全部（不重复计）',
          '各表的末行：各行之和，有不限名额（预算）的项目时名额（预算）为不限；受益人数、涉及工会数不是各行之和，一人（一个工会）只计一次（按等级等分的表，一人在几个等级或几个项目受益也只计一次）',
        ],
      ],
      widths: [36, 60],
    },
  ]);
  const what = report.category ? `${categoryZh(report.category)}项目统计` : '项目统计';
  return { fileName: statsFileName(report.org.name, what, period), buffer };
}
