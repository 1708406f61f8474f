/**
 * What a clerk is told when a register row is refused, over one register (the selection results): an ID number
 * named as typed with precisely what is wrong with it (the people module's one mould, `idNumberRefusal`, which
 * every register uses), and a day that is none with how to write one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countOf } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { selectionsRegisterKit } from './selections.test-kit.ts';

const w = appWorld({
  tree: { district: ['root/district', '测试区总工会'] },
  users: { staff: ['staff', 'district'] },
});
let member: { name: string; idNumber: string };

beforeAll(async () => {
  member = { name: `劳模${w.t.ctx.unique().slice(0, 4)}`, idNumber: w.t.ctx.newIdNumber() };
  await w.t.ctx.newPerson(w.district, member);
});

const kit = selectionsRegisterKit(w, () => countOf(w.t, 'select count(*)::int as n from selections'));

const row = (idNumber: string, on = '2019-12-20') => [
  '2019年度区级劳动模范评选（说明）',
  '2019',
  '劳动模范',
  '区级劳动模范',
  member.name,
  idNumber,
  on,
  '',
  '',
];

describe('a refused row of a register tells the clerk what to write', () => {
  it('names an ID number as typed and what is wrong with it, one problem a row', async () => {
    const errors = await kit.rowErrors(
      kit.sheet([
        row('110105********002X'),
        row('1101051949123100'),
        row('1101051949123100AX'),
        row('99010519491231002X'),
        row('110105194902300021'), // born on 30 February (11010519491331002X would be a credit code)
        row('110105194912310021'),
      ]),
      [2, 3, 4, 5, 6, 7].map((n) => [n, '身份证号']),
    );
    expect(errors.map((e) => [e.messageZh, e.messageEn])).toEqual([
      [
        '「110105********002X」：身份证号已打码（部分数字为*），无法确定是哪一位；请填写完整身份证号',
        '"110105********002X": The ID number is masked (some digits shown as *), so the person cannot be known; type the whole number',
      ],
      ['「110105******3100」：身份证号应为18位', '"110105******3100": ID number must have 18 characters'],
      [
        '「110105******3100AX」：身份证号只能是17位数字加数字或X',
        '"110105******3100AX": ID number must be 17 digits then a digit or X',
      ],
      [
        '「990105********002X」：身份证号地区码无效',
        '"990105********002X": ID number has an invalid region code',
      ],
      [
        '「110105********0021」：身份证号中的出生日期无效',
        '"110105********0021": ID number holds an invalid birth date',
      ],
      ['「110105********0021」：身份证号校验位错误', '"110105********0021": ID number check digit is wrong'],
    ]);
  });

  it('says how to write a day, and why a day written as one cannot be', async () => {
    const errors = await kit.rowErrors(
      kit.sheet([
        row(member.idNumber, '2019.13.5'),
        row(member.idNumber, '2019年2月30日'),
        row(member.idNumber, '去年'),
      ]),
      [2, 3, 4].map((n) => [n, '公布日期']),
    );
    const hint = {
      zh: '请写成 2020-03-05 这样的年-月-日（也可用 2020/3/5、2020.3.5、2020年3月5日），或设为日期格式的单元格',
      en: 'write the year, month and day as 2020-03-05 (2020/3/5 and 2020.3.5 are read too), or format the cell as a date',
    };
    expect(errors.map((e) => [e.messageZh, e.messageEn])).toEqual([
      [
        `「2019.13.5」不是日期：没有13月；${hint.zh}`,
        `"2019.13.5" is not a date: there is no month 13; ${hint.en}`,
      ],
      [
        `「2019年2月30日」不是日期：2019年2月只有28天；${hint.zh}`,
        `"2019年2月30日" is not a date: February 2019 has only 28 days; ${hint.en}`,
      ],
      [`「去年」不是日期：${hint.zh}`, `"去年" is not a date: ${hint.en}`],
    ]);
  });
});
