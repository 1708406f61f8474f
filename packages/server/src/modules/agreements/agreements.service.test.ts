import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_NOW, TEST_TODAY } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import {
  closeOrg,
  createOrg,
  importOrgs,
  insertOrg,
  type OrgRow,
  setEmployerFacts,
  updateOrg,
} from '../org/index.ts';
import { createAgreementsService } from './agreements.service.ts';
import { getAgreementStats } from './agreements.stats.ts';
import { countCoverageFromRows } from './agreements.test-kit.repository.ts';
import { usccSeries } from './agreements.test-kit.ts';
import { recountEnterprises } from './coverage.counts.ts';

let db: Db;
let ctx: TestContext;
let service: ReturnType<typeof createAgreementsService>;
let district: OrgRow;
let town: OrgRow;
let other: OrgRow;
let firmA: OrgRow;
let firmB: OrgRow;
let staff: Actor;
let otherStaff: Actor;

const codes = usccSeries(() => ctx.unique());
const uscc = () => codes.next();

async function firm(parent: OrgRow, workers: number, women: number): Promise<OrgRow> {
  const code = uscc();
  const org = await db.tx((sql) =>
    insertOrg(
      sql,
      {
        parentId: parent.id,
        level: 4,
        kind: 'grassroots',
        name: `测试企业${code}工会`,
        uscc: code,
        employerName: `测试企业${code}`,
      },
      parent.path,
    ),
  );
  await setEmployerFacts(db, org.id, { workerCount: workers, womenWorkerCount: women });
  return org;
}

const women = (orgId: number, extra: Record<string, unknown> = {}) => ({
  orgId,
  kind: 'women' as const,
  level: 'area' as const,
  title: '区域女职工特殊权益保护专项协议',
  employer: '区域企业联合会',
  signedOn: '2022-03-01',
  expiresOn: '2025-02-28',
  clauses: ['health_check' as const, 'maternity' as const],
  ...extra,
});

const csv = (rows: string[][]) =>
  Buffer.from(
    ['统一社会信用代码,企业名称,职工人数,女职工人数', ...rows.map((r) => r.join(','))].join('\n'),
    'utf8',
  );

const stats = (year: number, orgId = district.id) =>
  getAgreementStats(db, staff, { orgId, kind: 'women', year }, TEST_NOW);

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  service = createAgreementsService(db, fixedClock());
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  town = await ctx.newOrg(district, 'town');
  other = await ctx.newOrg(root, 'district');
  firmA = await firm(town, 100, 40);
  firmB = await firm(town, 60, 20);
  // an enterprise with a union but no women workers: not due a women workers' agreement
  await firm(town, 30, 0);
  staff = ctx.actor('staff', district);
  otherStaff = ctx.actor('staff', other);
});

afterAll(async () => {
  await db?.close();
});

