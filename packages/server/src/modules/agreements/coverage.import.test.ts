import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { usccCheckChar } from '../org/index.ts';
import { readCoverageSheet } from './coverage.import.ts';

const code = (serial: number) => {
  const body = `91110117MA01${String(serial).padStart(5, '0')}`;
  return body + usccCheckChar(body);
};

describe('the covered-enterprise sheet', () => {
  it('reads a messy sheet: full-width digits, blank lines and a 合计 row', async () => {
    const file = writeWorkbook([
      {
        name: '覆盖企业',
        headers: ['统一社会信用代码', '企业名称', '职工人数', '女职工人数'],
        rows: [
          [code(1), '北京甲公司', '１２０', '４５'],
          ['', '', '', ''],
          [code(2), '北京乙公司', '1，200人', '３'],
          ['', '', '', ''],
          ['合计', '', '１３２０', '４８'],
        ],
      },
    ]);
    const { rows, errors } = await readCoverageSheet(file, '覆盖企业.xlsx');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { uscc: code(1), name: '北京甲公司', workers: 120, womenWorkers: 45 },
      { uscc: code(2), name: '北京乙公司', workers: 1200, womenWorkers: 3 },
    ]);
  });

  it('reads a credit code typed in lower case or grouped with spaces as the code', async () => {
    const spaced = (c: string) => `${c.slice(0, 8).toLowerCase()} ${c.slice(8).toLowerCase()}`;
    const file = writeWorkbook([
      {
        name: '覆盖企业',
        headers: ['统一社会信用代码', '企业名称', '职工人数', '女职工人数'],
        rows: [
          [spaced(code(3)), '北京丙公司', '80', '20'],
          [` ${code(4).toLowerCase()} `, '北京丁公司', '60', '10'],
        ],
      },
    ]);
    const { rows, errors } = await readCoverageSheet(file, '覆盖企业.xlsx');
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.uscc)).toEqual([code(3), code(4)]);
  });
});
