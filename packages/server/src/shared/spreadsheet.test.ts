import { describe, expect, it } from 'vitest';
import { createFooterFilter, findColumns, normaliseHeader, skipFooterRows } from './spreadsheet.ts';

const rows = (...cells: string[][]) => cells.map((c, i) => ({ rowNo: i + 2, cells: c }));
const kept = (r: ReturnType<typeof skipFooterRows>) => r.rows.map((x) => x.rowNo);

describe('skipFooterRows (name in column 0, ID number in column 1)', () => {
  const KEYS = [1, 0];

  it('leaves out a 合计 row and a 填表说明 block with its one-cell lines', () => {
    const r = skipFooterRows(
      rows(
        ['张三', '110105194912310029', '电工'],
        ['合计', '', '1人'],
        ['填表说明：'],
        ['1. 身份证号须为18位'],
        ['2. 李四已调出，请勿填写'],
      ),
      KEYS,
    );
    expect(kept(r)).toEqual([2]);
    expect(r.skipped).toEqual([
      { rowNo: 3, reason: 'total' },
      { rowNo: 4, reason: 'note' },
      { rowNo: 5, reason: 'note' },
      { rowNo: 6, reason: 'note' },
    ]);
  });

  it('reads 合计 in a 序号 column and full-width 注：', () => {
    const r = skipFooterRows(
      rows(['', '', '', '3'], ['总计', '', '', '1200'], ['注：以上均为在职职工']),
      [2, 1],
    );
    expect(r.skipped.map((s) => s.rowNo)).toEqual([3, 4]);
  });

  it('never leaves out a row with an ID number or a name beside other cells', () => {
    const r = skipFooterRows(
      rows(
        ['合计', '110105194912310029', '电工'], // a member whose name starts with 合计: data
        ['说明', '', '电工', '13800000000'], // no ID number and the first cell starts with 说明: a note
        ['王五', '', '焊工'], // after a note, a row of several cells is data again
        ['备注：'],
        ['110105194912310029'], // one cell, but an ID number: data
      ),
      KEYS,
    );
    expect(kept(r)).toEqual([2, 4, 6]);
  });

  it('leaves out a 填报人 or 经办人 line under the rows, as a 填表人 one', () => {
    const r = skipFooterRows(
      rows(['张三', '110105194912310029'], ['填报人：韩静怡'], ['经办人：李建国  2025年12月']),
      KEYS,
    );
    expect(r.skipped).toEqual([
      { rowNo: 3, reason: 'note' },
      { rowNo: 4, reason: 'note' },
    ]);
    // a register without key columns (counts only) reads it the same way
    expect(skipFooterRows(rows(['某某工会', '2019-03', '12'], ['填报人：韩静怡']), []).skipped).toEqual([
      { rowNo: 3, reason: 'note' },
    ]);
  });

  it('leaves out a total row that puts its count in the ID number column', () => {
    const r = skipFooterRows(rows(['张三', '110105194912310029'], ['合计', '545人', '']), KEYS);
    expect(r.skipped).toEqual([{ rowNo: 3, reason: 'total' }]);
  });

  it('keeps a row that only mentions a word later in the row', () => {
    const r = skipFooterRows(rows(['赵六', '', '合计']), KEYS);
    expect(kept(r)).toEqual([2]);
    expect(r.skipped).toEqual([]);
  });
});