describe('an agreement and what it covers', () => {
  it('an enterprise agreement without a list covers the union’s own enterprise, with its worker counts', async () => {
    const a = await service.createAgreement(ctx.actor('staff', firmB), {
      ...women(firmB.id),
      level: 'enterprise',
      title: '企业女职工专项协议',
      employer: firmB.employerName as string,
      signedOn: '2021-05-10',
      expiresOn: '2024-05-09',
    });
    expect(a).toMatchObject({
      enterprises: 1,
      workers: 60,
      womenWorkers: 20,
      termMonths: 36,
      status: 'expired',
    });
    const detail = await service.getAgreement(staff, a.id);
    expect(detail.coverage).toEqual([
      { uscc: firmB.uscc, name: firmB.employerName, workers: 60, womenWorkers: 20, hasUnion: true },
    ]);
  });

  it('counts an enterprise once when two agreements cover it, and an expired one stops counting', async () => {
    const small = uscc();
    await service.createAgreement(staff, {
      ...women(town.id),
      enterprises: [
        { uscc: firmA.uscc as string, name: '甲企业', workers: 100, womenWorkers: 40 },
        { uscc: small, name: '小微企业', workers: 8, womenWorkers: 3 },
      ],
    });
    await service.createAgreement(staff, {
      ...women(district.id, { level: 'industry', signedOn: '2023-01-10', expiresOn: '2025-12-31' }),
      enterprises: [{ uscc: firmA.uscc as string, name: '甲企业', workers: 100, womenWorkers: 40 }],
    });
    const y2023 = await stats(2023);
    // firmA (twice), the small enterprise; firmB's enterprise agreement (2021–2024) also in force
    expect(y2023).toMatchObject({ signed: 1, enterprises: 3, workers: 168, womenWorkers: 63, inForce: 3 });
    expect(y2023.signedByLevel).toEqual({ area: 0, industry: 1, enterprise: 0 });
    // due: firmA and firmB (women workers); firmMen has none; the small enterprise has no union
    expect(y2023).toMatchObject({ due: 2, dueCovered: 2, rate: 1 });
    const y2025 = await stats(2025);
    // the area agreement expired in February 2025, firmB's in 2024: firmA only, through the industry agreement
    expect(y2025).toMatchObject({
      signed: 0,
      enterprises: 1,
      workers: 100,
      inForce: 1,
      dueCovered: 1,
      rate: 0.5,
    });
    const y2026 = await stats(2026);
    expect(y2026).toMatchObject({ enterprises: 0, workers: 0, inForce: 0, rate: 0 });
    // this year's figures are as of today, never the month's end still to come; a past year's at its end
    expect(y2026).toMatchObject({ from: '2026-01-01', asOf: '2026-06-15' });
    expect(y2025).toMatchObject({ from: '2025-01-01', asOf: '2025-12-31' });
  });

  it('the statistics agree with a count from the raw rows on every month-end', async () => {
    for (const asOf of ['2021-12-31', '2022-06-30', '2023-12-31', '2024-05-31', '2025-02-28', '2025-12-31']) {
      const s = await stats(Number(asOf.slice(0, 4)));
      const raw = await countCoverageFromRows(db, { path: district.path, kind: 'women', on: s.asOf });
      expect({ e: s.enterprises, w: s.workers, f: s.womenWorkers, a: s.inForce }, asOf).toEqual({
        e: raw.enterprises,
        w: raw.workers,
        f: raw.womenWorkers,
        a: raw.inForce,
      });
    }
  });

  it('breaks the figures down by the unions directly below', async () => {
    const s = await stats(2022);
    // the town's area agreement (firmA, the small enterprise) and firmB's own, firmB being under the town
    expect(s.byUnion).toEqual([
      {
        orgId: town.id,
        orgName: town.name,
        // root, district, town: the export indents the town by it
        depth: 3,
        signed: 1,
        enterprises: 3,
        workers: 168,
        measureCostFen: 0,
        measureReach: 0,
      },
    ]);
  });
});

