import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';
import { createWellnessService } from './wellness.service.ts';

/** Issue 41: a batch's figures and the statistics count alike; an attendance sheet takes the marks clerks type. */
describe('疗休养 figures and the attendance sheet', () => {
  const world = serviceWorld({
    at: '2027-03-01T02:00:00Z',
    service: (db, clock, t) => createWellnessService(db, t.services.ids, clock),
    tree: { district: 'root/district' },
  });

  const clerk = () => world.t.actor('staff', world.district);

  /** A program with one batch in its own new union (so no other test's batch is counted). */
  async function setup(places: number) {
    const town = await world.t.newOrg(world.district, 'town');
    const firm = await world.t.newOrg(town, 'grassroots');
    const program = await world.svc.createProgram(clerk(), {
      orgId: world.district.id,
      name: '职工疗休养',
      kind: 'recuperation',
      fromYear: 2027,
      toYear: 2027,
      placesPerYear: 500,
      costFen: 100_000,
      unionShareFen: 100_000,
      enterpriseShareFen: 0,
      workerShareFen: 0,
    });
    const inst = await world.svc.createInstitution(clerk(), {
      orgId: world.district.id,
      name: `疗养院${world.t.unique()}`,
      kind: 'sanatorium',
      capacity: 100,
    });
    const batch = await world.svc.createBatch(clerk(), {
      programId: program.id,
      institutionId: inst.id,
      title: `2027年第${world.t.unique()}期`,
      startsOn: '2027-04-10',
      endsOn: '2027-04-14',
      closesOn: '2027-04-01',
      places,
    });
    // the places are given before anyone is nominated on them (a nomination is not dated before its quota)
    world.clock.set('2027-03-01T02:00:00Z');
    await world.svc.allocate(clerk(), batch.id, { orgId: firm.id, quota: places });
    return { town, firm, batch };
  }

  async function nominateMany(firm: OrgRow, batchId: number, n: number) {
    const staff = world.t.actor('staff', firm);
    const people: { id: number; idNumber: string; nominationId: number }[] = [];
    for (let i = 0; i < n; i++) {
      const idNumber = world.t.newIdNumber();
      const id = (await world.t.newPerson(firm, { idNumber })).id;
      const nominationId = (await world.svc.nominate(staff, batchId, { orgId: firm.id, personId: id }))
        .id as number;
      people.push({ id, idNumber, nominationId });
    }
    return people;
  }

  it("counts nominated, substituted, withdrawn and no-shows in the statistics as the batch's page does, each on its day", async () => {
    const { firm, batch } = await setup(6);
    const staff = world.t.actor('staff', firm);
    world.clock.set('2027-03-02T02:00:00Z');
    const people = await nominateMany(firm, batch.id, 5);
    // 10 March: one substituted by a new worker, one withdrawn (the place given back)
    world.clock.set('2027-03-10T02:00:00Z');
    const spare = (await world.t.newPerson(firm, {})).id;
    await world.svc.endNomination(staff, people[0].nominationId, { replaceWith: spare });
    await world.svc.endNomination(staff, people[1].nominationId, {});
    // the batch's days: two went, one did not come, one is not yet marked (counted nowhere yet)
    world.clock.set('2027-04-12T02:00:00Z');
    const page = await world.svc.getBatch(staff, batch.id);
    const live = page.nominations.filter((n) => n.status === 'nominated');
    expect(live).toHaveLength(4);
    await world.svc.markAttendance(clerk(), batch.id, {
      marks: [
        { nominationId: live[0].id, attendance: 'attended' },
        { nominationId: live[1].id, attendance: 'attended' },
        { nominationId: live[2].id, attendance: 'absent' },
      ],
    });

    const b = await world.svc.getBatch(staff, batch.id);
    expect(b.figures).toEqual({
      nominated: 6,
      substituted: 1,
      withdrawn: 1,
      attended: 2,
      noShows: 1,
    });
    // the statistics over the batch's period (its first nomination to its last day) say the same
    const s = await world.svc.stats(staff, { orgId: firm.id, from: '2027-03-01', to: '2027-04-14' });
    expect(s.total).toMatchObject({ ...b.figures, used: 2, allocated: 6 });
    expect(s.byUnion.find((u) => u.orgId === firm.id)).toMatchObject(b.figures);
    // each on its day: the nominations on 2 March, the substitute's and the ending on 10 March, the no-show on the
    // batch's first day (as attendance is, ADR 55)
    const march2 = await world.svc.stats(staff, { orgId: firm.id, from: '2027-03-02', to: '2027-03-02' });
    expect(march2.total).toMatchObject({ nominated: 5, substituted: 0, withdrawn: 0, noShows: 0 });
    const march10 = await world.svc.stats(staff, { orgId: firm.id, from: '2027-03-10', to: '2027-03-10' });
    expect(march10.total).toMatchObject({ nominated: 1, substituted: 1, withdrawn: 1, noShows: 0 });
    const april = await world.svc.stats(staff, { orgId: firm.id, from: '2027-04-10', to: '2027-04-10' });
    expect(april.total).toMatchObject({ nominated: 0, noShows: 1, attended: 2, used: 2 });

    // the export has the same figures, and each heading says what it counts and on which day
    const x = await world.svc.statsXlsx(staff, { orgId: firm.id, from: '2027-03-01', to: '2027-04-14' });
    const years = await readSheet(x.buffer, 'stats.xlsx');
    const header = years.headers;
    const totalRow = years.rows.find((r) => r.cells[0] === '合计')?.cells as string[];
    const col = (start: string) => header.findIndex((h) => h.startsWith(start));
    expect(totalRow[col('推荐人次')]).toBe('6');
    expect(totalRow[col('被替换')]).toBe('1');
    expect(totalRow[col('退出')]).toBe('1');
    expect(totalRow[col('未参加')]).toBe('1');
    for (const h of header.slice(2)) expect(h).toMatch(/按|截至|日/);
    expect(years.rows.flatMap((r) => r.cells).join(' ')).toContain('2027-03-01至2027-04-14');
  });

  it('takes the marks a clerk types for present and absent, and names the row and column of any other', async () => {
    const { firm, batch } = await setup(20);
    world.clock.set('2027-03-02T02:00:00Z');
    const absentMarks: (string | number)[] = ['×', '✗', '✘', 'x', 'X', '否', '缺席', '未参加', 0, '未到'];
    const presentMarks: (string | number)[] = ['√', '✓', '✔', '是', '参加', 1, '到场'];
    const people = await nominateMany(firm, batch.id, absentMarks.length + presentMarks.length);
    const marks = [...absentMarks, ...presentMarks];
    const sheet = (rows: (string | number)[][]) =>
      writeWorkbook([
        { name: '到场名单', headers: ['身份证号', '姓名', '是否到场'], rows, textColumns: [0] },
      ]);
    world.clock.set('2027-04-12T02:00:00Z');
    const good = sheet(people.map((p, i) => [p.idNumber, '', marks[i]]));
    const dry = await world.svc.importAttendance(clerk(), batch.id, {
      file: good,
      fileName: 'list.xlsx',
      dryRun: true,
    });
    expect(dry.errors).toEqual([]);
    expect(dry).toMatchObject({ attended: presentMarks.length, absent: absentMarks.length });
    await world.svc.importAttendance(clerk(), batch.id, { file: good, fileName: 'list.xlsx', dryRun: false });
    const b = await world.svc.getBatch(clerk(), batch.id);
    for (const [i, p] of people.entries()) {
      const n = b.nominations.find((x) => x.id === p.nominationId);
      expect(n?.attendance, String(marks[i])).toBe(i < absentMarks.length ? 'absent' : 'attended');
    }

    // anything else is refused with its row and column, in Chinese and English
    const bad = sheet([
      [people[0].idNumber, '', '√'],
      [people[1].idNumber, '', '？'],
      [people[2].idNumber, '', '可能'],
    ]);
    const checked = await world.svc.importAttendance(clerk(), batch.id, {
      file: bad,
      fileName: 'b.xlsx',
      dryRun: true,
    });
    expect(checked.errors).toHaveLength(2);
    expect(checked.errors[0]).toMatchObject({ rowNo: 3, column: '是否到场', value: '？' });
    expect(checked.errors[0].messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(checked.errors[0].messageEn).toMatch(/absent/);
    expect(checked.errors[1]).toMatchObject({ rowNo: 4, column: '是否到场' });

    // a mark that does not parse beside a person not on the list: both told at once
    const both = await world.svc.importAttendance(clerk(), batch.id, {
      file: sheet([[world.t.newIdNumber(), '', '可能']]),
      fileName: 'c.xlsx',
      dryRun: true,
    });
    expect(both.errors.map((e) => [e.rowNo, e.column])).toEqual([
      [2, '是否到场'],
      [2, '身份证号'],
    ]);
    expect(both.errors[1].messageEn).toBe('Not on the batch’s list of nominees');
  });
});