describe('a bare totals row: the sums of the columns above, with no 合计 in it', () => {
  // 姓名, 身份证号, 金额（元）, 人数
  const KEYS = [1, 0];
  const data = [
    ['张三', '110105194912310029', '1,200.50', '2'],
    ['李四', '110105194912310037', '¥300', '1'],
  ];

  it('is left out as a total, followed by blank and note rows or not', () => {
    for (const after of [[], [[''], ['填表人：韩静怡']]]) {
      const r = skipFooterRows(rows(...data, ['', '', '1500.5', '3'], ...after), KEYS);
      expect(kept(r).filter((n) => n < 5)).toEqual([2, 3]);
      expect(r.skipped[0]).toEqual({ rowNo: 4, reason: 'sum' });
    }
  });

  it('compares amounts in fen (0.1 + 0.2 is 0.30) and may leave a column blank', () => {
    const r = skipFooterRows(
      rows(['甲', '', '0.1', '1'], ['乙', '', '0.2', '1'], ['', '', '0.30000000000000004', '']),
      [0],
    );
    expect(r.skipped).toEqual([{ rowNo: 4, reason: 'sum' }]);
  });

  it('is data when a sum is wrong, a cell is not a number, a key cell is filled, or data follows it', () => {
    const cases = [
      ['', '', '1500', '3'], // 1500 is not 1500.50
      ['', '', '1500.5', '3人'], // not a number
      ['小计', '', '1500.5', '3'], // a label: the 合计 row as before
    ];
    expect(skipFooterRows(rows(...data, cases[0]), KEYS).rows.map((x) => x.rowNo)).toEqual([2, 3, 4]);
    expect(skipFooterRows(rows(...data, cases[1]), KEYS).rows.map((x) => x.rowNo)).toEqual([2, 3, 4]);
    expect(skipFooterRows(rows(...data, cases[2]), KEYS).skipped).toEqual([{ rowNo: 4, reason: 'total' }]);
    // a subtotal between the rows: data again after it
    const between = skipFooterRows(
      rows(...data, ['', '', '1500.5', '3'], ['王五', '110105194912310045', '8', '1']),
      KEYS,
    );
    expect(kept(between)).toEqual([2, 3, 4, 5]);
    // an ID number is data, whatever else the row holds
    expect(skipFooterRows(rows(['', '110105194912310029', '5']), KEYS).skipped).toEqual([]);
  });

  it('is told in a file read in batches, held back until the rows after it are read', () => {
    const footer = createFooterFilter(KEYS);
    const first = footer.filter(rows(...data, ['', '', '1500.5', '3']));
    expect(kept(first)).toEqual([2, 3]);
    expect(first.skipped).toEqual([]);
    const notes = footer.filter([{ rowNo: 5, cells: ['注：金额单位为元'] }]);
    expect(notes).toEqual({ rows: [], skipped: [] });
    expect(footer.end()).toEqual({
      rows: [],
      skipped: [
        { rowNo: 4, reason: 'sum' },
        { rowNo: 5, reason: 'note' },
      ],
    });
    // the same held back, then data: the row is given back, in its place
    const again = createFooterFilter(KEYS);
    again.filter(rows(...data, ['', '', '1500.5', '3']));
    const next = again.filter([{ rowNo: 5, cells: ['王五', '110105194912310045', '8', '1'] }]);
    expect(kept(next)).toEqual([4, 5]);
  });

  it('ends each sheet of a file read from several, whose sums start again', () => {
    const sheet = (name: string, at: number) =>
      [...data, ['', '', '1500.5', '3']].map((cells, i) => ({ rowNo: at + i, cells, sheet: name }));
    const r = skipFooterRows([...sheet('2024年', 10_000_002), ...sheet('2025年', 20_000_002)], KEYS);
    expect(kept(r)).toEqual([10_000_002, 10_000_003, 20_000_002, 20_000_003]);
    expect(r.skipped).toEqual([
      { rowNo: 10_000_004, reason: 'sum' },
      { rowNo: 20_000_004, reason: 'sum' },
    ]);
  });
});

describe('a header as a clerk types it', () => {
  it('reads full-width slashes, brackets, colons, letters and spaces as their ordinary forms', () => {
    expect(normaliseHeader('类型／层级')).toBe(normaliseHeader('类型/层级'));
    expect(normaliseHeader('身份证号码（必填）：')).toBe('身份证号码');
    expect(normaliseHeader('ＩＤ　Ｎｕｍｂｅｒ')).toBe('idnumber');
    expect(
      findColumns(['序号', '工会名称', '类型／层级'], { kind: ['类型层级'], name: ['工会名称'] }),
    ).toEqual({
      kind: 2,
      name: 1,
    });
  });
});