describe('the past, as of any day (issue 23)', () => {
  it('the states of any day agree with the raw rows, and a month-end with the maintained counts', async () => {
    for (const day of [
      '2022-03-15',
      '2023-01-09',
      '2023-01-10',
      '2024-05-09',
      '2024-05-10',
      '2025-02-28',
      '2025-03-01',
    ]) {
      const s = await getAgreementStats(db, staff, { orgId: district.id, kind: 'women', to: day }, TEST_NOW);
      const raw = await countCoverageFromRows(db, { path: district.path, kind: 'women', on: day });
      expect({ e: s.enterprises, w: s.workers, f: s.womenWorkers, a: s.inForce, asOf: s.asOf }, day).toEqual({
        e: raw.enterprises,
        w: raw.workers,
        f: raw.womenWorkers,
        a: raw.inForce,
        asOf: day,
      });
    }
    const monthEnd = await getAgreementStats(
      db,
      staff,
      {
        orgId: district.id,
        kind: 'women',
        to: '2023-12-31',
        from: '2023-01-01',
      },
      TEST_NOW,
    );
    const counted = await stats(2023);
    expect({ ...monthEnd, byUnion: undefined }).toEqual({ ...counted, byUnion: undefined });
    // the industry agreement was signed on 2023-01-10: a period ending the day before has none
    expect(
      await getAgreementStats(
        db,
        staff,
        {
          orgId: district.id,
          kind: 'women',
          from: '2023-01-01',
          to: '2023-01-09',
        },
        TEST_NOW,
      ),
    ).toMatchObject({ signed: 0 });
    // a start alone runs to today: the industry agreement signed on its first day, long expired today
    const since = await getAgreementStats(
      db,
      staff,
      { orgId: district.id, kind: 'women', from: '2023-01-10' },
      TEST_NOW,
    );
    expect(since).toMatchObject({ from: '2023-01-10', signed: 1, inForce: 0 });
    expect(since.asOf).toBe(TEST_TODAY);
    await expect(
      getAgreementStats(db, staff, { orgId: district.id, from: '2023-02-01', to: '2023-01-01' }, TEST_NOW),
    ).rejects.toMatchObject({
      code: 'AGREEMENT_STATS_PERIOD',
    });
  });

  it('one set of agreements entered in three orders gives one signing rate', async () => {
    const rates: unknown[] = [];
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ]) {
      const root = await ctx.newRoot();
      const area = await ctx.newOrg(root, 'district');
      const street = await ctx.newOrg(area, 'street');
      const industry = await ctx.newOrg(area, 'industry');
      const firms = [await firm(street, 50, 10), await firm(street, 40, 5), await firm(street, 20, 0)];
      const small = uscc();
      const list = (ids: number[]) =>
        ids.map((i) => ({ uscc: firms[i].uscc as string, name: `企业${i}`, workers: 50, womenWorkers: 5 }));
      const agreements = [
        // the industry union lists enterprises whose unions sit under the street, not below it
        {
          ...women(industry.id, { level: 'industry' }),
          enterprises: [...list([0, 1]), { uscc: small, name: '小微', workers: 5, womenWorkers: 1 }],
        },
        { ...women(street.id), enterprises: list([1, 2]) },
        { ...women(firms[0].id, { level: 'enterprise', employer: firms[0].employerName }) },
      ];
      for (const i of order) await service.createAgreement(ctx.actor('staff', area), agreements[i]);
      const s = await getAgreementStats(
        db,
        ctx.actor('staff', area),
        {
          orgId: area.id,
          kind: 'women',
          to: '2023-06-30',
        },
        TEST_NOW,
      );
      rates.push({ due: s.due, dueCovered: s.dueCovered, enterprises: s.enterprises, rate: s.rate });
    }
    // due: the two enterprises with women workers; the third has none, the small one no union
    expect(rates[0]).toEqual({ due: 2, dueCovered: 2, enterprises: 4, rate: 1 });
    expect(rates[1]).toEqual(rates[0]);
    expect(rates[2]).toEqual(rates[0]);
  });
});

