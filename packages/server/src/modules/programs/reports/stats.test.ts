import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { buildApp } from '../../../http/app.ts';
import { readSheet } from '../../../shared/sheet-reader.ts';
import type { OrgRow } from '../../org/index.ts';
import type { ProgramInput } from '../programs.types.ts';
import { CATEGORIES, CATEGORY_NAMES } from '../programs.vocabulary.ts';
import { reportWorkbook } from './stats.export.ts';
import { getProgramReport } from './stats.service.ts';
import { decidedOn, paidOn } from './stats.test-kit.ts';

let db: Db;
let ctx: TestContext;
let district: OrgRow;
let town1: OrgRow;
let town2: OrgRow;
let staff: Actor;
let subsidy: number;

const base = (over: Partial<ProgramInput>): ProgramInput => ({
  name: `证书补贴${Math.random().toString(36).slice(2, 6)}`,
  category: 'subsidy',
  periodStart: '2020-01-01',
  periodEnd: '2022-12-31',
  periodUnit: 'year',
  intakeModes: ['apply', 'batch'],
  limitMode: 'per_person_per_period',
  reviewChain: [],
  rule: { op: 'member_of_owner_subtree' },
  amount: { kind: 'fixed', fen: 10000 },
  ...over,
});

/** Applications on `appliedOn`, decided on `decidedDay`. */
async function submitAndDecide(
  programId: number,
  approve: number[],
  reject: number[],
  appliedOn: string,
  decidedDay: string,
) {
  const programs = ctx.services.programs;
  const batch = await programs.batch(staff, programId, { personIds: [...approve, ...reject], appliedOn });
  const idOf = (personId: number) =>
    batch.results.find((r) => r.personId === personId)?.applicationId as number;
  await programs.reviewBulk(staff, { ids: approve.map(idOf), action: 'approve' });
  if (reject.length)
    await programs.reviewBulk(staff, { ids: reject.map(idOf), action: 'reject', reason: '材料不全' });
  await decidedOn(db, [...approve, ...reject].map(idOf), decidedDay);
}

async function payOn(programId: number, day: string) {
  const batch = await ctx.services.programs.createBatch(staff, { programId });
  await ctx.services.programs.markPaid(staff, batch.id, `BANK-${day}`);
  await paidOn(db, batch.id, day);
}

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  town1 = await ctx.newOrg(district, 'town');
  town2 = await ctx.newOrg(district, 'town');
  const g1 = await ctx.newOrg(town1, 'grassroots');
  const g2 = await ctx.newOrg(town2, 'grassroots');
  staff = ctx.actor('staff', district);
  const p1 = await Promise.all([1, 2, 3].map(() => ctx.newPerson(g1)));
  const p2 = await Promise.all([1, 2].map(() => ctx.newPerson(g2)));
  const programs = ctx.services.programs;

  const a = await programs.create(staff, base({ quota: 100, budgetFen: 1_000_000 }));
  await programs.publish(staff, a.id);
  subsidy = a.id;
  await submitAndDecide(
    a.id,
    [p1[0].id, p1[1].id, p1[2].id, p2[0].id],
    [p2[1].id],
    '2020-06-01',
    '2020-06-20',
  );
  await payOn(a.id, '2020-12-20');
  // 2021 applications, decisions and payments of the same program fall outside a 2020 report.
  await submitAndDecide(a.id, [p1[0].id], [], '2021-03-01', '2021-03-05');
  await payOn(a.id, '2021-04-01');

  const relief = await programs.create(
    staff,
    base({ name: '困难职工救助', category: 'relief', amount: { kind: 'fixed', fen: 50000 } }),
  );
  await programs.publish(staff, relief.id);
  await submitAndDecide(relief.id, [p2[1].id], [], '2020-09-01', '2020-09-03');
  // Applied in 2020, decided in 2021: an application of 2020 and an approval of 2021.
  await submitAndDecide(relief.id, [p1[0].id], [], '2020-12-30', '2021-01-04');
});

afterAll(async () => {
  await db?.close();
});

