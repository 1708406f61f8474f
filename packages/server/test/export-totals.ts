import { type Figures, isMoneyHeader, isNumber, type ReadCell, ref, textOf } from './export-sheets.ts';
import { isDated, isStatistics, listsUnions } from './export-unions.ts';

/**
 * The 合计 rule of the export contract (test/exports.test.ts, ADR 14): a 合计 row is the sum of the rows above it
 * in every column whose rows are numbers (a 小计 row, summing a union's rows, aside), and a column headed 合计 the
 * sum of its row; a statistics sheet listing unions has one (missingTotals). A figure that cannot be
 * summed is declared below, one column of one sheet at a time with its reason, and held to its kind — its 合计
 * cell checked, never skipped — and to a note row in its sheet that names it and says why
 * (shared/sheet-totals.ts writes such notes):
 * - state (时点数): a state on a day; the 合计 is the period's last day's, the last row's (or blank);
 * - distinct (不重复计数): the whole's distinct count lies between the largest row and the sum (or blank);
 * - ratio (比率): the whole's ratio lies between the smallest row and the largest (or blank);
 * - apart (合计栏空白): a figure of each row alone; the 合计 cell is blank.
 * A declaration that no sheet uses fails too: the list stays as narrow as the exports.
 * A row labelled 合计 is a true sum: a state or a distinct count in it fails. The bottom row holding one is labelled
 * for it (shared/sheet-totals.ts, wholeRowLabel): 全期（时点数截至<day>） under a state, 全部（不重复计） under a
 * distinct count; its summed columns are held to the sum as a 合计's are.
 */
export type NotSummedKind = 'state' | 'distinct' | 'ratio' | 'apart';

export interface NotSummed {
  /** The route, as the route table names it. */
  route: string;
  /** The sheet's name, or a pattern where the name holds the month or the year asked. */
  sheet: string | RegExp;
  /** The column's header up to its bracket: 逾期未换届的工会数（各年年末…） is 逾期未换届的工会数. */
  column: string;
  kind: NotSummedKind;
  why: string;
}

export const NOT_SUMMED: NotSummed[] = [
  {
    route: 'GET /api/insurance/policies/:id/changes.xlsx',
    sheet: /^\d{4}-\d{2}人员变动清单$/,
    column: '计费天数',
    kind: 'apart',
    why: 'an addition’s days are billed and a removal’s refunded: their sum counts nothing; the premium’s 合计 is net',
  },
  {
    route: 'GET /api/donations.xlsx',
    sheet: '捐赠登记',
    column: '数量',
    kind: 'apart',
    why: 'goods counted in units of their own (件, 箱, 斤): a sum of them counts nothing',
  },
  {
    route: 'GET /api/congresses/stats.xlsx',
    sheet: '按年度',
    column: '职代会数',
    kind: 'state',
    why: 'the congresses standing at each year’s end: three in each of two years are three, not six',
  },
  {
    route: 'GET /api/congresses/stats.xlsx',
    sheet: '按年度',
    column: '按期召开',
    kind: 'apart',
    why: 'the congresses that met in that year; the period’s (met in every year) is the 合计 of 按单位',
  },
  {
    route: 'GET /api/congresses/stats.xlsx',
    sheet: '按年度',
    column: '满意率',
    kind: 'ratio',
    why: '(satisfied + basic) ÷ rated of the whole period',
  },
  {
    route: 'GET /api/congresses/stats.xlsx',
    sheet: '按单位',
    column: '满意率',
    kind: 'ratio',
    why: '(satisfied + basic) ÷ rated of the whole subtree',
  },
  {
    route: 'GET /api/elections/stats.xlsx',
    sheet: '组建和换届统计',
    column: '逾期未换届的工会数',
    kind: 'state',
    why: 'the unions overdue at each year’s end: one overdue for three years is one union',
  },
  {
    route: 'GET /api/reports/programs/export.xlsx',
    sheet: '按项目',
    column: '受益人数',
    kind: 'distinct',
    why: 'a person helped by two programs is one person (ADR 35)',
  },
  {
    route: 'GET /api/reports/programs/export.xlsx',
    sheet: '按项目',
    column: '涉及工会数',
    kind: 'distinct',
    why: 'a union in two programs is one union (ADR 35)',
  },
  {
    route: 'GET /api/reports/programs/export.xlsx',
    sheet: '按工会',
    column: '受益人数',
    kind: 'distinct',
    why: 'a person helped through two unions is one person (ADR 35)',
  },
  ...(['受益人数', '涉及工会数'] as const).flatMap((column) => [
    {
      route: 'GET /api/reports/programs/export.xlsx',
      sheet: '按类别',
      column,
      kind: 'distinct' as const,
      why: 'a person (a union) helped in two categories is one (ADR 35)',
    },
    {
      route: 'GET /api/reports/programs/export.xlsx',
      sheet: '按项目和工会',
      column,
      kind: 'distinct' as const,
      why: 'a person (a union) helped in two programs or through two unions is one (ADR 35)',
    },
  ]),
  {
    route: 'GET /api/reports/programs/export.xlsx',
    sheet: /^按(证书等级|竞赛级别|培训课程|专利类型)$/,
    column: '受益人数',
    kind: 'distinct',
    why: 'a person helped at two grades (levels, courses) or in two programs is one person (ADR 35); blank over a calendar year read from the kept counts, which hold no such figure',
  },
  {
    route: 'GET /api/pledges/stats.xlsx',
    sheet: '连续项目与成果',
    column: '数量',
    kind: 'apart',
    why: 'a series counts its projects, an output its own unit (人, 场, 所): a sum of them counts nothing',
  },
];

