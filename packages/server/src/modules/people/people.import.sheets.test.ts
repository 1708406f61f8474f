/**
 * A roster split by year into sheets of one workbook (ADR 152): read as one list, a member on both sheets a repeat
 * as within one sheet, every refused row named with its sheet; a bad row on the second sheet refuses the whole file.
 */
import { describe, expect, it } from 'vitest';
import { badCheck, HEADERS, idNo, importFixtureForFile } from '../../../test/member-import.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';

const f = importFixtureForFile();
const UNION = '杨镇汇丰包装公司工会';
const member = (name: string, id: string) => [name, id, '', UNION, '2020-03-15', '', '', '', ''];
const book = (first: string[][], second: string[][]) =>
  writeWorkbook([
    { name: '2024年', headers: HEADERS, rows: first },
    { name: '2025年', headers: HEADERS, rows: second },
  ]);

describe('member import: a roster split into sheets', () => {
  it('reads both sheets as one list and names the sheets read', async () => {
    const before = await f.counts();
    const { job, errors } = await f.runImport(
      f.ctx.actor('staff', f.orgs.yangzhen),
      book([member('分表甲', idNo(901))], [member('分表乙', idNo(902)), member('分表丙', idNo(903))]),
    );
    expect(errors).toEqual([]);
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ imported: 3, created: 3, file: { sheets: ['2024年', '2025年'] } });
    expect((await f.counts()).persons).toBe(before.persons + 3);
  });

  it('refuses the whole file for a bad row on the second sheet, naming its sheet, and a repeat across sheets', async () => {
    const before = await f.counts();
    const { job, errors } = await f.runImport(
      f.ctx.actor('staff', f.orgs.yangzhen),
      book(
        [member('分表丁', idNo(904)), member('分表戊', idNo(905))],
        [member('分表己', badCheck(idNo(906))), member('分表丁', idNo(904))],
      ),
    );
    expect(job.status).toBe('failed');
    expect(errors.map((e) => [e.sheet, e.rowNo, e.column])).toEqual([
      ['2024年', 2, '身份证号码'],
      ['2025年', 2, '身份证号码'],
      ['2025年', 3, '身份证号码'],
    ]);
    expect(errors[1].messageZh).toContain('校验位错误');
    // each of the two rows of a repeat names the other with its sheet
    expect(errors[0].messageZh).toBe('身份证号在文件中重复：与“2025年”第3行相同');
    expect(errors[0].messageEn).toContain('also on sheet "2025年", row 3');
    expect(errors[2].messageZh).toBe('身份证号在文件中重复：与“2024年”第2行相同');
    expect(errors[2].messageEn).toContain('also on sheet "2024年", row 2');
    expect(await f.counts()).toEqual(before);
  });
});