describe('programs report', () => {
  it('counts per program and by the next level of unions, for the period', async () => {
    const r = await getProgramReport(db, staff, { orgId: district.id, from: '2020-01-01', to: '2020-12-31' });
    const a = r.programs.find((p) => p.programId === subsidy);
    expect(a).toMatchObject({
      applications: 5,
      approved: 4,
      rejected: 1,
      people: 4,
      unions: 2,
      approvedFen: 40000,
      quota: 100,
      quotaUsed: 4,
      budgetFen: 1_000_000,
      budgetLeftFen: 960_000,
    });
    expect(a?.tiers).toEqual([{ amountFen: 10000, approved: 4 }]);
    // Paid on 2020-12-20; the 2021 batch is not in 2020.
    expect(a?.paidFen).toBe(40000);
    const t1 = a?.byUnion.find((u) => u.orgId === town1.id);
    const t2 = a?.byUnion.find((u) => u.orgId === town2.id);
    expect(t1).toMatchObject({
      applications: 3,
      approved: 3,
      rejected: 0,
      people: 3,
      approvedFen: 30000,
      self: false,
    });
    expect(t2).toMatchObject({ applications: 2, approved: 1, rejected: 1, people: 1, approvedFen: 10000 });
    expect(r.byCategory.find((c) => c.category === 'relief')).toMatchObject({
      programs: 1,
      applications: 2,
      approved: 1,
      approvedFen: 50000,
    });
    expect(r.totals).toMatchObject({ applications: 7, approved: 5, rejected: 1, approvedFen: 90000 });
    const y2021 = await getProgramReport(db, staff, {
      orgId: district.id,
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(y2021.totals).toMatchObject({ applications: 1, approved: 2, approvedFen: 60000, paidFen: 10000 });

    const all = await getProgramReport(db, staff, { orgId: district.id });
    expect(all.programs.find((p) => p.programId === subsidy)).toMatchObject({
      applications: 6,
      approvedFen: 50000,
      paidFen: 50000,
    });
    const relief = await getProgramReport(db, staff, { orgId: district.id, category: 'relief' });
    expect(relief.programs.map((p) => p.category)).toEqual(['relief']);
  });

  it('counts a person approved in two programs once for their union, on screen and in the export', async () => {
    const r = await getProgramReport(db, staff, { orgId: district.id });
    // Town 1's first member was approved in the subsidy (2020 and 2021) and in the relief.
    const town1PerProgram = r.programs.flatMap((p) => p.byUnion).filter((u) => u.orgId === town1.id);
    expect(town1PerProgram.reduce((s, u) => s + u.people, 0)).toBe(4);
    expect(r.byUnion.find((u) => u.orgId === town1.id)).toMatchObject({
      approved: 5,
      people: 3,
      approvedFen: 90000,
    });
    expect(r.byUnion.find((u) => u.orgId === town2.id)).toMatchObject({
      approved: 2,
      rejected: 1,
      people: 2,
    });
    // Everyone belongs to one town: the towns' people add up to the report's.
    expect(r.byUnion.reduce((s, u) => s + u.people, 0)).toBe(r.totals.people);
    expect(r.byUnion.reduce((s, u) => s + u.approvedFen, 0)).toBe(r.totals.approvedFen);

    const book = XLSX.read(reportWorkbook(r).buffer, { type: 'buffer' });
    const unions = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets.按工会, { header: 1 });
    const people = unions[0].indexOf('受益人数（按审批日期）');
    expect(unions.find((row) => row[0] === town1.name)?.[people]).toBe(3);
  });

  it('adds up the programs’ places and budgets (不限 when one has no limit); people and unions apart, and says so', async () => {
    const r = await getProgramReport(db, staff, { orgId: district.id });
    const book = XLSX.read(reportWorkbook(r).buffer, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets.按项目, { header: 1, defval: '' });
    const col = (h: string) => rows[0].indexOf(h);
    // people and unions counted once make the bottom row no 合计: it is 全部（不重复计）
    expect(rows.some((row) => row[0] === '合计')).toBe(false);
    const total = rows.find((row) => row[0] === '全部（不重复计）') ?? [];
    const programs = rows.slice(1, rows.indexOf(total));
    expect(programs.length).toBe(r.programs.length);
    const sum = (h: string) => programs.reduce((s, row) => s + Number(row[col(h)]), 0);
    expect(total[col('已用名额')]).toBe(sum('已用名额'));
    for (const h of ['名额（项目期内）', '预算（元，项目期内）', '剩余预算（元）'])
      expect(total[col(h)], h).toBe(programs.some((row) => row[col(h)] === '不限') ? '不限' : sum(h));
    expect(total[col('申请数（按申请日期）')]).toBe(sum('申请数（按申请日期）'));
    // a person helped by two programs is one person: no sum, the distinct count
    expect(total[col('受益人数（按审批日期）')]).toBe(r.totals.people);
    expect(total[col('涉及工会数（按审批日期）')]).toBe(r.totals.unions);
    expect(rows.at(-1)?.[0]).toMatch(/^注：「受益人数」「涉及工会数」为不重复计数，不能相加：.*末行不是合计/);
    const unions = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets.按工会, {
      header: 1,
      defval: '',
    });
    expect(unions.map((row) => row[0])).toContain('全部（不重复计）');
    expect(unions.map((row) => row[0])).not.toContain('合计');
  });

  it("says each figure and category in the dashboard's words, and its notes say what is shown", async () => {
    const r = await getProgramReport(db, staff, { orgId: district.id, from: '2020-01-01', to: '2020-12-31' });
    const book = XLSX.read(reportWorkbook(r).buffer, { type: 'buffer' });
    const sheet = (name: string) =>
      XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[name], { header: 1, defval: '' });
    // the page titles its cards and columns with the notes' labels: each figure header of the sheet is one
    const labels = new Map(r.notes.map((n) => [n.key, n.label.zh]));
    const byCategory = sheet('按类别');
    const figureKeys = ['applications', 'approved', 'rejected', 'people', 'unions', 'approvedFen', 'paidFen'];
    expect(byCategory[0].slice(1).map((h) => String(h).replace(/（.*$/, ''))).toEqual(
      ['programs', ...figureKeys].map((k) => labels.get(k)),
    );
    // the categories in the page's words: CATEGORY_NAMES, to which the web's figure-words.test holds its messages
    const [categories, bottom] = [byCategory.slice(1, -2), byCategory.at(-2) ?? []];
    expect(categories.length).toBeGreaterThan(0);
    for (const row of categories) expect(CATEGORIES.map((c) => CATEGORY_NAMES[c].zh)).toContain(row[0]);
    // under them the whole, its people and unions each counted once, as the page's totals count them (ADR 35)
    const t = r.totals;
    expect(bottom.slice(0, 7)).toEqual([
      '全部（不重复计）',
      r.byCategory.reduce((n, c) => n + c.programs, 0),
      t.applications,
      t.approved,
      t.rejected,
      t.people,
      t.unions,
    ]);
    expect(String(byCategory.at(-1)?.[0])).toMatch(/^注：「受益人数」「涉及工会数」为不重复计数，不能相加/);
    // the page shows 不限 where a program has no limit, and so does the sheet: the note says so
    for (const key of ['quota', 'budgetFen']) {
      const note = r.notes.find((n) => n.key === key);
      expect(note?.note.zh).toContain('「不限」');
      expect(note?.note.zh).not.toContain('为空');
    }
  });

  it('keeps a union to its own subtree', async () => {
    const townStaff = ctx.actor('staff', town1);
    const r = await getProgramReport(db, townStaff, { from: '2020-01-01', to: '2020-12-31' });
    expect(r.org.id).toBe(town1.id);
    expect(r.programs.find((p) => p.programId === subsidy)).toMatchObject({ applications: 3, approved: 3 });
    await expect(getProgramReport(db, townStaff, { orgId: district.id })).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('serves JSON and an .xlsx with Chinese headers and yuan, to report readers only', async () => {
    const app = await buildApp({ db, services: ctx.services });
    const user = await ctx.newUser('staff', district);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: user.password },
    });
    const cookie = {
      gonghui_session: login.cookies.find((c) => c.name === 'gonghui_session')?.value as string,
    };
    const json = await app.inject({
      url: `/api/reports/programs?orgId=${district.id}&from=2020-01-01&to=2020-12-31`,
      cookies: cookie,
    });
    expect(json.statusCode).toBe(200);
    expect(json.json().totals.approved).toBe(5);
    const xlsx = await app.inject({
      url: `/api/reports/programs/export.xlsx?orgId=${district.id}&from=2020-01-01&to=2020-12-31`,
      cookies: cookie,
    });
    expect(xlsx.statusCode).toBe(200);
    const sheet = await readSheet(xlsx.rawPayload, 'r.xlsx');
    expect(sheet.headers).toContain('批准金额（元，按审批日期，已扣除冲销）');
    expect(sheet.headers).toContain('已发放金额（元，按支付日期）');
    // cells read as Excel's General format shows them: the 0.00 display format is not applied (ADR 39)
    expect(sheet.rows.some((row) => row.cells.includes('400'))).toBe(true);

    const bad = await app.inject({ url: '/api/reports/programs?from=2020-13-01', cookies: cookie });
    expect(bad.statusCode).toBe(400);
    const person = await ctx.newPerson(town1);
    const worker = await ctx.newUser('worker', null, person.id);
    const wl = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: worker.username, password: worker.password },
    });
    const wc = { gonghui_session: wl.cookies.find((c) => c.name === 'gonghui_session')?.value as string };
    expect((await app.inject({ url: '/api/reports/programs', cookies: wc })).statusCode).toBe(403);
    await app.close();
  });

  it('counts the applying unions of a union program under each union below, for any period, not only a year', async () => {
    const programs = ctx.services.programs;
    const p = await programs.create(
      staff,
      base({
        name: '工会竞赛补贴',
        applicantType: 'union',
        intakeModes: ['batch'],
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
      }),
    );
    await programs.publish(staff, p.id);
    const rows = [{ orgId: town1.id }, { orgId: town2.id }];
    const batch = await programs.batch(staff, p.id, { rows, appliedOn: '2023-05-02' });
    expect(batch.results.map((r) => r.code ?? 'ok')).toEqual(['ok', 'ok']);
    const ids = batch.results.map((r) => r.applicationId as number);
    await programs.reviewBulk(staff, { ids, action: 'approve' });
    await decidedOn(db, ids, '2023-05-10');
    // a calendar year reads the counts kept per year; a period of days reads the approved applications
    for (const period of [
      { from: '2023-01-01', to: '2023-12-31' },
      { from: '2023-05-01', to: '2023-05-31' },
      { from: '2023-05-10', to: '2023-05-10' },
    ]) {
      const r = await getProgramReport(db, staff, { orgId: district.id, ...period });
      const row = r.programs.find((x) => x.programId === p.id);
      expect(row, period.from).toMatchObject({ approved: 2, people: 0, unions: 2 });
      // every program shown takes unions' applications: no persons to count, so no 0 of them is claimed
      expect(r.programs.every((x) => x.applicantType === 'union')).toBe(true);
      expect(r.peopleCounted, period.from).toBe(false);
      expect(
        row?.byUnion.map((u) => [u.orgId, u.approved, u.unions]).sort((a, b) => Number(a[0]) - Number(b[0])),
        `${period.from}–${period.to}`,
      ).toEqual([
        [town1.id, 1, 1],
        [town2.id, 1, 1],
      ]);
    }
    // a period that also shows a program of people counts its people
    const both = await getProgramReport(db, staff, {
      orgId: district.id,
      from: '2022-01-01',
      to: '2023-12-31',
    });
    expect(both.programs.some((x) => x.applicantType !== 'union')).toBe(true);
    expect(both.peopleCounted).toBe(true);
  });
});
