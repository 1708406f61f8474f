import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { createModelWorkerRegister } from './modelworkers.import.ts';
import { createModelWorkersService } from './modelworkers.service.ts';
import { getModelWorkerStats, modelWorkerStatsXlsx } from './modelworkers.stats.ts';

/** Issue 41: statuses (在职, 退休, 已故), one count of studios led by model workers as of a day, figures named. */
describe('model workers: status and studios led, as of a day', () => {
  let db: Db;
  let t: TestContext;
  const now = new Date('2026-03-01T09:00:00+08:00');
  const today = '2026-03-01';
  let mw: ReturnType<typeof createModelWorkersService>;
  let reg: ReturnType<typeof createModelWorkerRegister>;
  let root: OrgRow;

  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext({ clock: () => now }));
    mw = createModelWorkersService(db, t.services.ids, () => now);
    reg = createModelWorkerRegister(db, t.services.ids, () => now);
    root = await t.newRoot();
  });
  afterAll(() => db.close());

  const mwStats = (org: OrgRow, q: { year?: number; to?: string }) =>
    getModelWorkerStats(db, t.actor('staff', org), { orgId: org.id, ...q }, today);
  /** The studio statistics page's figures, through the composition root that hands it the register's count. */
  const studioStats = (org: OrgRow, q: { year?: number; to?: string }) =>
    t.services.innovation.studios.stats(t.actor('staff', org), { orgId: org.id, ...q });

  /** A studio at `level` from `since`, led by `leader` from then (its level history and leader history dated). */
  async function studio(org: OrgRow, level: string, since: string, leader: number | null) {
    const { rows } = await db.query<{ id: number }>(
      `insert into innovation_studios (org_id, name, level, level_since, founded_on, leader_person_id)
       values ($1, $2, $3, $4, $4, $5) returning id`,
      [org.id, `测试工作室${t.unique()}`, level, since, leader],
    );
    await db.query(`insert into innovation_studio_levels (studio_id, level, from_on) values ($1, $2, $3)`, [
      rows[0].id,
      level,
      since,
    ]);
    return Number(rows[0].id);
  }

  it('reads 人员状态 in the usual spellings, refuses an unknown one naming row and column, and counts the deceased apart', async () => {
    const district = await t.newOrg(root, 'district');
    const firm = await t.newOrg(district, 'grassroots');
    const head =
      '姓名,所在工会,称号级别,称号类别,荣誉称号,授予年度,人员状态,状态变化日期\n' +
      `甲在职,${firm.name},市级,劳动模范,北京市劳动模范,2015,在岗,\n` +
      `乙退休,${firm.name},市级,劳动模范,北京市劳动模范,2010,离退休,2020-05-01\n` +
      `丙已故,${firm.name},区级,先进工作者,区先进工作者,2005,去世,2024-03-02\n` +
      `丁已故,${firm.name},市级,劳动模范,北京市劳动模范,2001,逝世,\n`;
    const bad = Buffer.from(`${head}戊,${firm.name},市级,劳动模范,北京市劳动模范,2012,调离,\n`, 'utf8');
    const dry = await reg.importFile(t.actor('staff', district), {
      file: bad,
      fileName: '劳模.csv',
      dryRun: true,
    });
    expect(dry.errors).toEqual([
      expect.objectContaining({
        rowNo: 6,
        column: '人员状态',
        messageZh: expect.stringContaining('调离'),
        messageEn: expect.stringContaining('"调离"'),
      }),
    ]);
    const done = await reg.importFile(t.actor('staff', district), {
      file: Buffer.from(head, 'utf8'),
      fileName: '劳模.csv',
      dryRun: false,
    });
    expect(done).toMatchObject({ created: 4, errors: [] });
    const listed = await mw.list(t.actor('staff', district), { orgId: district.id, pageSize: 10 });
    const by = Object.fromEntries(listed.items.map((m) => [m.name, [m.status, m.statusOn]]));
    expect(by).toEqual({
      甲在职: ['active', null],
      乙退休: ['retired', '2020-05-01'],
      丙已故: ['deceased', '2024-03-02'],
      丁已故: ['deceased', null],
    });
    const s = await mwStats(district, {});
    // two living (one of them retired), two deceased: never among the living
    expect(s.byLevel).toMatchObject({ city: 2, district: 0, total: 2, retired: 1, deceased: 2 });
    // the export says each status and round-trips unchanged
    const out = await reg.exportXlsx(t.actor('staff', district), { orgId: district.id });
    const sheet = await readSheet(out.buffer, out.fileName);
    expect(sheet.headers).toContain('人员状态');
    expect(sheet.rows.map((r) => r.cells[sheet.headers.indexOf('人员状态')]).sort()).toEqual([
      '在职',
      '已故',
      '已故',
      '退休',
    ]);
    const again = await reg.importFile(t.actor('staff', district), {
      file: out.buffer,
      fileName: out.fileName,
      dryRun: false,
    });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4, errors: [] });
    // the ledger sent again with a title more for one of them: that title is what it adds, the rest is on record
    const more = `${head}甲在职,${firm.name},区级,先进工作者,区先进工作者,2019,在岗,\n`;
    const plusOne = await reg.importFile(t.actor('staff', district), {
      file: Buffer.from(more, 'utf8'),
      fileName: '劳模2.csv',
      dryRun: false,
    });
    expect(plusOne).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 3,
      onRecord: 4,
      honours: 1,
      errors: [],
    });
    expect((await mwStats(district, {})).byLevel).toMatchObject({ total: 2, retired: 1, deceased: 2 });
    // the template's 填写说明 names the values
    const notes = await readSheet(reg.template(t.actor('staff', district)), '模板.xlsx', {
      isHeader: (cells) => cells.some((c) => c.includes('说明')) && cells.length >= 3,
    });
    expect(JSON.stringify(notes.rows)).toContain('可选：在职、退休、已故');
  });

  it('records a death on the form with its day: counted deceased from that day, living before it', async () => {
    const district = await t.newOrg(root, 'district');
    const { id } = await mw.register(t.actor('staff', district), {
      orgId: district.id,
      name: '王德',
      registeredOn: '2020-01-06',
      honours: [{ level: 'city', kind: 'model', title: '北京市劳动模范', year: 2015 }],
    });
    await expect(
      mw.update(t.actor('staff', district), id, { status: 'deceased', statusOn: '2026-05-01' }),
    ).rejects.toMatchObject({ code: 'MODELWORKER_STATUS_DAY' });
    await mw.update(t.actor('staff', district), id, { status: 'deceased', statusOn: '2025-08-09' });
    expect(await mw.get(t.actor('staff', district), id)).toMatchObject({
      status: 'deceased',
      statusOn: '2025-08-09',
    });
    expect((await mwStats(district, { year: 2024 })).byLevel).toMatchObject({ total: 1, deceased: 0 });
    expect((await mwStats(district, { year: 2025 })).byLevel).toMatchObject({ total: 0, deceased: 1 });
  });

  it('counts studios led by model workers of city level or above once, as of the period’s day, on both pages', async () => {
    const district = await t.newOrg(root, 'district');
    const staff = t.actor('staff', district);
    const [p1, p2, p3] = [
      await t.newPerson(district),
      await t.newPerson(district),
      await t.newPerson(district),
    ];
    /** A model worker on the register from `on` with one title, standing for the member `p` (their leader). */
    const reg1 = async (
      p: { id: number },
      name: string,
      level: 'city' | 'district',
      on: string,
      year: number,
    ) => {
      const r = await mw.register(staff, {
        orgId: district.id,
        name,
        registeredOn: on,
        honours: [{ level, kind: 'model', title: `${name}的称号`, year }],
      });
      await db.query('update modelworkers set person_id = $2 where id = $1', [r.id, p.id]);
      return r;
    };
    const a = await reg1(p1, '市级劳模甲', 'city', '2020-01-06', 2018);
    const b = await reg1(p2, '区级劳模乙', 'district', '2020-01-06', 2018);
    await studio(district, 'city', '2021-03-01', p1.id);
    await studio(district, 'city', '2021-03-01', p2.id);
    await studio(district, 'city', '2021-03-01', null);
    const y2025 = async () => ({
      mw: (await mwStats(district, { year: 2025 })).studios.cityLed,
      studios: (await studioStats(district, { year: 2025 })).cityAndAboveModelWorkerLed,
    });
    // the district-level leader does not count: 1, on both pages
    expect(await y2025()).toEqual({ mw: 1, studios: 1 });
    // a studio founded today and a model worker registered today leave last year's figure as it was
    await reg1(p3, '市级劳模丙', 'city', today, 2019);
    await studio(district, 'city_demonstration', today, p3.id);
    await mw.addHonour(staff, b.id, { level: 'city', kind: 'model', title: '北京市劳动模范', year: 2026 });
    expect(await y2025()).toEqual({ mw: 1, studios: 1 });
    // today: 甲's, 丙's (new) and 乙's (a city title from 2026) studios
    expect((await mwStats(district, {})).studios.cityLed).toBe(3);
    expect((await studioStats(district, {})).cityAndAboveModelWorkerLed).toBe(3);
    // a leader who died: never a studio leader after death, still one the year before
    await mw.update(staff, a.id, { status: 'deceased', statusOn: '2026-01-20' });
    expect((await mwStats(district, {})).studios.cityLed).toBe(2);
    expect((await studioStats(district, {})).cityAndAboveModelWorkerLed).toBe(2);
    expect(await y2025()).toEqual({ mw: 1, studios: 1 });
  });

  it('counts by level every studio led by such a model worker, a district one too', async () => {
    const district = await t.newOrg(root, 'district');
    const staff = t.actor('staff', district);
    const p = await t.newPerson(district);
    const r = await mw.register(staff, {
      orgId: district.id,
      name: '市级劳模丁',
      registeredOn: '2020-01-06',
      honours: [{ level: 'city', kind: 'model', title: '北京市劳动模范', year: 2018 }],
    });
    await db.query('update modelworkers set person_id = $2 where id = $1', [r.id, p.id]);
    await studio(district, 'district', '2021-03-01', p.id);
    const s = await studioStats(district, { year: 2025 });
    // (the helper's studio is not in the kept counts, so only the register's count is read here)
    expect(s.levels.find((l) => l.level === 'district')?.modelWorkerLed).toBe(1);
    // the figure of city level and above leaves it out
    expect(s.cityAndAboveModelWorkerLed).toBe(0);
  });

  it('names what each figure counts and as of which day on the export', async () => {
    const district = await t.newOrg(root, 'district');
    const staff = t.actor('staff', district);
    const x = await modelWorkerStatsXlsx(db, staff, { orgId: district.id, year: 2025 }, today);
    const sheet = await readSheet(x.buffer, x.fileName, { isHeader: (cells) => cells[0] === '项目' });
    const labels = sheet.rows.map((r) => r.cells[0]);
    expect(labels).toContain('其中市级及以上劳模领衔的市级及以上工作室，截至2025-12-31');
    expect(labels).toContain('已故劳模（截至2025-12-31）');
  });
});
