import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { refusedWhole } from '../../../test/register-kit.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { createCareServices } from '../care/index.ts';
import { createModelWorkerRegister } from './modelworkers.import.ts';
import { createModelWorkersService } from './modelworkers.service.ts';
import { getModelWorkerStats, modelWorkerStatsXlsx } from './modelworkers.stats.ts';

describe('model workers register', () => {
  const world = serviceWorld({
    at: '2026-03-01T09:00:00+08:00',
    service: (db, clock, t) => ({
      mw: createModelWorkersService(db, t.services.ids, clock),
      reg: createModelWorkerRegister(db, t.services.ids, clock),
    }),
    tree: {
      district: ['root/district', '测试丰台区总工会'],
      town: ['district/street', '测试卢沟桥地区总工会'],
      firm: ['town/grassroots', '测试商贸企业联合工会'],
      elsewhere: 'root/district',
    },
  });

  const staff = () => world.t.actor('staff', world.district);
  const cityTitle = { level: 'city', kind: 'model', title: '北京市劳动模范', year: 2020 } as const;

  it('registers a member with a city title, links their studio, and counts the studio, the level and a visit', async () => {
    const idNumber = world.t.newIdNumber();
    const person = await world.t.newPerson(world.firm, { idNumber });
    const studio = await world.t.newStudio(world.firm, { level: 'city' });
    await world.t.newStudio(world.firm, { level: 'city' });
    const { id } = await world.svc.mw.register(staff(), {
      orgId: world.firm.id,
      name: '张文',
      idNumber,
      studioId: studio.id,
      contactName: '张女士',
      registeredOn: '2026-02-01',
      honours: [cityTitle],
    });
    await expect(
      world.svc.mw.register(staff(), { orgId: world.firm.id, name: '张文', idNumber, honours: [cityTitle] }),
    ).rejects.toMatchObject({ code: 'MODELWORKER_DUPLICATE' });
    // the member's attribute that program rules read (劳模 pension top-ups, 疗休养) follows the register
    const attr = await world.db.query<{ level: string | null }>(
      'select model_worker_level as level from persons where id = $1',
      [person.id],
    );
    expect(attr.rows[0].level).toBe('city');
    // a visit before the holiday, logged through care
    const care = createCareServices(world.db, world.clock);
    await care.visits.logVisit(world.t.actor('staff', world.town), {
      orgId: world.town.id,
      recipientKind: 'person',
      personId: person.id,
      visitedOn: '2026-02-10',
      visitors: '地区总工会',
      goods: [],
    });
    const detail = await world.svc.mw.get(staff(), id);
    expect(detail).toMatchObject({
      personId: person.id,
      level: 'city',
      studio: { id: studio.id },
      visits: [{ visitedOn: '2026-02-10' }],
    });
    expect(detail.idMasked).toMatch(/\*{8}/);
    expect(JSON.stringify(detail)).not.toContain(idNumber);
    const { rows } = await world.db.query(
      `select 1 from audit_log where action = 'modelworker.read' and entity_id = $1`,
      [String(id)],
    );
    expect(rows).toHaveLength(1);
    const s = await getModelWorkerStats(
      world.db,
      staff(),
      { orgId: world.district.id, year: 2026 },
      TEST_TODAY,
    );
    expect(s.byLevel).toMatchObject({ city: 1, total: 1 });
    expect(s.byUnion).toEqual([expect.objectContaining({ orgId: world.town.id, city: 1 })]);
    expect(s.studios).toEqual({ cityTotal: 2, cityLed: 1, led: 1 });
    expect(s.visits).toMatchObject({ visits: 1, people: 1 });
    // as it stood before the registration day: nobody
    expect(
      (
        await getModelWorkerStats(
          world.db,
          staff(),
          { orgId: world.district.id, to: '2026-01-31' },
          TEST_TODAY,
        )
      ).byLevel.total,
    ).toBe(0);
    expect(
      (await modelWorkerStatsXlsx(world.db, staff(), { orgId: world.district.id, year: 2026 }, TEST_TODAY))
        .buffer.length,
    ).toBeGreaterThan(0);
    // a higher title moves the count to its level
    await world.svc.mw.addHonour(staff(), id, {
      level: 'national',
      kind: 'model',
      title: '全国劳动模范',
      year: 2025,
    });
    const after = await getModelWorkerStats(
      world.db,
      staff(),
      { orgId: world.district.id, year: 2026 },
      TEST_TODAY,
    );
    expect(after.byLevel).toMatchObject({ national: 1, city: 0, total: 1 });
    await expect(
      world.svc.mw.addHonour(staff(), id, {
        level: 'national',
        kind: 'model',
        title: '全国劳动模范',
        year: 2025,
      }),
    ).rejects.toMatchObject({ code: 'MODELWORKER_HONOUR_DUPLICATE' });
  });

  it('lists the unions in the tree’s order, the union’s own row first, however many model workers each has', async () => {
    const root = await world.t.newRoot();
    const county = await world.t.newOrg(root, 'district', `测试县总工会${world.t.unique()}`);
    // siblings in the tree's order (by name): A before B, though B has more model workers and was made first
    const b = await world.t.newOrg(county, 'street', `B街道总工会${world.t.unique()}`);
    const a = await world.t.newOrg(county, 'street', `A街道总工会${world.t.unique()}`);
    const boss = world.t.actor('staff', county);
    for (const [orgId, name] of [
      [b.id, '赵一'],
      [b.id, '赵二'],
      [a.id, '钱一'],
      [county.id, '孙一'],
    ] as const)
      await world.svc.mw.register(boss, { orgId, name, honours: [cityTitle] });
    const s = await getModelWorkerStats(world.db, boss, { orgId: county.id, year: 2026 }, TEST_TODAY);
    expect(s.byUnion.map((u) => [u.orgId, u.total])).toEqual([
      [null, 1],
      [a.id, 1],
      [b.id, 2],
    ]);
    const x = await modelWorkerStatsXlsx(world.db, boss, { orgId: county.id, year: 2026 }, TEST_TODAY);
    const sheet = await readSheet(x.buffer, x.fileName);
    expect(sheet.rows.map((r) => r.cells[0])).toEqual([`${county.name}（本级）`, a.name, b.name, '合计']);
  });

  it('keeps the register within the subtree', async () => {
    const { id } = await world.svc.mw.register(staff(), {
      orgId: world.firm.id,
      name: '李强',
      honours: [cityTitle],
    });
    const outsider = world.t.actor('staff', world.elsewhere);
    await expect(world.svc.mw.get(outsider, id)).rejects.toMatchObject({
      kind: expect.stringMatching(/forbidden|not_found/),
    });
    await expect(
      world.svc.mw.register(outsider, { orgId: world.firm.id, name: '王五', honours: [cityTitle] }),
    ).rejects.toBeTruthy();
    expect((await world.svc.mw.list(outsider, {})).items.map((m) => m.id)).not.toContain(id);
    await expect(
      world.svc.mw.register(staff(), {
        orgId: world.firm.id,
        name: '赵六',
        studioId: (await world.t.newStudio(world.elsewhere)).id,
        honours: [cityTitle],
      }),
    ).rejects.toMatchObject({ code: 'MODELWORKER_STUDIO_UNKNOWN' });
  });

  it('keeps a name as typed and finds it however its spaces fall (王建国 finds 王  建国, and back)', async () => {
    const { id } = await world.svc.mw.register(staff(), {
      orgId: world.firm.id,
      name: '  王  建国  ',
      honours: [cityTitle],
    });
    expect((await world.svc.mw.get(staff(), id)).name).toBe('王  建国');
    for (const q of ['王建国', '王 建国', '建国'])
      expect(
        (await world.svc.mw.list(staff(), { q })).items.map((m) => m.id),
        q,
      ).toContain(id);
  });

  it('registers one of two clerks entering the same ID number at once', async () => {
    const idNumber = world.t.newIdNumber();
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        world.svc.mw.register(staff(), {
          orgId: world.firm.id,
          name: '并发',
          idNumber,
          honours: [cityTitle],
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'MODELWORKER_DUPLICATE' });
  });

  it('imports the register all or nothing, and takes its own export back without doubling', async () => {
    const idNumber = world.t.newIdNumber();
    const csv =
      '姓名,身份证号码,所在工会,称号级别,称号类别,荣誉称号,授予年度,授予单位\n' +
      `孙丽,${idNumber},${world.firm.name},市级,劳动模范,北京市劳动模范,2015,北京市人民政府\n` +
      `孙丽,${idNumber},${world.firm.name},区级,其他荣誉,丰台工匠,2019,\n` +
      `周强,,${world.firm.name},区级,先进工作者,丰台区先进工作者,2019,\n`;
    const file = Buffer.from(csv, 'utf8');
    const dry = await world.svc.reg.importFile(staff(), { file, fileName: '劳模.csv', dryRun: true });
    expect(dry).toMatchObject({ created: 2, honours: 3, errors: [] });
    const bad = Buffer.from(`${csv}吴九,,不存在的工会,市级,劳动模范,北京市劳动模范,2015,\n`, 'utf8');
    await expect(
      world.svc.reg.importFile(staff(), { file: bad, fileName: '劳模.csv', dryRun: false }),
    ).rejects.toMatchObject({
      code: 'IMPORT_ROWS_INVALID',
    });
    expect((await world.svc.mw.list(staff(), { q: '孙丽' })).total).toBe(0);
    expect(
      await world.svc.reg.importFile(staff(), { file, fileName: '劳模.csv', dryRun: false }),
    ).toMatchObject({
      created: 2,
    });
    const listed = await world.svc.mw.list(staff(), { q: '孙丽' });
    expect(listed.items[0]).toMatchObject({
      level: 'city',
      titles: expect.stringContaining('北京市劳动模范'),
    });
    const out = await world.svc.reg.exportXlsx(staff(), { orgId: world.firm.id });
    const again = await world.svc.reg.importFile(staff(), {
      file: out.buffer,
      fileName: out.fileName,
      dryRun: false,
    });
    // the export brought back in changes nothing: every model worker on it is counted unchanged
    expect(again).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(again.unchanged).toBeGreaterThanOrEqual(2);
    const { rows } = await world.db.query<{ n: number }>(
      `select count(*)::int as n from modelworker_honours h join modelworkers m on m.id = h.modelworker_id
        where m.name in ('孙丽', '周强') and m.org_id = $1`,
      [world.firm.id],
    );
    expect(rows[0].n).toBe(3);
    // the ledger itself sent again: 孙丽 by her number, 周强 (no number) by his union and name, both on record
    expect(
      await world.svc.reg.importFile(staff(), { file, fileName: '劳模.csv', dryRun: false }),
    ).toMatchObject({ created: 0, updated: 0, unchanged: 2, onRecord: 3, errors: [] });
    expect((await world.svc.mw.list(staff(), { q: '周强' })).total).toBe(1);
    // a title 周强 does not hold yet, his row naming him alone: added to him, not a second 周强
    const zhou = Buffer.from(
      '姓名,身份证号码,所在工会,称号级别,称号类别,荣誉称号,授予年度\n' +
        `周强,,${world.firm.name},区级,劳动模范,丰台区劳动模范,2022\n`,
      'utf8',
    );
    expect(
      await world.svc.reg.importFile(staff(), { file: zhou, fileName: '劳模.csv', dryRun: true }),
    ).toMatchObject({ created: 0, updated: 1, onRecord: 0, errors: [] });
    // a title 孙丽 does not hold yet changes her, and only her: the check offers it, the import adds it
    const more = Buffer.from(
      '姓名,身份证号码,所在工会,称号级别,称号类别,荣誉称号,授予年度,授予单位\n' +
        `孙丽,${idNumber},${world.firm.name},市级,劳动模范,北京市劳动模范,2015,北京市人民政府\n` +
        `孙丽,${idNumber},${world.firm.name},区级,其他荣誉,丰台巾帼标兵,2021,\n`,
      'utf8',
    );
    expect(
      await world.svc.reg.importFile(staff(), { file: more, fileName: '劳模.csv', dryRun: true }),
    ).toMatchObject({ created: 0, updated: 1, unchanged: 0, errors: [] });
    // the import gives each row its federation (the root of its union's path), not the per-row trigger
    const { rows: feds } = await world.db.query<{ federationId: number }>(
      `select distinct federation_id::int as "federationId" from (
         select m.federation_id from modelworkers m where m.name in ('孙丽', '周强') and m.org_id = $1
         union all
         select h.federation_id from modelworker_honours h join modelworkers m on m.id = h.modelworker_id
          where m.name in ('孙丽', '周强') and m.org_id = $1) f`,
      [world.firm.id],
    );
    expect(feds).toEqual([{ federationId: Number(String(world.firm.path).split('/')[1]) }]);
    const sheet = await readSheet(out.buffer, out.fileName);
    expect(JSON.stringify(sheet)).not.toContain(idNumber);
  });

  it('takes a later title row giving only the name as the same person, as the template says, before or after the number', async () => {
    const [a, b, c] = [world.t.newIdNumber(), world.t.newIdNumber(), world.t.newIdNumber()];
    const u = world.firm.name;
    const csv =
      '姓名,身份证号码,所在工会,称号级别,称号类别,荣誉称号,授予年度\n' +
      `钱红,${a},${u},区级,劳动模范,丰台区劳动模范,2016\n` +
      `钱红,,${u},市级,劳动模范,北京市劳动模范,2020\n` +
      `郑 兵,,${u},区级,劳动模范,丰台区劳动模范,2017\n` +
      `郑兵,${b},${u},市级,劳动模范,北京市劳动模范,2021\n`;
    const file = Buffer.from(csv, 'utf8');
    expect(
      await world.svc.reg.importFile(staff(), { file, fileName: '劳模.csv', dryRun: false }),
    ).toMatchObject({ created: 2, honours: 4, errors: [] });
    const { rows } = await world.db.query<{ name: string; titles: number }>(
      `select m.name, count(h.id)::int as titles from modelworkers m join modelworker_honours h on h.modelworker_id = m.id
        where m.name in ('钱红', '郑兵', '郑 兵') and m.org_id = $1 group by m.id, m.name order by m.name`,
      [world.firm.id],
    );
    expect(rows).toEqual([
      { name: '郑 兵', titles: 2 },
      { name: '钱红', titles: 2 },
    ]);
    // two people of one name in the file: a row with the name alone cannot be told apart
    const two =
      '姓名,身份证号码,所在工会,称号级别,称号类别,荣誉称号,授予年度\n' +
      `孔亮,${c},${u},区级,劳动模范,丰台区劳动模范,2016\n` +
      `孔亮,${world.t.newIdNumber()},${u},区级,劳动模范,丰台区劳动模范,2016\n` +
      `孔亮,,${u},市级,劳动模范,北京市劳动模范,2020\n`;
    const dry = await world.svc.reg.importFile(staff(), {
      file: Buffer.from(two, 'utf8'),
      fileName: '劳模.csv',
      dryRun: true,
    });
    expect(dry.errors).toEqual([expect.objectContaining({ rowNo: 4, column: '身份证号码' })]);
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const u = world.firm.name;
    const csv =
      '姓名,身份证号码,所在工会,称号级别,称号类别,荣誉称号,授予年度\n' +
      // a year that does not parse beside a union not found
      `吴九,,不存在的工会,市级,劳动模范,北京市劳动模范,很久以前\n` +
      // a level that does not parse beside a year out of range
      `冯七,${world.t.newIdNumber()},${u},国家级以上,劳动模范,全国劳动模范,1900\n` +
      // a right row: not brought in with the others refused
      `褚八,${world.t.newIdNumber()},${u},区级,劳动模范,丰台区劳动模范,2016\n` +
      // a year still to come: said to be in the future, on its row
      `蒋十,${world.t.newIdNumber()},${u},区级,劳动模范,丰台区劳动模范,2030\n`;
    const file = Buffer.from(csv, 'utf8');
    const errors = await refusedWhole(
      (dryRun) => world.svc.reg.importFile(staff(), { file, fileName: '劳模.csv', dryRun }),
      [
        [2, '授予年度'],
        [2, '所在工会'],
        [3, '称号级别'],
        [3, '授予年度'],
        [5, '授予年度'],
      ],
      async () => (await world.svc.mw.list(staff(), { q: '褚八' })).total,
    );
    expect(errors[3].messageEn).toBe('"1900" is not a year of award (from 1950)');
    expect(errors[4].messageZh).toMatch(
      /^授予年度2030年是将来的年份（今年是\d{4}年）：尚未授予的称号不能登记$/,
    );
    expect(errors[4].messageEn).toMatch(/^The year of award 2030 is in the future \(this year is \d{4}\)/);
  });

  it('refuses a title naming no model worker, and a model worker deleted takes its titles (ADR 95)', async () => {
    const { id } = await world.svc.mw.register(staff(), {
      orgId: world.firm.id,
      name: '吴刚',
      honours: [cityTitle],
    });
    const title = (mwId: number) =>
      world.db.query(
        `insert into modelworker_honours (modelworker_id, org_id, level, kind, title, year, source)
         values ($1, $2, 'city', 'model', '首都劳动奖章', 2021, 'external')`,
        [mwId, world.firm.id],
      );
    await expect(title(-1)).rejects.toMatchObject({ code: '23503' });
    await title(id);
    await world.db.query('delete from modelworkers where id = $1', [id]);
    const { rows } = await world.db.query<{ n: number }>(
      'select count(*)::int as n from modelworker_honours where modelworker_id = $1',
      [id],
    );
    expect(rows[0].n).toBe(0);
  });
});