describe('a union that appears after its enterprise’s agreement (issue 23)', () => {
  it('takes the enterprise’s coverage, created on the page or imported, from the first day it was covered', async () => {
    const root = await ctx.newRoot();
    const area = await ctx.newOrg(root, 'district');
    const street = await ctx.newOrg(area, 'street');
    const industry = await ctx.newOrg(area, 'industry');
    const clerk = ctx.actor('staff', area);
    const [typed, imported, given, none] = [uscc(), uscc(), uscc(), uscc()];
    const listed = (code: string, name: string) => ({ uscc: code, name, workers: 50, womenWorkers: 10 });
    await service.createAgreement(clerk, {
      ...women(industry.id, { level: 'industry' }),
      enterprises: [
        listed(typed, '先签后建甲'),
        listed(imported, '先签后建乙'),
        listed(given, '后补代码丙'),
        listed(none, '无工会丁'),
      ],
    });
    // a union already there without its credit code on record
    const later = await ctx.newOrg(street, 'grassroots');
    const read = (to: string) =>
      getAgreementStats(db, clerk, { orgId: area.id, kind: 'women', to }, TEST_NOW);
    const before = await read('2023-06-30');
    // none of the four has a union of its own yet: all counted at the industry union, none due
    expect(before).toMatchObject({ enterprises: 4, due: 0, dueCovered: 0 });
    expect(before.byUnion.find((u) => u.orgId === industry.id)).toMatchObject({ enterprises: 4 });

    const hooks = { employersChanged: recountEnterprises };
    await createOrg(
      db,
      clerk,
      street.id,
      {
        name: `先签后建甲${typed}工会`,
        kind: 'grassroots',
        uscc: typed,
        employerName: '先签后建甲',
        workerCount: 50,
        womenWorkerCount: 10,
      },
      hooks,
    );
    const sheet = await readSheet(
      writeWorkbook([
        {
          name: 's',
          headers: ['上级工会', '工会名称', '类型/层级', '统一社会信用代码', '职工人数', '女职工人数'],
          rows: [[String(street.id), `先签后建乙${imported}工会`, '基层工会', imported, '80', '30']],
        },
      ]),
      'unions.xlsx',
    );
    // a dry run moves nothing
    await importOrgs(db, clerk, sheet, { dryRun: true, hooks });
    expect(await read('2023-06-30')).toMatchObject({ due: 1, dueCovered: 1 });
    await importOrgs(db, clerk, sheet, { hooks });
    await updateOrg(db, clerk, later.id, { uscc: given, workerCount: 40, womenWorkerCount: 4 }, hooks);

    for (const day of ['2022-03-01', '2023-06-30', '2025-02-28']) {
      const s = await read(day);
      // three enterprises now have their unions (with women workers), all three covered since the signing
      expect(s, day).toMatchObject({ enterprises: 4, due: 3, dueCovered: 3, rate: 1 });
      expect(s.byUnion.find((u) => u.orgId === street.id)?.enterprises, day).toBe(3);
      expect(s.byUnion.find((u) => u.orgId === industry.id)?.enterprises, day).toBe(1);
      const raw = await countCoverageFromRows(db, { path: area.path, kind: 'women', on: day });
      expect(s.enterprises).toBe(raw.enterprises);
    }
    expect(await read('2025-03-01')).toMatchObject({ enterprises: 0, dueCovered: 0 });

    // the same agreement entered after the unions gives the same figures
    const root2 = await ctx.newRoot();
    const area2 = await ctx.newOrg(root2, 'district');
    const street2 = await ctx.newOrg(area2, 'street');
    const industry2 = await ctx.newOrg(area2, 'industry');
    const firms = [await firm(street2, 50, 10), await firm(street2, 80, 30), await firm(street2, 40, 4)];
    const clerk2 = ctx.actor('staff', area2);
    await service.createAgreement(clerk2, {
      ...women(industry2.id, { level: 'industry' }),
      enterprises: [...firms.map((f) => listed(f.uscc as string, f.name)), listed(uscc(), '无工会丁')],
    });
    const first = await getAgreementStats(
      db,
      clerk2,
      { orgId: area2.id, kind: 'women', to: '2023-06-30' },
      TEST_NOW,
    );
    const pick = (s: typeof first) => ({
      e: s.enterprises,
      due: s.due,
      c: s.dueCovered,
      r: s.rate,
      w: s.workers,
    });
    expect(pick(await read('2023-06-30'))).toEqual(pick(first));
  });
});