/** What a note row says of each kind, beside the column's name in 「」 and 不能相加. */
const SAYS: Record<NotSummedKind, string> = {
  state: '时点数',
  distinct: '不重复计数',
  ratio: '比率',
  apart: '合计栏空白',
};

/** A header's name up to its bracket: 满意率（%） is 满意率. */
export const columnName = (header: string) => header.replace(/[（(].*$/, '').trim();

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;
const numberOf = (c: ReadCell | null | undefined) => (isNumber(c) ? ((c as ReadCell).v as number) : null);

/** A header of numbers that name records, not count them: 申请编号, 发放批次, 序号. */
const NAMES_A_RECORD = /编号|批次|序号/;

/** The label of a bottom row of a kind that cannot be summed: 全期（时点数截至…） or 全部（不重复计）. */
const WHOLE_LABEL: Partial<Record<NotSummedKind, RegExp>> = {
  state: /^全期（时点数截至\d{4}-\d{2}-\d{2}）$/,
  distinct: /^全部（不重复计）$/,
};
const labelOf = (cells: (ReadCell | null)[]) => textOf(cells.find((c) => textOf(c) !== ''));

/**
 * A bottom row: its first filled cell says 合计 (a list whose first columns are days labels it under its first text),
 * or 全期（时点数截至…） or 全部（不重复计） where a column is a state or a distinct count.
 */
const isTotalRow = (cells: (ReadCell | null)[]) => {
  const label = labelOf(cells);
  return label.startsWith('合计') || Object.values(WHOLE_LABEL).some((re) => re.test(label));
};

/** What is wrong with a declared column's bottom cell, or null. */
function kindProblem(kind: NotSummedKind, values: number[], total: number | null) {
  if (!values.length) return null;
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const sum = values.reduce((s, v) => s + v, 0);
  const last = values[values.length - 1];
  switch (kind) {
    case 'state':
      return total === null || near(total, last) ? null : `合计 ${total} is not the last row’s state ${last}`;
    case 'ratio':
      return total === null || (total > min - 0.05 && total < max + 0.05)
        ? null
        : `合计 ${total} is no ratio of the rows (${min} to ${max})`;
    case 'apart':
      return total === null ? null : `合计 ${total} should be blank`;
    case 'distinct':
      return total !== null && (total < max - 0.005 || total > sum + 0.005)
        ? `distinct count ${total} is not between the largest row ${max} and the sum ${sum}`
        : null;
  }
}

/** Every failure of the 合计 rule over the sheets, and the declarations no sheet uses. */
export function totalFailures(sheets: Figures[], declared: NotSummed[] = NOT_SUMMED): string[] {
  const failures: string[] = [];
  const used = new Set<NotSummed>();
  for (const f of sheets) {
    if (f.keyValue) continue;
    const notes = f.sheet.rows
      .filter((r) => r.filter((c) => textOf(c) !== '').length === 1 && textOf(r[0]) !== '')
      .map((r) => textOf(r[0]));
    const declaredAt = (col: number) =>
      declared.find(
        (d) =>
          d.route === f.route &&
          (typeof d.sheet === 'string' ? d.sheet === f.sheet.name : d.sheet.test(f.sheet.name)) &&
          d.column === columnName(f.headers[col] ?? ''),
      );
    let from = 0;
    f.body.forEach(({ at, cells }, i) => {
      if (!isTotalRow(cells)) return;
      // a union's 小计 row sums its own rows above it: the 合计 is the sum of the rows that are no 小计
      const rows = f.body.slice(from, i).filter((r) => !r.cells.some((c) => textOf(c) === '小计'));
      from = i + 1;
      for (let col = 1; col < Math.max(f.headers.length, cells.length); col++) {
        const c = cells[col];
        const column = rows.map((r) => r.cells[col]).filter((x) => textOf(x) !== '');
        const where = `${f.where} ${ref(at, col)} 「${f.headers[col]}」`;
        const d = declaredAt(col);
        if (d) {
          used.add(d);
          const say = `「${d.column}」`;
          const whole = WHOLE_LABEL[d.kind];
          if (whole && !whole.test(labelOf(cells)))
            failures.push(
              `${where}: a ${d.kind} column under a row labelled 「${labelOf(cells)}」: no 合计 adds it, label the row ${
                d.kind === 'state' ? '全期（时点数截至<day>）' : '全部（不重复计）'
              }`,
            );
          if (!notes.some((n) => n.includes(say) && n.includes('不能相加') && n.includes(SAYS[d.kind])))
            failures.push(
              `${where}: no note row says ${say} …不能相加 (${SAYS[d.kind]}), as a ${d.kind} column`,
            );
          if (column.some((x) => !isNumber(x))) continue;
          const values = column.map((x) => numberOf(x) as number);
          const problem = kindProblem(d.kind, values, numberOf(c));
          if (problem) failures.push(`${where}: ${problem} (${d.kind}: ${d.why})`);
          continue;
        }
        // a number naming a record (申请编号, 发放批次) is no figure
        if (NAMES_A_RECORD.test(f.headers[col] ?? '')) continue;
        // a cell hidden for privacy ("<5", counselling ADR 54) cannot be summed: its column is not checked
        if (column.some((x) => !isNumber(x))) continue;
        const sum = column.reduce((s, x) => s + (numberOf(x) as number), 0);
        if (!isNumber(c)) {
          if (column.length)
            failures.push(`${where} 合计 is blank, its rows sum to ${sum}: sum them, or declare why not`);
        } else if (!near(sum, numberOf(c) as number))
          failures.push(`${where} 合计 ${c?.v} ≠ ${sum}, the sum of its rows`);
      }
    });
    const totalCol = f.headers.indexOf('合计');
    if (totalCol > 0) {
      for (const { at, cells } of f.body) {
        if (!isNumber(cells[totalCol])) continue;
        const parts = cells.filter((c, col) => col !== totalCol && col > 0 && isNumber(c));
        const sum = parts.reduce((s, x) => s + (numberOf(x) as number), 0);
        if (!near(sum, numberOf(cells[totalCol]) as number))
          failures.push(
            `${f.where} ${ref(at, totalCol)} 合计 ${cells[totalCol]?.v} ≠ ${sum}, the sum of its row`,
          );
      }
    }
  }
  for (const d of declared)
    if (!used.has(d))
      failures.push(
        `${d.route} 「${d.sheet}」 「${d.column}」 is declared not summed, but no bottom row has it`,
      );
  return failures;
}

/** The headers of a first column of periods, up to a bracket: 月份, 年度 … */
const PERIOD_HEADERS = new Set(['月份', '月', '年度', '年份', '季度']);
const listsPeriods = (f: Figures) => PERIOD_HEADERS.has((f.headers[0] ?? '').replace(/[（(].*$/, '').trim());

/**
 * The statistics sheets listing unions (export-unions.ts, listsUnions: headed 工会, 单位 or 下级工会; or with a 所属工会
 * column: stations by station) or periods (按月份, 按年度) with figures that have no 合计 row: an auditor sums such a
 * sheet, and its 合计 says what the rows add up to. A list of records with a day each (terms falling due) is no sheet
 * of figures.
 */
export function missingTotals(sheets: Figures[]): string[] {
  return sheets
    .filter((f) => isStatistics(f) && !f.keyValue && f.body.length > 0 && !isDated(f))
    .filter((f) => listsUnions(f) || listsPeriods(f) || f.headers.includes('所属工会'))
    .filter((f) => f.body.some((r) => r.cells.some((c) => isNumber(c))))
    .filter((f) => !f.body.some((r) => isTotalRow(r.cells)))
    .map((f) => `${f.where}: no 合计 row under its ${f.body.length} rows`);
}

/** Lists whose yuan are a record's own and have no sum, each with why. */
const UNSUMMED_LISTS = new Map([
  [
    'GET /api/hardship/files.xlsx',
    'a family’s yearly income: the incomes of several families add up to nothing',
  ],
  [
    'GET /api/agreements.xlsx',
    'agreements overlap (a regional one covers enterprises with their own): their coverage has no sum, and a 合计 row would add it up; the statistics count it once',
  ],
]);

/**
 * The sheets, lists and statistics alike, with a column of yuan and no bottom row (合计, or 全部（不重复计） where a
 * column is a distinct count): an auditor checks a list of payments, grants or premiums, or a statistics sheet's
 * gifts, projects or programs, against the books by its sum, which the sheet gives under the rows.
 */
export function missingMoneyTotals(sheets: Figures[]): string[] {
  return sheets
    .filter((f) => !f.keyValue && f.body.length > 0 && !UNSUMMED_LISTS.has(f.route))
    .filter((f) => f.headers.some((h, i) => isMoneyHeader(h) && f.body.some((r) => isNumber(r.cells[i]))))
    .filter((f) => !f.body.some((r) => isTotalRow(r.cells)))
    .map((f) => `${f.where}: no 合计 row under its ${f.body.length} rows of yuan`);
}
