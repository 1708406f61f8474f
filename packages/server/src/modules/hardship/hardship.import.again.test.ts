/**
 * A hardship files register sent again whole, grown by a year (issue 32): the files on record as the register gives
 * them are skipped and counted (`onRecord`), the new ones imported; a file on record that the register gives
 * otherwise (another review, a household member more or less, another income) is refused, naming its row and what
 * differs, and nothing is overwritten.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { hardshipRegisterWorld, type HardshipSheetRow as Row } from './hardship.test-kit.ts';

const { h, kit } = hardshipRegisterWorld({ townName: '台账镇总工会', firmName: '台账企业工会' });
const w: { idNumber: string; name: string }[] = [];
let spouseId: string;

beforeAll(async () => {
  const { t, firm } = h;
  for (const k of ['甲', '乙', '丙']) {
    const idNumber = t.ctx.newIdNumber();
    const name = `困难职工${k}${t.ctx.unique().slice(0, 4)}`;
    await t.ctx.newPerson(firm, { idNumber, name });
    w.push({ idNumber, name });
  }
  spouseId = t.ctx.newIdNumber();
});

const sheet = kit.sheetOf;

/** Worker 甲's file of 2021 with its household, 乙's closed in 2022. */
const OLD = (): Row[] => [
  {
    职工身份证号: w[0].idNumber,
    困难类别: '深度困难',
    致困原因: '大病、子女教育',
    家庭住址: '杨镇一街10号',
    建档日期: '2021-03-01',
    认定日期: '2021-03-15',
    复核日期: '2022-03-10',
    有效期至: '2099-12-31',
    年收入: '36000',
  },
  {
    职工身份证号: w[0].idNumber,
    家庭成员姓名: '王秀英',
    与职工关系: '配偶',
    成员身份证号: spouseId,
    年收入: '12000',
    职业或就学: '保洁',
  },
  { 职工身份证号: w[0].idNumber, 家庭成员姓名: '张子涵', 与职工关系: '子女' },
  {
    职工身份证号: w[1].idNumber,
    困难类别: '意外致困',
    致困原因: '灾害',
    建档日期: '2022-01-20',
    认定日期: '2022-02-01',
    销档日期: '2022-10-01',
    销档原因: '灾后房屋修复完成',
  },
];
/** Worker 丙's file of 2023, the register's new year. */
const NEW = (): Row => ({
  职工身份证号: w[2].idNumber,
  困难类别: '相对困难',
  致困原因: '低收入',
  建档日期: '2023-02-01',
  认定日期: '2023-02-10',
});

describe('a hardship files register sent again with new files', () => {
  it('skips and counts the files on record as given, and imports the new ones', async () => {
    await kit.imported(sheet(OLD()), { created: 2, onRecord: 0 });
    // the same register once more then holds nothing new: every file counted as on record
    await kit.importedGrown(
      sheet([...OLD(), NEW()]),
      { created: 1, onRecord: 2, expired: 1, members: 1 },
      {},
    );
  });

  it('refuses a file on record that the register gives otherwise, naming the row and what differs', async () => {
    const [a, spouse, child, b] = OLD();
    const errors = await kit.rowErrors(
      sheet([
        { ...a, 复核日期: '2022-03-11' },
        { ...spouse, 年收入: '15000', 成员身份证号: '' },
        child,
        { ...child, 家庭成员姓名: '张子轩' },
        { ...b, 销档原因: '家庭收入恢复' },
      ]),
      [
        [2, '复核日期'],
        [3, '成员身份证号'],
        [3, '年收入'],
        [5, '家庭成员姓名'],
        [6, '销档原因'],
      ],
    );
    expect(errors[0].messageZh).toBe(
      '该职工2021-03-01建立的档案已在平台中，平台上是“2022-03-10”，本表是“2022-03-11”',
    );
    expect(errors[2].messageEn).toBe(
      "The worker's file established on 2021-03-01 is on record with “12,000.00”; this sheet gives “15,000.00”",
    );
    expect(errors[3].messageZh).toBe(
      '该职工2021-03-01建立的档案已在平台中，其家庭成员中没有「张子轩」（子女）',
    );
    // a member left out, another address
    const fewer = await kit.rowErrors(sheet([{ ...a, 家庭住址: '' }, spouse]), [
      [2, '家庭住址'],
      [2, '家庭成员姓名'],
    ]);
    expect(fewer[1].messageEn).toBe(
      "The worker's file established on 2021-03-01 is on record with 1 more household member than this sheet lists",
    );
  });
});