describe('the signing rate over a union’s life (issue 23)', () => {
  it('counts an enterprise as due an agreement from its union’s founding until its closing, as of any day', async () => {
    const root = await ctx.newRoot();
    const area = await ctx.newOrg(root, 'district');
    const street = await ctx.newOrg(area, 'street');
    const clerk = ctx.actor('staff', area);
    const [old, young] = [await firm(street, 50, 10), await firm(street, 30, 6)];
    await updateOrg(db, clerk, young.id, { foundedOn: '2023-09-01' });
    await service.createAgreement(clerk, {
      ...women(street.id),
      enterprises: [old, young].map((f) => ({
        uscc: f.uscc as string,
        name: f.name,
        workers: 50,
        womenWorkers: 5,
      })),
    });
    const read = async (to: string) => {
      const s = await getAgreementStats(db, clerk, { orgId: area.id, kind: 'women', to }, TEST_NOW);
      return { enterprises: s.enterprises, due: s.due, dueCovered: s.dueCovered, rate: s.rate };
    };
    // before its founding the young enterprise's union did not exist: covered, but not yet due one
    expect(await read('2023-06-30')).toEqual({ enterprises: 2, due: 1, dueCovered: 1, rate: 1 });
    expect(await read('2024-06-30')).toEqual({ enterprises: 2, due: 2, dueCovered: 2, rate: 1 });

    // the old enterprise's union is closed (撤销): from that day it is no longer due an agreement
    await expect(closeOrg(db, clerk, old.id, '2024-06-30')).resolves.toMatchObject({ status: 'closed' });
    expect(await read('2024-06-29')).toEqual({ enterprises: 2, due: 2, dueCovered: 2, rate: 1 });
    expect(await read('2024-06-30')).toEqual({ enterprises: 2, due: 1, dueCovered: 1, rate: 1 });
    // a later union without an agreement lowers the rate from its founding day only
    const late = await firm(street, 20, 4);
    await updateOrg(db, clerk, late.id, { foundedOn: '2024-09-01' });
    expect(await read('2024-08-31')).toEqual({ enterprises: 2, due: 1, dueCovered: 1, rate: 1 });
    expect(await read('2024-09-01')).toEqual({ enterprises: 2, due: 2, dueCovered: 1, rate: 0.5 });
  });
});

