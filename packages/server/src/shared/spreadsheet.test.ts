import { describe, expect, it } from 'vitest';
import { skipFooterRows } from './spreadsheet.ts';

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
