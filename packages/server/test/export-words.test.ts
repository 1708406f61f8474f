import { describe, expect, it } from 'vitest';
import { figuresOf, type ReadCell } from './export-sheets.ts';
import { wordFailures } from './export-words.ts';

/** The words rule of the export contract on sheets made here. */
const cellOf = (v: string | number | boolean | null): ReadCell | null =>
  v === null
    ? null
    : { t: typeof v === 'boolean' ? 'b' : typeof v === 'number' ? 'n' : 's', v, f: 'General', d: false };
const sheet = (rows: (string | number | boolean | null)[][]) =>
  figuresOf([
    {
      key: 'GET /api/x.xlsx',
      url: '/api/x.xlsx',
      book: { ok: true, sheets: [{ name: '清单', rows: rows.map((r) => r.map(cellOf)) }] },
    },
  ]);

describe('the words rule', () => {
  it('passes words, names, numbers, logins and a file format', () => {
    const rows = [
      ['姓名', '状态', '变更内容', '人数'],
      ['李明', '待审核', '登录名：judge1\n文件格式：xlsx\n月份：2026-12', 3],
      ['王芳', '已完成', '保单号：PEAK20261100000001\n请求：GET /api/audit.xlsx', 4],
      ['计算机辅助设计(CAD)', '纬度(lat)', 'GCJ-02', 5],
      ['北京ABC Data Services Co. Ltd.工会', '已完成', 'Peak Insurance Co. Ltd.', 6],
      ['原因', 'The union 杨镇总工会 was not found in your subtree.', '未找到工会「杨镇总工会」。', 7],
    ];
    expect(wordFailures(sheet(rows))).toEqual([]);
  });

  it('fails a code, a field under its key, raw JSON, a value left unset and a boolean', () => {
    const rows = [
      ['姓名', '状态', '变更内容', '是否一线'],
      ['李明', 'pending', '行数：7\n身份证号：full', true],
      ['王芳', 'in_progress', 'month：2026-12', null],
      ['undefined', 'NaN', '{"a":1}', null],
      ['张三 null', '第undefined级', '', null],
    ];
    expect(wordFailures(sheet(rows))).toEqual([
      '/api/x.xlsx 「清单」: a code 「pending」: B2 "pending"',
      '/api/x.xlsx 「清单」: a code 「full」: C2 "身份证号：full"',
      '/api/x.xlsx 「清单」: a boolean: D2 "true"',
      '/api/x.xlsx 「清单」: a code 「in_progress」: B3 "in_progress"',
      '/api/x.xlsx 「清单」: a field under its key 「month」: C3 "month：2026-12"',
      '/api/x.xlsx 「清单」: a value left unset: A4 "undefined" (and 3 more)',
      '/api/x.xlsx 「清单」: raw JSON: C4 "{"a":1}"',
    ]);
  });

  it('fails an English sentence inside a Chinese cell: the sheet is Chinese whatever the page’s language', () => {
    const rows = [
      ['捐赠方', '金额或价值（元）'],
      ['注：未标价的捐物金额栏空白，不计入合计。Unpriced goods are left blank and not in the total.', null],
    ];
    expect(wordFailures(sheet(rows))).toEqual([
      '/api/x.xlsx 「清单」: English inside Chinese: A2 "注：未标价的捐物金额栏空白，不计入合计。Unpriced goods are left blank and not in the total."',
    ]);
  });
});
