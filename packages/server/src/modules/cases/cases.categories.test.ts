import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { addWorkingDays } from './cases.calendar.ts';
import type { CasesService } from './cases.service.ts';
import { getCaseStats } from './cases.stats.ts';

let db: Db;
let ctx: TestContext;
let cases: CasesService;
let city: OrgRow;
let firm: OrgRow;
let admin: Actor;
let staff: Actor;
let worker: Actor;

const fields = (nameZh: string, nameEn: string, ackDays = 1, answerDays = 3) => ({
  nameZh,
  nameEn,
  ackDays,
  answerDays,
  active: true,
});

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  cases = ctx.services.cases;
  city = await ctx.newRoot();
  firm = await ctx.newOrg(await ctx.newOrg(city, 'street'), 'grassroots');
  admin = ctx.actor('admin', null);
  staff = ctx.actor('staff', firm);
  worker = ctx.actor('worker', null, (await ctx.newPerson(firm)).id);
});
afterAll(async () => db?.close());

describe('request categories the federation edits', () => {
  let code: string;

  it('ships the common categories, 其他 last', async () => {
    const names = (await cases.admin.categories(admin)).map((c) => c.nameZh);
    for (const name of ['困难帮扶', '民主管理', '休息休假', '女职工权益', '福利待遇', '职业培训']) {
      expect(names).toContain(name);
    }
    expect(names.at(-1)).toBe('其他');
  });

  it('an added category is offered at once, before 其他, and its deadlines count for requests filed under it', async () => {
    const list = await cases.admin.addCategory(admin, fields('  劳务派遣（外包） ', 'Agency work'));
    const added = list.find((c) => c.nameZh === '劳务派遣（外包）');
    expect(added).toMatchObject({ nameEn: 'Agency work', ackDays: 1, answerDays: 3, active: true });
    code = added?.code as string;
    expect(list.at(-1)?.nameZh).toBe('其他');
    expect((await cases.admin.offered(worker)).map((c) => c.code)).toContain(code);

    // 2025-03-07 is a Friday: one working day to accept is Monday the 10th, three to answer Wednesday the 12th.
    const filed = await cases.enter(staff, {
      channel: 'hotline',
      category: code,
      description: '派遣公司拖欠加班费',
      receivedOn: '2025-03-07',
    });
    expect(filed.case).toMatchObject({
      category: code,
      categoryName: { zh: '劳务派遣（外包）', en: 'Agency work' },
      ackDue: await addWorkingDays(db, '2025-03-07', 1),
      answerDue: await addWorkingDays(db, '2025-03-07', 3),
    });
  });

  it('a name taken by another category, an empty name or an answer shorter than the acceptance is refused', async () => {
    await expect(cases.admin.addCategory(admin, fields('工资报酬', 'Pay'))).rejects.toMatchObject({
      code: 'CASE_CATEGORY_TAKEN',
      messages: { zh: expect.stringContaining('工资报酬'), en: expect.stringContaining('工资报酬') },
    });
    await expect(cases.admin.addCategory(admin, fields('新类别', 'New category'))).resolves.toBeDefined();
    await expect(cases.admin.addCategory(admin, fields('再一个', ' WAGES AND PAY '))).rejects.toMatchObject({
      code: 'CASE_CATEGORY_TAKEN',
      details: { field: 'nameEn' },
    });
    await expect(cases.admin.saveCategory(admin, code, fields('  ', 'x'))).rejects.toMatchObject({
      code: 'CASE_CATEGORY_NAME',
    });
    await expect(
      cases.admin.saveCategory(admin, code, fields('劳务派遣', 'Agency', 5, 3)),
    ).rejects.toMatchObject({
      code: 'CASE_DEADLINES',
    });
    await expect(cases.admin.addCategory(staff, fields('越权类别', 'Not mine'))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
  });

  it('renamed, the requests filed under it show the new name; retired, it is no longer offered but stays on them', async () => {
    await cases.admin.saveCategory(admin, code, { ...fields('劳务派遣', 'Agency work'), active: false });
    expect((await cases.admin.offered(worker)).map((c) => c.code)).not.toContain(code);
    await expect(
      cases.enter(staff, {
        channel: 'hotline',
        category: code,
        description: '再次反映',
        receivedOn: '2025-03-10',
      }),
    ).rejects.toMatchObject({
      code: 'CASE_CATEGORY_RETIRED',
      messages: { zh: expect.stringContaining('劳务派遣') },
    });
    await expect(
      cases.worker.file(worker, { channel: 'app', category: code, description: '反映', anonymous: true }),
    ).rejects.toMatchObject({ code: 'CASE_CATEGORY_RETIRED' });

    const stats = await getCaseStats(db, staff, { orgId: firm.id, from: '2025-03', to: '2025-03' });
    expect(stats.byCategory.find((c) => c.category === code)).toEqual({
      category: code,
      name: { zh: '劳务派遣', en: 'Agency work' },
      n: 1,
    });
    const later = await getCaseStats(db, staff, { orgId: firm.id, from: '2025-04', to: '2025-04' });
    expect(later.byCategory.map((c) => c.category)).not.toContain(code);
    const list = await cases.list(staff, { category: code });
    expect(list.items.find((c) => c.category === code)?.categoryName.zh).toBe('劳务派遣');
  });

  it('the last offered category cannot be retired', async () => {
    const offered = (await cases.admin.categories(admin)).filter((c) => c.active);
    for (const c of offered.slice(1)) await cases.admin.saveCategory(admin, c.code, { ...c, active: false });
    const last = offered[0];
    await expect(
      cases.admin.saveCategory(admin, last.code, { ...last, active: false }),
    ).rejects.toMatchObject({
      code: 'CASE_CATEGORY_LAST',
    });
  });
});

describe('a request entered by staff', () => {
  it('may be anonymous on every channel, in person too, and then names no worker', async () => {
    for (const channel of ['hotline', 'reception', 'forum', 'congress'] as const) {
      const entered = await cases.enter(staff, {
        channel,
        category: 'wages',
        description: '匿名反映欠薪',
        anonymous: true,
        receivedOn: '2025-03-03',
      });
      expect(entered.case).toMatchObject({ channel, anonymous: true, identity: 'anonymous', worker: null });
    }
  });

  it('without a worker is "unnamed", not "moved away"', async () => {
    const entered = await cases.enter(staff, {
      channel: 'reception',
      category: 'wages',
      description: '接待日集体反映食堂问题',
      receivedOn: '2025-03-04',
    });
    expect(entered.case).toMatchObject({ identity: 'unnamed', worker: null, orgId: firm.id });
  });
});
