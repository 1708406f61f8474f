/**
 * The go-live checklist's steps of the registers of the past (issue 45): one per register of the catalog, read from
 * GET /api/registers's list so a new register shows by itself; done once the subtree brought it in (not by a dry
 * run, not by another federation), with what it created; optional, so they never hold the checklist back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipart } from '../../../test/api.ts';
import { fixedClock } from '../../../test/clock.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';
import { registerSteps } from './golive.registers.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let manager: string;
let otherManager: string;
let staff: string;
let district: OrgRow;

interface Step {
  key: string;
  state: string;
  optional: boolean;
  figure: { zh: string; en: string };
  template: string | null;
}

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock() });
  const root = await t.ctx.newRoot();
  district = await t.ctx.newOrg(root, 'district', `上线区总工会${t.ctx.unique()}`);
  manager = await t.signInAs('manager', root);
  staff = await t.signInAs('staff', district);
  otherManager = await t.signInAs('manager', await t.ctx.newRoot());
});
afterAll(async () => t?.close());

const checklist = async (cookie: string) => {
  const res = await t.call({ method: 'GET', url: '/api/golive', cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { steps: Step[]; done: number; required: number };
};
const step = async (cookie: string, key: string) => {
  const found = (await checklist(cookie)).steps.find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
};
const sessions = (dryRun: boolean) =>
  t.call({
    method: 'POST',
    url: `/api/counselling/sessions/import${dryRun ? '?dryRun=true' : ''}`,
    cookie: staff,
    ...multipart(
      '台账.xlsx',
      writeWorkbook([
        {
          name: '心理咨询服务台账',
          headers: ['所在工会', '咨询人员类别', '月份', '会谈场次', '服务人数'],
          rows: [
            [district.name, '心理咨询师', '2019-03', 12, 9],
            [district.name, '志愿者', '2019-04', 8, 6],
          ],
        },
      ]),
    ),
  });

describe("the go-live checklist's registers of the past", () => {
  it('has a step for every register of the catalog but those with steps of their own', async () => {
    const res = await t.call({ method: 'GET', url: '/api/registers', cookie: manager });
    const catalog = (res.json() as { items: { key: string; templateUrl: string }[] }).items;
    const list = await checklist(manager);
    const registerSteps = list.steps.filter((s) => s.key.startsWith('register:'));
    expect(registerSteps.map((s) => s.key.slice('register:'.length)).sort()).toEqual(
      catalog
        .map((r) => r.key)
        .filter((k) => !['unions', 'members', 'holidays'].includes(k))
        .sort(),
    );
    for (const s of registerSteps) {
      expect(s.optional).toBe(true);
      expect(s.state).toBe('todo');
      expect(s.template).toBe(catalog.find((r) => `register:${r.key}` === s.key)?.templateUrl);
    }
    // the required steps keep their order around them, and the optional ones are not counted
    expect(list.steps.filter((s) => !s.optional).map((s) => s.key)).toEqual([
      'unions',
      'accounts',
      'members',
      'calendar',
      'return',
    ]);
    expect(list.required).toBe(5);
  });

  it('is done once the subtree brings the register in, with what it created — a dry run does not count', async () => {
    expect((await sessions(true)).statusCode).toBe(200);
    expect((await step(manager, 'register:counselling-sessions')).state).toBe('todo');
    const res = await sessions(false);
    expect(res.statusCode, res.body).toBe(200);
    const done = await step(manager, 'register:counselling-sessions');
    expect(done.state).toBe('done');
    expect(done.figure.zh).toMatch(/^已导入 2 条（1 次，最近于 \d{4}-\d{2}-\d{2}）$/);
    expect(done.figure.en).toMatch(/^2 records brought in \(1 import, the last on /);
    // another federation's checklist does not see it
    expect((await step(otherManager, 'register:counselling-sessions')).state).toBe('todo');
  });
});

describe('the title of a register step', () => {
  it('says 以往 once when the register is named with it (以往发放记录 → 导入以往的发放记录)', () => {
    const steps = registerSteps(
      [
        { key: 'past-payments', name: { zh: '以往发放记录', en: 'Past payments' }, templateUrl: '/t' },
        { key: 'cases', name: { zh: '诉求台账', en: 'Cases' }, templateUrl: '/t' },
      ],
      new Map(),
    );
    expect(steps.map((s) => s.title.zh)).toEqual(['导入以往的发放记录', '导入以往的诉求台账']);
  });
});