describe('an agreement ended before its expiry (终止, issue 23)', () => {
  it('ends on its day: no longer in force nor covering from the day after, as of any day and in the counts', async () => {
    const root = await ctx.newRoot();
    const area = await ctx.newOrg(root, 'district');
    const street = await ctx.newOrg(area, 'street');
    const [one, two] = [await firm(street, 50, 10), await firm(street, 40, 5)];
    const clerk = ctx.actor('staff', area);
    const list = (fs: OrgRow[]) =>
      fs.map((f) => ({ uscc: f.uscc as string, name: f.name, workers: 50, womenWorkers: 5 }));
    const ended = await service.createAgreement(clerk, {
      ...women(street.id),
      enterprises: list([one, two]),
    });
    // another agreement keeps covering the second enterprise
    await service.createAgreement(clerk, {
      ...women(area.id, { level: 'industry', signedOn: '2022-06-01', expiresOn: '2025-05-31' }),
      enterprises: list([two]),
    });
    const stats = (to: string) =>
      getAgreementStats(db, clerk, { orgId: area.id, kind: 'women', to }, TEST_NOW);
    const pick = (s: Awaited<ReturnType<typeof stats>>) => ({
      inForce: s.inForce,
      enterprises: s.enterprises,
      covered: s.dueCovered,
    });
    expect(pick(await stats('2023-06-30'))).toEqual({ inForce: 2, enterprises: 2, covered: 2 });

    await expect(
      service.endAgreement(clerk, ended.id, { endedOn: '2022-02-28', reason: '企业改制' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
    await expect(
      service.endAgreement(clerk, ended.id, { endedOn: '2025-03-01', reason: '企业改制' }),
    ).rejects.toMatchObject({ code: 'AGREEMENT_DATES' });
    await expect(
      service.endAgreement(ctx.actor('worker', street), ended.id, {
        endedOn: '2023-06-30',
        reason: '企业改制',
      }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(
      service.endAgreement(otherStaff, ended.id, { endedOn: '2023-06-30', reason: '企业改制' }),
    ).rejects.toMatchObject({ kind: 'not_found' });

    const after = await service.endAgreement(clerk, ended.id, { endedOn: '2023-06-30', reason: '企业改制' });
    expect(after).toMatchObject({ status: 'ended', endedOn: '2023-06-30', endReason: '企业改制' });
    await expect(
      service.endAgreement(clerk, ended.id, { endedOn: '2023-07-31', reason: '再次终止' }),
    ).rejects.toMatchObject({ code: 'AGREEMENT_ENDED' });
    // in force through its last day; from the day after only the other agreement and the second enterprise
    expect(pick(await stats('2023-06-30'))).toEqual({ inForce: 2, enterprises: 2, covered: 2 });
    expect(pick(await stats('2023-07-01'))).toEqual({ inForce: 1, enterprises: 1, covered: 1 });
    // the year's counts (month ends) agree with the rows on every day asked
    for (const day of ['2023-06-30', '2023-07-01', '2024-12-31', '2025-02-28']) {
      const raw = await countCoverageFromRows(db, { path: area.path, kind: 'women', on: day });
      const s = await stats(day);
      expect({ e: s.enterprises, a: s.inForce }, day).toEqual({ e: raw.enterprises, a: raw.inForce });
    }
    const y2023 = await getAgreementStats(db, clerk, { orgId: area.id, kind: 'women', year: 2023 }, TEST_NOW);
    expect({ inForce: y2023.inForce, enterprises: y2023.enterprises }).toEqual({
      inForce: 1,
      enterprises: 1,
    });
    const y2022 = await getAgreementStats(db, clerk, { orgId: area.id, kind: 'women', year: 2022 }, TEST_NOW);
    expect({ inForce: y2022.inForce, enterprises: y2022.enterprises }).toEqual({
      inForce: 2,
      enterprises: 2,
    });
    const listed = await service.listAgreements(clerk, { orgId: area.id, status: 'ended' });
    expect(listed.items.map((a) => a.id)).toEqual([ended.id]);
    const audit = await db.query<{ after: { effectiveOn: string } }>(
      `select after from audit_log where entity = 'agreement' and entity_id = $1 and action = 'agreement.end'`,
      [String(ended.id)],
    );
    expect(audit.rows[0].after.effectiveOn).toBe('2023-06-30');
  });
});

describe('bad input', () => {
  const count = async () =>
    (await db.query<{ n: number }>('select count(*)::int as n from agreements')).rows[0].n;

  it('refuses dates out of order, naming the field, and writes nothing', async () => {
    const before = await count();
    await expect(
      service.createAgreement(staff, { ...women(town.id), expiresOn: '2021-01-01' }),
    ).rejects.toMatchObject({ code: 'AGREEMENT_DATES', details: { field: 'expiresOn' } });
    await expect(
      service.createAgreement(staff, { ...women(town.id), effectiveOn: '2022-01-01' }),
    ).rejects.toMatchObject({ code: 'AGREEMENT_DATES', details: { field: 'effectiveOn' } });
    expect(await count()).toBe(before);
  });

  it('refuses a bad enterprise, naming which, in both languages', async () => {
    const e = (rows: { uscc: string; name: string; workers: number; womenWorkers: number }[]) =>
      service.createAgreement(staff, { ...women(town.id), enterprises: rows });
    await expect(
      e([{ uscc: '91110117XXXXXXXXX1', name: '甲', workers: 1, womenWorkers: 0 }]),
    ).rejects.toMatchObject({
      code: 'AGREEMENT_ENTERPRISE_INVALID',
      details: { field: 'enterprises.0' },
      messages: { zh: expect.stringContaining('第1家企业'), en: expect.stringContaining('Enterprise 1') },
    });
    const code = uscc();
    await expect(
      e([
        { uscc: code, name: '甲', workers: 5, womenWorkers: 1 },
        { uscc: code, name: '乙', workers: 5, womenWorkers: 1 },
      ]),
    ).rejects.toMatchObject({ details: { field: 'enterprises.1' } });
    await expect(e([{ uscc: uscc(), name: '丙', workers: 5, womenWorkers: 6 }])).rejects.toMatchObject({
      details: { field: 'enterprises.0' },
    });
  });

  it('an enterprise agreement of a union with no employer on record must list its enterprise', async () => {
    await expect(
      service.createAgreement(staff, { ...women(town.id), level: 'enterprise' }),
    ).rejects.toMatchObject({ code: 'AGREEMENT_NO_ENTERPRISE' });
  });
});

describe('importing covered enterprises', () => {
  let id: number;
  const counts = async () =>
    (
      await db.query<{ n: number }>(
        `select coalesce(sum(abs(n)), 0)::int as n from report_counts where subject like 'agreements.%'`,
      )
    ).rows[0].n;

  beforeAll(async () => {
    id = (
      await service.createAgreement(staff, {
        ...women(town.id, { signedOn: '2024-01-01', expiresOn: '2026-12-31' }),
      })
    ).id;
  });

  it('imports nothing when one row is bad, and names each bad row and column', async () => {
    const before = await counts();
    const res = await service.importCoverage(
      staff,
      id,
      csv([
        [uscc(), '好企业', '10', '4'],
        ['123', '坏代码企业', '10', '4'],
        [uscc(), '人数不对', '十', '1'],
        [uscc(), '女职工过多', '3', '5'],
      ]),
      'coverage.csv',
    );
    expect(res.imported).toBe(0);
    expect(res.errors.map((e) => [e.rowNo, e.column])).toEqual([
      [3, '统一社会信用代码'],
      [4, '职工人数'],
      [5, '女职工人数'],
    ]);
    expect(res.errors[0].messageEn).toContain('Row 3');
    expect((await service.getAgreement(staff, id)).coverage).toEqual([]);
    expect(await counts()).toBe(before);
  });

  it('imports a good sheet (.xlsx), and importing it again changes nothing', async () => {
    const rows = [
      [firmA.uscc as string, '甲企业', 100, 40],
      [uscc(), '乙小微企业', 12, 5],
    ];
    const file = writeWorkbook([
      { name: 's', headers: ['统一社会信用代码', '企业名称', '职工人数', '女职工人数'], rows },
    ]);
    expect(await service.importCoverage(staff, id, file, 'coverage.xlsx')).toMatchObject({
      imported: 2,
      errors: [],
    });
    const once = await stats(2024);
    await service.importCoverage(staff, id, file, 'coverage.xlsx');
    expect(await stats(2024)).toEqual(once);
    const raw = await countCoverageFromRows(db, { path: district.path, kind: 'women', on: once.asOf });
    expect(once.enterprises).toBe(raw.enterprises);
    expect(once.workers).toBe(raw.workers);
  });

  it('refuses a sheet without the columns', async () => {
    const res = await service.importCoverage(staff, id, Buffer.from('名称,人数\n甲,1\n'), 'x.csv');
    expect(res).toMatchObject({ imported: 0, errors: [{ rowNo: 1 }] });
  });

  it('two imports covering one enterprise at once count it once', async () => {
    const a = (
      await service.createAgreement(staff, {
        ...women(town.id, { signedOn: '2024-02-01', expiresOn: '2026-12-31' }),
      })
    ).id;
    const b = (
      await service.createAgreement(staff, {
        ...women(town.id, { signedOn: '2024-02-01', expiresOn: '2026-12-31' }),
      })
    ).id;
    const code = uscc();
    const sheet = csv([[code, '并发企业', '9', '2']]);
    await Promise.all([
      service.importCoverage(staff, a, sheet, 'a.csv'),
      service.importCoverage(staff, b, sheet, 'b.csv'),
    ]);
    const s = await stats(2024);
    const raw = await countCoverageFromRows(db, { path: district.path, kind: 'women', on: s.asOf });
    expect(s.enterprises).toBe(raw.enterprises);
    expect(s.workers).toBe(raw.workers);
  });
});

describe('scope', () => {
  it('a union outside the subtree can neither enter nor read agreements of it', async () => {
    await expect(service.createAgreement(otherStaff, women(town.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const list = await service.listAgreements(staff, {});
    expect(list.total).toBeGreaterThan(0);
    await expect(service.getAgreement(otherStaff, list.items[0].id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await service.listAgreements(otherStaff, {})).total).toBe(0);
    await expect(
      getAgreementStats(db, otherStaff, { orgId: district.id, year: 2024 }, TEST_NOW),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('the kind the statistics open on when none is asked', () => {
  it('is the kind a subtree has signed while it has no general collective contract, then the general contract', async () => {
    const opened = async () =>
      (await getAgreementStats(db, staff, { orgId: district.id, year: 2023 }, TEST_NOW)).kind;
    expect(await opened()).toBe('women');
    await service.createAgreement(staff, {
      ...women(district.id, { kind: 'general', title: '区域性集体合同', clauses: [] }),
    });
    expect(await opened()).toBe('general');
  });
});
