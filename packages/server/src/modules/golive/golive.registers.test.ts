/**
 * The go-live checklist's steps of the registers of the past (issue 45): one per register of the catalog, read from
 * GET /api/registers's list so a new register shows by itself; done once the subtree brought it in (not by a dry
 * run, not by another federation), with what it created; optional, so they never hold the checklist back.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipart } from '../../../test/api.ts';
import { fixedClock } from '../../../test/clock.ts';
import { importRegisterCommand } from '../../cli/registers.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';
import { narrowestPerFederation, registerSteps } from './golive.registers.ts';

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

describe('an import by an account without a union (the administrator, the command line without --as)', () => {
  const cases = (rows: (string | null)[][]) =>
    writeWorkbook([
      { name: '诉求台账', headers: ['收到日期', '渠道', '类别', '诉求内容', '所在工会', '受理日期'], rows },
    ]);
  const caseRow = (union: OrgRow, text: string) => [
    '2019-05-06',
    '接待日',
    '工资报酬',
    text,
    union.name,
    '2019-05-07',
  ];
  /** A federation of two districts, with a manager at each of the three. */
  const federation = async () => {
    const city = await t.ctx.newRoot();
    const east = await t.ctx.newOrg(city, 'district', `东区总工会${t.ctx.unique()}`);
    const west = await t.ctx.newOrg(city, 'district', `西区总工会${t.ctx.unique()}`);
    const [cityM, eastM, westM] = [
      await t.signInAs('manager', city),
      await t.signInAs('manager', east),
      await t.signInAs('manager', west),
    ];
    return { east, west, cityM, eastM, westM };
  };

  it('counts on the page for the unions its records went to: the district, the city above it, not the other district', async () => {
    const f = await federation();
    const admin = await t.signInAs('admin', null);
    expect((await step(admin, 'register:cases')).state).toBe('todo');
    const res = await t.call({
      method: 'POST',
      url: '/api/cases/import',
      cookie: admin,
      ...multipart(
        '诉求台账.xlsx',
        cases([caseRow(f.east, '管理员导入甲'), caseRow(f.east, '管理员导入乙')]),
      ),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).not.toHaveProperty('unionIds');
    for (const cookie of [admin, f.cityM, f.eastM]) {
      const done = await step(cookie, 'register:cases');
      expect(done.state).toBe('done');
      expect(done.figure.en).toMatch(/^2 records brought in \(1 import, /);
    }
    expect((await step(f.westM, 'register:cases')).state).toBe('todo');
    expect((await step(otherManager, 'register:cases')).state).toBe('todo');
  });

  it('counts from the command line for the federation, when the records spread over its districts', async () => {
    const f = await federation();
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-golive-'));
    try {
      const file = join(dir, 'cases.xlsx');
      writeFileSync(
        file,
        cases([
          caseRow(f.east, '命令行导入甲'),
          caseRow(f.west, '命令行导入乙'),
          caseRow(f.west, '命令行导入丙'),
        ]),
      );
      const out: string[] = [];
      const cli = {
        db: t.db,
        services: t.ctx.services,
        out: (l: string) => out.push(l),
        err: (l: string) => out.push(l),
      };
      const code = await importRegisterCommand(cli as Parameters<typeof importRegisterCommand>[0], {
        register: 'cases',
        file,
      });
      expect(code, out.join('\n')).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const done = await step(f.cityM, 'register:cases');
    expect(done.state).toBe('done');
    expect(done.figure.en).toMatch(/^3 records brought in \(1 import, /);
    // spread over the city, the import is the city's: neither district brought it in
    expect((await step(f.eastM, 'register:cases')).state).toBe('todo');
    expect((await step(otherManager, 'register:cases')).state).toBe('todo');
  });

  it('finds, per federation, the narrowest union above every path of it', () => {
    expect(narrowestPerFederation(['/1/5/9/', '/1/5/12/', '/2/7/', '/1/5/'])).toEqual([5, 7]);
    expect(narrowestPerFederation(['/1/5/9/', '/1/6/'])).toEqual([1]);
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
