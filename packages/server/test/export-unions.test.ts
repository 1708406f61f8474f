import { describe, expect, it } from 'vitest';
import { figuresOf, type ReadCell } from './export-sheets.ts';
import { missingTotals } from './export-totals.ts';
import { indentFailures, listsUnions } from './export-unions.ts';

/**
 * The union rule of the export contract on sheets made here: a statistics sheet whose first column lists unions is
 * found by its header or by its indents, its unions are indented by their depth below the topmost, and it has a 合计.
 */
type Value = string | number | null | [string, number];
const cellOf = (v: Value): ReadCell | null => {
  if (v === null) return null;
  if (Array.isArray(v)) return { t: 's', v: v[0], f: 'General', d: false, i: v[1] };
  return { t: typeof v === 'number' ? 'n' : 's', v, f: 'General', d: false };
};
const book = (headers: string[], rows: Value[][], route = '/api/x/stats.xlsx') =>
  figuresOf([
    {
      key: `GET ${route}`,
      url: route,
      book: {
        ok: true,
        sheets: [{ name: '按工会', rows: [[...headers, '人数'], ...rows].map((r) => r.map(cellOf)) }],
      },
    },
  ]);
const DEPTHS = new Map([
  ['市总工会', 0],
  ['东城区总工会', 1],
  ['西城区总工会', 1],
  ['建国门街道总工会', 2],
]);
const depthOf = (name: string) => DEPTHS.get(name.replace(/（本级）$/, ''));

describe('the union rule', () => {
  it('finds a sheet listing unions by its header (工会, 单位, 下级工会 with a bracket or not) or its indents', () => {
    const rows: Value[][] = [['东城区总工会', 3]];
    for (const h of ['工会', '单位', '下级工会', '工会（持有名额的工会）'])
      expect(listsUnions(book([h, '件数'], rows)[0])).toBe(true);
    expect(listsUnions(book(['受赠方', '件数'], [[['东城区总工会', 1], 3]])[0])).toBe(true);
    // one union named on every row, a register, a list of records by their day: no list of unions
    expect(listsUnions(book(['统计单位', '件数'], rows)[0])).toBe(false);
    expect(listsUnions(book(['工会', '件数'], rows, '/api/x/export.xlsx')[0])).toBe(false);
    const dated = { t: 'd', v: '2026-01-05T00:00:00', f: 'yyyy-mm-dd', d: true };
    const records = book(['工会', '件数', '日期'], rows);
    records[0].body[0].cells.push(dated);
    expect(listsUnions(records[0])).toBe(false);
  });

  it('holds each union to its depth below the topmost listed, the 本级 row on top', () => {
    const ok: Value[][] = [
      ['市总工会（本级）', 1],
      [['东城区总工会', 1], 2],
      [['建国门街道总工会', 2], 1],
      [['西城区总工会', 1], 4],
      ['合计', 8],
    ];
    expect(indentFailures(book(['工会', '件数'], ok), depthOf)).toEqual({
      failures: [],
      several: ['GET /api/x/stats.xlsx 「按工会」'],
    });
    // without the 本级 row the district unions are the top
    const below: Value[][] = [
      ['东城区总工会', 2],
      [['建国门街道总工会', 1], 1],
      ['西城区总工会', 4],
    ];
    expect(indentFailures(book(['工会', '件数'], below), depthOf).failures).toEqual([]);
    const flat: Value[][] = [
      ['市总工会（本级）', 1],
      ['东城区总工会', 2],
      ['合计', 3],
    ];
    expect(indentFailures(book(['单位', '件数'], flat), depthOf).failures).toEqual([
      '/api/x/stats.xlsx 「按工会」 东城区总工会: indented 0, its depth says 1',
    ]);
    const deep: Value[][] = [
      [['东城区总工会', 1], 2],
      [['建国门街道总工会', 2], 1],
    ];
    expect(indentFailures(book(['工会', '件数'], deep), depthOf).failures).toEqual([
      '/api/x/stats.xlsx 「按工会」: its topmost union is indented, 1 2',
      '/api/x/stats.xlsx 「按工会」 东城区总工会: indented 1, its depth says 0',
      '/api/x/stats.xlsx 「按工会」 建国门街道总工会: indented 2, its depth says 1',
    ]);
  });

  it('holds the unions it knows to one another when a name is not one union of the tree', () => {
    const rows: Value[][] = [
      ['市总工会（本级）', 1],
      [['机关工会', 1], 2],
      [['东城区总工会', 1], 2],
      [['建国门街道总工会', 1], 1],
    ];
    expect(indentFailures(book(['工会', '件数'], rows), depthOf).failures).toEqual([
      '/api/x/stats.xlsx 「按工会」 建国门街道总工会: indented 1, its depth says 2',
    ]);
  });

  it('asks a 合计 row of a sheet listing unions, whatever its header', () => {
    const rows: Value[][] = [['东城区总工会', 2]];
    expect(missingTotals(book(['工会（持有名额的工会）', '件数'], rows))).toEqual([
      '/api/x/stats.xlsx 「按工会」: no 合计 row under its 1 rows',
    ]);
    expect(missingTotals(book(['单位', '件数'], [...rows, ['合计', 2]]))).toEqual([]);
  });
});
