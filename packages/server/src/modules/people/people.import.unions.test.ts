/**
 * The member roster reads its union column as every register does (resolveUnionTexts): the name as typed, with
 * stray spaces, its short name, its name without the ending a sheet leaves out, its credit code however typed; a
 * text no union of the subtree answers to, or several do, is refused in the words the other registers use.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { idNo, importFixtureForFile, memberRow, memberSheet } from '../../../test/member-import.ts';
import type { OrgRow } from '../org/index.ts';

const f = importFixtureForFile();
let changping: OrgRow;
let cpFirm: OrgRow;
const USCC = '81110114MA0ABCDE1X';

beforeAll(async () => {
  ({ changping, cpFirm } = f.orgs);
  await f.db.query('update orgs set uscc = $1, short_name = $2 where id = $3', [USCC, '昌平医院', cpFirm.id]);
  // two unions a sheet may both write as 回龙观医院
  await f.ctx.newOrg(changping, 'grassroots', '回龙观医院工会');
  await f.ctx.newOrg(changping, 'grassroots', '回龙观医院总工会');
});

const row = (serial: number, union: string) =>
  memberRow({ name: `会员${serial}`, idNumber: idNo(serial, 1990), union, joinedOn: '2025-03-01' });

describe('member import: the union column', () => {
  it('takes a union by its name without the ending (with a trailing space), its short name and its credit code', async () => {
    const { job, errors } = await f.runImport(
      f.ctx.actor('staff', changping),
      memberSheet([
        row(901, '昌平区医院 '),
        row(902, '昌平医院'),
        row(903, USCC.toLowerCase().replace(/^(.{4})/, '$1 ')),
        row(904, '昌平区医院工会'),
      ]),
    );
    expect(errors).toEqual([]);
    expect(job.result).toMatchObject({ imported: 4, created: 4 });
    for (const n of [901, 902, 903, 904]) {
      expect(await f.personByIdNumber(idNo(n, 1990))).toMatchObject({ orgId: cpFirm.id });
    }
  });

  it('refuses a text several unions answer to, and one none does, as the other registers do', async () => {
    const before = await f.counts();
    const { errors } = await f.runImport(
      f.ctx.actor('staff', changping),
      memberSheet([row(911, '回龙观医院'), row(912, '不存在的单位')]),
    );
    expect(errors.map((e) => [e.rowNo, e.column, e.code, e.value, e.messageZh, e.messageEn])).toEqual([
      [
        2,
        '工会名称',
        'UNION_AMBIGUOUS',
        '回龙观医院',
        '「回龙观医院」对应多个工会，请填写统一社会信用代码',
        '"回龙观医院" names several unions; give the credit code',
      ],
      [
        3,
        '工会名称',
        'UNION_UNKNOWN',
        '不存在的单位',
        '本工会范围内没有「不存在的单位」；请填写工会组织中该工会的全称、简称或统一社会信用代码',
        'No union "不存在的单位" in your subtree; give the union\'s full name, short name or credit code as the union tree has them',
      ],
    ]);
    expect(await f.counts()).toEqual(before);
  });
});
