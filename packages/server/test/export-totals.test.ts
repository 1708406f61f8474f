import { describe, expect, it } from 'vitest';
import { type Figures, figuresOf, type ReadCell } from './export-sheets.ts';
import { missingMoneyTotals, type NotSummed, totalFailures } from './export-totals.ts';

/**
 * The 合计 rule of the export contract on sheets made here: a declared column is held to its kind and its note,
 * never skipped; an undeclared one is summed; a declaration no sheet uses fails.
 */
const n = (v: number): ReadCell => ({ t: 'n', v, f: 'General', d: false });
const s = (v: string): ReadCell => ({ t: 's', v, f: 'General', d: false });
const cellsOf = (row: (string | number | null)[]) =>
  row.map((v) => (v === null ? null : typeof v === 'number' ? n(v) : s(v)));

function sheet(headers: string[], rows: (string | number | null)[][]): Figures[] {
  return figuresOf([
    {
      key: 'GET /api/x/stats.xlsx',
      url: '/api/x/stats.xlsx',
      book: { ok: true, sheets: [{ name: '按年度', rows: [headers, ...rows].map(cellsOf) }] },
    },
  ]);
}
const declare = (kind: NotSummed['kind'], column = '会数'): NotSummed[] => [
  { route: 'GET /api/x/stats.xlsx', sheet: '按年度', column, kind, why: 'a test' },
];
const HEADERS = ['年度', '会数（年末）', '召开'];
const YEARS = [
  ['2025', 3, 2],
  ['2026', 4, 1],
];

describe('the 合计 rule', () => {
  it('sums an undeclared column, and a blank 合计 under numbers is a failure', () => {
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', 7, 3]]), [])).toEqual([]);
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', 4, 3]]), [])).toEqual([
      expect.stringContaining('「会数（年末）」 合计 4 ≠ 7, the sum of its rows'),
    ]);
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', null, 3]]), [])).toEqual([
      expect.stringContaining('合计 is blank, its rows sum to 7'),
    ]);
  });

  it('holds a state to the last row under a row labelled 全期（时点数截至…）, and asks for its note', () => {
    const note = ['注：「会数」为时点数，不能相加：末行为末年之数。'];
    const whole = '全期（时点数截至2026-12-31）';
    expect(totalFailures(sheet(HEADERS, [...YEARS, [whole, 4, 3], note]), declare('state'))).toEqual([]);
    expect(totalFailures(sheet(HEADERS, [...YEARS, [whole, null, 3], note]), declare('state'))).toEqual([]);
    expect(totalFailures(sheet(HEADERS, [...YEARS, [whole, 7, 3], note]), declare('state'))).toEqual([
      expect.stringContaining('合计 7 is not the last row’s state 4'),
    ]);
    expect(totalFailures(sheet(HEADERS, [...YEARS, [whole, 4, 3]]), declare('state'))).toEqual([
      expect.stringContaining('no note row says 「会数」 …不能相加 (时点数)'),
    ]);
    // its other columns are summed as a 合计's
    expect(totalFailures(sheet(HEADERS, [...YEARS, [whole, 4, 2], note]), declare('state'))).toEqual([
      expect.stringContaining('合计 2 ≠ 3, the sum of its rows'),
    ]);
  });

  it('fails a state or a distinct count under a row labelled 合计: that row adds nothing of it', () => {
    const state = ['注：「会数」为时点数，不能相加：末行为末年之数。'];
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', 4, 3], state]), declare('state'))).toEqual([
      expect.stringContaining(
        'a state column under a row labelled 「合计」: no 合计 adds it, label the row 全期',
      ),
    ]);
    const distinct = ['注：「会数」为不重复计数，不能相加：一人只计一次。'];
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', 5, 3], distinct]), declare('distinct'))).toEqual([
      expect.stringContaining('label the row 全部（不重复计）'),
    ]);
    // and an undeclared column whose 合计 is no sum of its rows fails as ever
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', 4, 3]]), [])).toEqual([
      expect.stringContaining('合计 4 ≠ 7, the sum of its rows'),
    ]);
  });

  it('holds a distinct count between the largest row and the sum, under a row labelled 全部（不重复计）', () => {
    const note = ['注：「会数」为不重复计数，不能相加：一人只计一次。'];
    const rule = declare('distinct');
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['全部（不重复计）', 5, 3], note]), rule)).toEqual([]);
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['全部（不重复计）', 8, 3], note]), rule)).toEqual([
      expect.stringContaining('distinct count 8 is not between the largest row 4 and the sum 7'),
    ]);
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['全部（不重复计）', 3, 3], note]), rule)).toEqual([
      expect.stringContaining('distinct count 3 is not between'),
    ]);
  });

  it('holds a ratio between the rows, and a figure apart to a blank 合计', () => {
    const ratio = ['注：「会数」为比率，不能相加：全期之比。'];
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', 3.5, 3], ratio]), declare('ratio'))).toEqual([]);
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', 7, 3], ratio]), declare('ratio'))).toEqual([
      expect.stringContaining('合计 7 is no ratio of the rows (3 to 4)'),
    ]);
    const apart = ['注：「会数」不能相加，合计栏空白：各年之数。'];
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', null, 3], apart]), declare('apart'))).toEqual([]);
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', 4, 3], apart]), declare('apart'))).toEqual([
      expect.stringContaining('合计 4 should be blank'),
    ]);
  });

  it('fails a declaration that no sheet uses', () => {
    expect(totalFailures(sheet(HEADERS, [...YEARS, ['合计', 7, 3]]), declare('state', '已撤销'))).toEqual([
      'GET /api/x/stats.xlsx 「按年度」 「已撤销」 is declared not summed, but no bottom row has it',
    ]);
  });
});

describe('the rule of a column of yuan', () => {
  /** A sheet of `route` named 捐赠明细: a donor, a kind, a sum of yuan (two columns would be a sheet of labels). */
  const gifts = (route: string, rows: (string | number | null)[][]) =>
    figuresOf([
      {
        key: `GET ${route}`,
        url: route,
        book: {
          ok: true,
          sheets: [
            { name: '捐赠明细', rows: [['捐赠方', '类别', '金额或价值（元）'], ...rows].map(cellsOf) },
          ],
        },
      },
    ]);
  const rows = [
    ['甲公司', '捐款', 100],
    ['乙公司', '捐物', 20.5],
  ];

  it('asks a statistics sheet of yuan for its bottom row, as a list', () => {
    for (const route of ['/api/x/stats.xlsx', '/api/x.xlsx'])
      expect(missingMoneyTotals(gifts(route, rows))).toEqual([
        `${route} 「捐赠明细」: no 合计 row under its 2 rows of yuan`,
      ]);
    expect(missingMoneyTotals(gifts('/api/x/stats.xlsx', [...rows, ['合计', null, 120.5]]))).toEqual([]);
    // a bottom row of distinct counts is one too
    expect(
      missingMoneyTotals(gifts('/api/x/stats.xlsx', [...rows, ['全部（不重复计）', null, 120.5]])),
    ).toEqual([]);
  });
});
