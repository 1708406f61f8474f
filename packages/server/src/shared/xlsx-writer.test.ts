import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSheet } from './sheet-reader.ts';
import { isYuanHeader } from './spreadsheet.ts';
import { dateCellOf, dateToSerial, sheetTitle, writeWorkbook } from './xlsx-writer.ts';
import { partText, zipEntries } from './xlsx-zip.ts';

describe('the writer’s cells', () => {
  it('names a sheet by a record’s title within Excel’s 31 characters, cutting the title, never what follows it', () => {
    expect(sheetTitle('2021年冬季送温暖', '走访记录')).toBe('2021年冬季送温暖走访记录');
    const long = sheetTitle('通州区总工会2021年冬季送温暖暨两节慰问困难职工和一线职工专项行动', '走访记录');
    expect(long).toHaveLength(31);
    expect(long.endsWith('走访记录')).toBe(true);
    // characters Excel refuses in a sheet's name
    expect(sheetTitle("'2021/22 冬季[一]:送*温暖?\\'", '走访记录')).toBe(
      '2021-22 冬季-一--送-温暖--走访记录',
    );
  });

  it('writes a day or a moment as a date serial with its format, other text as text', () => {
    expect(dateCellOf('2026-11-25')).toEqual({ serial: dateToSerial('2026-11-25'), style: 3 });
    const minute = dateCellOf('2026-11-25 18:05');
    expect(minute?.style).toBe(5);
    expect(minute?.serial).toBeCloseTo((dateToSerial('2026-11-25') as number) + (18 * 60 + 5) / 1440, 9);
    expect(dateCellOf('2026-11-25 18:05:30')?.style).toBe(6);
    for (const text of [
      '2025-01-01 至 2025-12-31',
      '2026-11',
      '18:05',
      '110101199003071234',
      '2026-11-25 25:00',
      '2020-13-45',
      '2021-02-29',
      '2021-02-29 08:00',
    ])
      expect(dateCellOf(text), text).toBeNull();
  });

  it('knows a yuan column by its header, and a count of payments is a count', () => {
    for (const h of ['金额（元）', '预算（元，项目期内）', '合计（元） Total (yuan)', '慰问金', '保费'])
      expect(isYuanHeader(h), h).toBe(true);
    for (const h of ['慰问金已审批（笔）', '捐款（笔）', '受益人数', '单位'])
      expect(isYuanHeader(h), h).toBe(false);
  });
});

describe('yuan rows', () => {
  it('shows the numbers of a row listed in yuanRows with two decimals, and other rows’ numbers as they are', () => {
    const file = writeWorkbook([
      {
        name: '填报',
        headers: ['项目', '单位', '填报值', '平台统计数'],
        rows: [
          ['会员', '人', '12', 12],
          ['经费收入', '元', '1200.5', 1200.5],
        ],
        textColumns: [2],
        yuanRows: [1],
      },
    ]);
    const sheet = XLSX.read(file, { type: 'buffer', cellNF: true }).Sheets.填报;
    expect(sheet.D2).toMatchObject({ t: 'n', v: 12 });
    expect(sheet.D2.z ?? 'General').toBe('General');
    expect(sheet.D3).toMatchObject({ t: 'n', v: 1200.5, z: '0.00' });
    // a text column stays text in a yuan row
    expect(sheet.C3).toMatchObject({ t: 's', v: '1200.5' });
  });
});

describe('rates', () => {
  it('writes a rate of a sheet of labels and values as the ratio, shown as a percentage', () => {
    const file = writeWorkbook([
      {
        name: '统计',
        headers: ['项目', '数值'],
        rows: [
          ['受理件数', 8],
          ['按时答复率', 0.625],
          ['签订率', '—'],
        ],
      },
    ]);
    const sheet = XLSX.read(file, { type: 'buffer', cellNF: true }).Sheets.统计;
    expect(sheet.B2).toMatchObject({ t: 'n', v: 8 });
    expect(sheet.B2.z ?? 'General').toBe('General');
    expect(sheet.B3).toMatchObject({ t: 'n', v: 0.625, z: '0.0%', w: '62.5%' });
    // no rate (nothing answered): a dash, as the page shows
    expect(sheet.B4).toMatchObject({ t: 's', v: '—' });
  });

  it('writes a column of ratios (percentColumns) as numbers shown as percentages, the year beside it a number', () => {
    const file = writeWorkbook([
      {
        name: '按年度',
        headers: ['年度', '评价', '满意率'],
        percentColumns: [2],
        rows: [
          [2025, 3, 0.667],
          [2026, 0, null],
        ],
      },
    ]);
    const sheet = XLSX.read(file, { type: 'buffer', cellNF: true }).Sheets.按年度;
    expect(sheet.A2).toMatchObject({ t: 'n', v: 2025 });
    expect(sheet.B2.z ?? 'General').toBe('General');
    expect(sheet.C2).toMatchObject({ t: 'n', v: 0.667, z: '0.0%', w: '66.7%' });
  });
});

describe('times of day', () => {
  it('writes a time column’s HH:mm and HH:mm:ss as Excel times in one form, read back as the same times', async () => {
    const file = writeWorkbook([
      {
        name: '诉求',
        headers: ['收到日期', '收到时间', '备注'],
        rows: [
          ['2025-03-03', '18:05', '18:05'],
          ['2025-03-04', '09:00:07', ''],
          ['2025-03-05', '', ''],
          ['2025-03-06', '下午', ''],
        ],
        timeColumns: [1],
      },
    ]);
    const sheet = XLSX.read(file, { type: 'buffer', cellNF: true }).Sheets.诉求;
    expect(sheet.B2).toMatchObject({ t: 'n', z: 'hh:mm:ss', w: '18:05:00' });
    expect(sheet.B2.v).toBeCloseTo((18 * 60 + 5) / 1440, 9);
    expect(sheet.B3).toMatchObject({ t: 'n', z: 'hh:mm:ss', w: '09:00:07' });
    // what is no time of day stays as written; another column's 18:05 is left alone
    expect(sheet.B5).toMatchObject({ t: 's', v: '下午' });
    expect(sheet.C2).toMatchObject({ t: 's', v: '18:05' });
    const read = await readSheet(file, 'x.xlsx');
    expect(read.rows.map((r) => r.cells[1])).toEqual(['18:05:00', '09:00:07', '', '下午']);
  });
});

describe('text of several lines', () => {
  it('wraps a cell of several lines, from the top, so each line shows on its own; a one-line cell is left as it is', () => {
    const file = writeWorkbook([
      {
        name: '日志',
        headers: ['操作', '变更内容'],
        rows: [['修改', '级别：区级 → 市级\n电话：空 → 13800000000']],
        textColumns: [1],
      },
    ]);
    const book = XLSX.read(file, { type: 'buffer', cellStyles: true, cellNF: true });
    const cell = book.Sheets.日志.B2;
    expect(cell).toMatchObject({ t: 's', v: '级别：区级 → 市级\n电话：空 → 13800000000' });
    const xml = inflated(file, 'xl/worksheets/sheet1.xml');
    const styles = inflated(file, 'xl/styles.xml');
    const xfs = [...styles.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]).slice(1);
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1] ?? 0);
    expect(xfs[styleOf('B2')]).toContain('wrapText="1"');
    expect(xfs[styleOf('A2')]).not.toContain('wrapText');
  });
});

/** A part of an .xlsx (a zip) as text. */
function inflated(file: Buffer, name: string): string {
  const text = partText(file, zipEntries(file) ?? new Map(), name, { left: 1e8, cap: 1e8 });
  if (text === null) throw new Error(`no ${name}`);
  return text;
}
