/**
 * A donor's name is kept as typed with its stray spaces gone (typedName): 张  伟 from a register, 北京顺鑫 农业 from a
 * form, are 张伟 and 北京顺鑫农业, so the one donor entered again, by the form or another sheet, is the one on file
 * and not a second donor of the same union told apart only by a space.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appWorld } from '../../../test/world-kit.ts';
import { donationsKit } from './donations.test-kit.ts';

const w = appWorld({
  tree: { district: ['root/district', '顺义捐赠姓名测试区总工会'] },
  users: { staff: ['staff', 'district'] },
});
let tag: string;
beforeAll(() => {
  tag = String(w.t.ctx.unique()).replace(/\D/g, '').slice(-6);
});

const kit = donationsKit(w);

const donorNames = async () => {
  const res = await w.t.call({ method: 'GET', url: `/api/donors?q=${tag}&pageSize=50`, cookie: w.staff });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { name: string }[]).map((d) => d.name).sort();
};
const registerDonor = (name: string, kind = 'person') =>
  w.t.call({
    method: 'POST',
    url: '/api/donors',
    cookie: w.staff,
    body: { orgId: w.district.id, kind, name },
  });

describe('a donor’s name', () => {
  it('is kept without the spaces a sheet left in it, and the form then finds the donor on file', async () => {
    const person = `张  伟${tag}`;
    const firm = ` 北京顺鑫 农业${tag}有限公司 `;
    const file = kit.sheetOf([
      {
        爱心单位: person,
        捐赠方类型: '个人',
        捐赠日期: '2026-03-05',
        受赠工会: w.district.name,
        '金额（元）': '1,000元',
      },
      { 爱心单位: firm, 捐赠日期: '2026/4/7', 受赠工会: w.district.name, '金额（元）': '2000' },
    ]);
    await kit.imported(file, { created: 2, newDonors: 2 });
    expect(await donorNames()).toEqual([`北京顺鑫农业${tag}有限公司`, `张伟${tag}`].sort());

    const again = await registerDonor(`张伟${tag}`);
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.code).toBe('DONOR_DUPLICATE');
  });

  it('is kept without stray spaces when registered or corrected on the form', async () => {
    const res = await registerDonor(`李 晓　红${tag}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().name).toBe(`李晓红${tag}`);
    const edited = await w.t.call({
      method: 'PATCH',
      url: `/api/donors/${res.json().id}`,
      cookie: w.staff,
      body: { name: `李  小红${tag} ` },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await donorNames()).toContain(`李小红${tag}`);
  });
});
