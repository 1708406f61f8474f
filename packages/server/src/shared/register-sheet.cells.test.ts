/**
 * How the register kit reads the cells clerks type into any register (register-sheet.cells.ts), from real .xlsx files:
 * days written with slashes whose month and day cannot be told apart, codes (phones, ID numbers) typed with
 * full-width digits and spaces, an ID number Excel turned into a number, and names kept with their inner spaces.
 */
import { describe, expect, it } from 'vitest';
import { digitsLost, ID_NUMBER_WORD } from './register-sheet.cells.ts';
import { testRegister } from './register-sheet.test-kit.ts';
import { readRegister } from './register-sheet.ts';
import { writeWorkbook } from './xlsx-writer.ts';

const SPEC = testRegister<'phone' | 'id' | 'code'>([
  { key: 'phone', header: '联系电话', en: 'Phone', kind: 'text', max: 20 },
  { key: 'id', header: '职工身份证号', en: 'ID number', kind: 'text', max: 30 },
  { key: 'code', header: '登记编号', en: 'Code', kind: 'text', max: 30, shape: 'code' },
]);
const read = (rows: (string | number)[][]) =>
  readRegister(
    SPEC,
    writeWorkbook([
      { name: '台账', headers: ['名称', '日期', '联系电话', '职工身份证号', '登记编号'], rows },
    ]),
    'r.xlsx',
    '2026-06-15',
  );

describe('a day typed with slashes, the year last', () => {
  it('is refused when month and day could be either, naming the row and column and asking for 2024-05-03', async () => {
    const r = await read([
      ['甲', '5/3/2024'],
      ['乙', '2024/5/3'],
      ['丙', '2024-05-03'],
      ['丁', '5/5/2024'],
    ]);
    expect(r.errors.map((e) => [e.rowNo, e.column, e.value])).toEqual([[2, '日期', '5/3/2024']]);
    expect(r.errors[0].messageZh).toBe(
      '「5/3/2024」日期不明确：可能是2024年5月3日，也可能是2024年3月5日；请写成年-月-日，如 2024-03-05（或 2024-05-03），或设为日期格式的单元格',
    );
    expect(r.errors[0].messageEn).toContain('may be 2024-05-03 (month first) or 2024-03-05 (day first)');
    // 2024/5/3 is year first, 2024-05-03 a date cell, 5/5 the same day either way
    expect(r.rows.slice(1).map((x) => x.values.on)).toEqual(['2024-05-03', '2024-05-03', '2024-05-05']);
  });
});

describe('a code typed as digits', () => {
  it('reads full-width digits and spaces as a clerk means them, in every phone and ID number column', async () => {
    const r = await read([
      [
        '甲',
        '2024-05-03',
        '１３８　００００ ００００',
        '１１０１０１ １９９００３０７１２３Ｘ',
        'ＡＢ　１２',
      ],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0].values).toMatchObject({ phone: '13800000000', id: '11010119900307123X', code: 'AB12' });
  });

  it('refuses an ID number Excel stored as a number, saying its digits were lost and how to keep them', async () => {
    // the number the cell holds: past 2^53, its last digits lost as Excel loses them
    const r = await read([['甲', '2024-05-03', '', Number('110101199003071234')]]);
    expect(r.errors.map((e) => [e.rowNo, e.column])).toEqual([[2, '职工身份证号']]);
    // the one wording of every import, the member import's and the people module's `idNumberRefusal` among them
    expect(r.errors[0].messageZh).toBe(`「1.10101E+17」：${digitsLost(ID_NUMBER_WORD).zh}`);
    expect(r.errors[0].messageZh).toContain(
      'Excel 把身份证号存成了数字（科学计数法，如 1.10114E+17），末几位已丢失',
    );
    expect(r.errors[0].messageZh).toContain('“文本”格式');
    expect(r.errors[0].messageEn).toContain('Excel stored the ID number as a number');
    expect(r.errors[0].messageEn).toContain("apostrophe (')");
  });

  it('refuses a code of digits (a credit code) Excel stored as a number, saying its digits were lost', async () => {
    // the number the cell holds: past 2^53, its last digits lost as Excel loses them; a short one is kept whole
    const r = await read([
      ['甲', '2024-05-03', '', '', Number('911101137000000038')],
      ['乙', '2024-05-03', '', '', 123456],
    ]);
    expect(r.errors.map((e) => [e.rowNo, e.column, e.value])).toEqual([[2, '登记编号', '9.11101E+17']]);
    expect(r.errors[0].messageZh).toBe(
      "「9.11101E+17」：Excel 把代码存成了数字（科学计数法，如 1.10114E+17），末几位已丢失，无法还原：请把该列设为“文本”格式后重新填写完整的代码，或在代码前加英文单引号（'）",
    );
    expect(r.errors[0].messageEn).toContain(
      'Excel stored the code as a number (scientific notation, as 1.10114E+17) and its last digits are lost for good',
    );
    expect(r.rows[1].values.code).toBe('123456');
  });

  it('leaves a name as typed, its inner spaces kept and only its ends trimmed', async () => {
    const r = await read([
      ['  北京 某某 公司 ', '2024-05-03'],
      ['Li Ming', '2024-05-03'],
    ]);
    expect(r.rows.map((x) => x.values.name)).toEqual(['北京 某某 公司', 'Li Ming']);
  });
});

describe('an amount in 万 with more decimals than reach the fen', () => {
  it('is refused saying an amount takes two decimals of yuan (six of 万), on its row and column', async () => {
    const spec = testRegister<'amount'>([
      { key: 'amount', header: '金额（元）', en: 'Amount', kind: 'money' },
    ]);
    const file = writeWorkbook([
      {
        name: '台账',
        headers: ['名称', '日期', '金额（元）'],
        rows: [
          ['甲', '2024-05-03', '1.2345678万'],
          ['乙', '2024-05-03', '1.234567万'],
        ],
      },
    ]);
    const r = await readRegister(spec, file, 'r.xlsx', '2026-06-15');
    expect(r.errors.map((e) => [e.rowNo, e.column])).toEqual([[2, '金额（元）']]);
    expect(r.errors[0].messageZh).toBe(
      '金额（元）最多精确到分：以元计最多两位小数，以万元计最多六位小数；「1.2345678万」超出了分',
    );
    expect(r.errors[0].messageEn).toContain('two decimals in yuan, six in 万');
    expect(r.rows[1].values.amount).toBe(1_234_567);
  });
});
