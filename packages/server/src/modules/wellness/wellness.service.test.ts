import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';
import { remindWellness } from './wellness.remind.ts';
import { createWellnessService } from './wellness.service.ts';

describe('疗休养 and 体检 places', () => {
  const world = serviceWorld({
    at: '2025-05-10T09:00:00+08:00',
    service: (db, clock, t) => createWellnessService(db, t.services.ids, clock),
    tree: {
      district: 'root/district',
      town: 'district/town',
      firm: 'town/grassroots',
      firm2: 'town/grassroots',
      outside: 'root/district/grassroots',
    },
  });

  const clerk = () => world.t.actor('staff', world.district);
  const worker = (personId: number) => world.t.actor('worker', null, personId);

  async function programAndBatch(places = 10) {
    const program = await world.svc.createProgram(clerk(), {
      orgId: world.district.id,
      name: '职工疗休养',
      kind: 'recuperation',
      scheme: '双千工程',
      targetPeople: 100,
      fromYear: 2025,
      toYear: 2026,
      placesPerYear: 100,
      costFen: 260_000,
      unionShareFen: 200_000,
      enterpriseShareFen: 60_000,
      workerShareFen: 0,
      gapYears: 5,
      rule: { op: 'person', field: 'isFrontLine', cmp: 'eq', value: true },
    });
    const inst = await world.svc.createInstitution(clerk(), {
      orgId: world.district.id,
      name: `职工疗养院${world.t.unique()}`,
      kind: 'sanatorium',
      capacity: 50,
    });
    const programs = await world.svc.listPrograms(clerk(), world.district.id);
    expect(programs.items.map((p) => p.id)).toContain(program.id);
    expect(programs.total).toBe(programs.items.length);
    expect((await world.svc.listInstitutions(clerk(), world.district.id)).items.map((i) => i.id)).toContain(
      inst.id,
    );
    const batch = await world.svc.createBatch(clerk(), {
      programId: program.id,
      institutionId: inst.id,
      title: '2025年第1期职工疗休养',
      startsOn: '2025-06-10',
      endsOn: '2025-06-14',
      closesOn: '2025-06-01',
      places,
      bring: '身份证、常用药品',
    });
    return { program, inst, batch };
  }

  it('lists the unions holding places in the tree’s order, not in the order they were made', async () => {
    const street = await world.t.newOrg(world.district, 'town', `测试街道${world.t.unique()}`);
    // siblings in the tree's order (by name): A before B, though B was made first (its path sorts first)
    let a: OrgRow;
    let b: OrgRow;
    do {
      b = await world.t.newOrg(street, 'grassroots', `B公司工会${world.t.unique()}`);
      a = await world.t.newOrg(street, 'grassroots', `A公司工会${world.t.unique()}`);
    } while (String(a.id).length !== String(b.id).length);
    const { batch } = await programAndBatch(4);
    await world.svc.allocate(clerk(), batch.id, { orgId: b.id, quota: 2 });
    await world.svc.allocate(clerk(), batch.id, { orgId: a.id, quota: 1 });
    const listed = (await world.svc.stats(clerk(), { year: 2025 })).byUnion.map((u) => u.orgId);
    expect(listed.filter((id) => id === a.id || id === b.id)).toEqual([a.id, b.id]);
  });

  it('gives a quota of 5 to 5 of 20 nominations arriving at once, never more', async () => {
    const { batch } = await programAndBatch();
    await world.svc.allocate(clerk(), batch.id, { orgId: world.firm.id, quota: 5 });
    await expect(
      world.svc.allocate(clerk(), batch.id, { orgId: world.firm2.id, quota: 6 }),
    ).rejects.toMatchObject({
      code: 'WELLNESS_OVER_ALLOCATED',
    });
    await expect(
      world.svc.allocate(clerk(), batch.id, { orgId: world.outside.id, quota: 1 }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const people: number[] = [];
    for (let i = 0; i < 20; i++) people.push((await world.t.newPerson(world.firm, { isFrontLine: true })).id);
    const firmStaff = world.t.actor('staff', world.firm);
    const answers = await Promise.allSettled(
      people.map((p) => world.svc.nominate(firmStaff, batch.id, { orgId: world.firm.id, personId: p })),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(5);
    for (const a of answers.filter((x) => x.status === 'rejected'))
      expect((a as PromiseRejectedResult).reason).toMatchObject({ code: 'WELLNESS_QUOTA_FULL' });
    const b = await world.svc.getBatch(clerk(), batch.id);
    expect(b.allocations.find((a) => a.orgId === world.firm.id)).toMatchObject({ quota: 5, used: 5 });
    expect(b.nominations.filter((n) => n.status === 'nominated')).toHaveLength(5);
    // the quota cannot fall below what is nominated
    await expect(
      world.svc.allocate(clerk(), batch.id, { orgId: world.firm.id, quota: 4 }),
    ).rejects.toMatchObject({
      code: 'WELLNESS_QUOTA_BELOW_USED',
    });
  });

  it('runs a batch from quota to the ledger: rule, substitution, reminder, sign-in, the list, settlement, statistics', async () => {
    const { batch } = await programAndBatch(8);
    await world.svc.allocate(clerk(), batch.id, { orgId: world.firm2.id, quota: 4 });
    const staff = world.t.actor('staff', world.firm2);
    const ids: string[] = [];
    const people: number[] = [];
    for (let i = 0; i < 5; i++) {
      const idNumber = world.t.newIdNumber();
      ids.push(idNumber);
      people.push(
        (await world.t.newPerson(world.firm2, { isFrontLine: true, isNewEmployment: i === 0, idNumber })).id,
      );
    }
    const office = (await world.t.newPerson(world.firm2, { isFrontLine: false })).id;
    await expect(
      world.svc.nominate(staff, batch.id, { orgId: world.firm2.id, personId: office }),
    ).rejects.toMatchObject({
      code: 'WELLNESS_NOT_ELIGIBLE',
    });
    const nominated: number[] = [];
    for (const p of people.slice(0, 4))
      nominated.push((await world.svc.nominate(staff, batch.id, { orgId: world.firm2.id, personId: p })).id);
    // substitution before the batch closes: the fifth worker takes the fourth's place; the quota does not move
    await world.svc.endNomination(staff, nominated[3], { replaceWith: people[4] });
    let b = await world.svc.getBatch(clerk(), batch.id);
    expect(b.allocations[0]).toMatchObject({ quota: 4, used: 4 });
    expect(b.nominations.find((n) => n.id === nominated[3])?.status).toBe('replaced');
    // a union outside sees nothing; the union itself sees its own list
    await expect(world.svc.getBatch(world.t.actor('staff', world.outside), batch.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(world.svc.getBatch(world.t.actor('staff', world.firm), batch.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await world.svc.getBatch(staff, batch.id)).nominations).toHaveLength(5);

    // closed: no more changes
    world.clock.set('2025-06-02T09:00:00+08:00');
    await expect(world.svc.endNomination(staff, nominated[0], {})).rejects.toMatchObject({
      code: 'WELLNESS_BATCH_CLOSED',
    });

    // the reminder two days before, once
    await world.t.newUser('worker', null, people[0]);
    expect(
      (await remindWellness(world.db, new Date('2025-06-08T09:00:00+08:00'))).reminded,
    ).toBeGreaterThanOrEqual(4);
    expect((await remindWellness(world.db, new Date('2025-06-08T10:00:00+08:00'))).reminded).toBe(0);
    const { rows } = await world.db.query<{ n: number }>(
      `select count(*)::int as n from messages m join users u on u.id = m.user_id
        where u.person_id = $1 and m.kind = 'wellness.reminder'`,
      [people[0]],
    );
    expect(rows[0].n).toBe(1);

    // the worker sees the batch and signs in on its first day
    world.clock.set('2025-06-10T08:00:00+08:00');
    const mine = await world.svc.mine(worker(people[0]));
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({ id: batch.id, bring: '身份证、常用药品', canCheckIn: true });
    await world.svc.checkInSelf(worker(people[0]), batch.id);

    // the institution's list: two came, one did not (a dry run writes nothing; a stranger refuses the whole sheet)
    const sheet = (rows: (string | boolean)[][]) =>
      writeWorkbook([
        { name: '到场名单', headers: ['身份证号', '姓名', '是否到场'], rows, textColumns: [0] },
      ]);
    const list = sheet([
      [ids[1], '', '是'],
      [ids[2], '', '否'],
      [ids[4], '', '是'],
    ]);
    const dry = await world.svc.importAttendance(clerk(), batch.id, {
      file: list,
      fileName: 'list.xlsx',
      dryRun: true,
    });
    expect(dry).toMatchObject({ dryRun: true, created: 3, attended: 2, absent: 1 });
    await expect(
      world.svc.importAttendance(clerk(), batch.id, {
        file: sheet([[world.t.newIdNumber(), '', '是']]),
        fileName: 'x.xlsx',
        dryRun: false,
      }),
    ).rejects.toMatchObject({ code: 'IMPORT_ROWS_INVALID' });
    await expect(world.svc.settle(clerk(), batch.id, {})).rejects.toMatchObject({
      code: 'WELLNESS_ATTENDANCE_UNMARKED',
    });
    await world.svc.importAttendance(clerk(), batch.id, { file: list, fileName: 'list.xlsx', dryRun: false });

    // settled: three went, the union's share of ¥2,000 each in the ledger
    world.clock.set('2025-06-15T09:00:00+08:00');
    const settled = await world.svc.settle(clerk(), batch.id, {});
    expect(settled).toMatchObject({ attended: 3, subsidyFen: 600_000 });
    const ledger = await world.db.query<{ amount: number }>(
      `select amount_fen::int as amount from ledger_entries where application_id = $1 and kind = 'entitlement'`,
      [settled.applicationId],
    );
    expect(ledger.rows).toEqual([{ amount: 600_000 }]);
    await expect(world.svc.settle(clerk(), batch.id, {})).rejects.toMatchObject({
      code: 'WELLNESS_BATCH_SETTLED',
    });
    b = await world.svc.getBatch(clerk(), batch.id);
    expect(b).toMatchObject({ status: 'settled', attended: 3, subsidyFen: 600_000 });

    // served in the last five years: not nominated again
    const { batch: later } = await programAndBatch(2);
    world.clock.set('2025-05-20T09:00:00+08:00');
    await world.svc.allocate(clerk(), later.id, { orgId: world.firm2.id, quota: 2 });
    await expect(
      world.svc.nominate(staff, later.id, { orgId: world.firm2.id, personId: people[0] }),
    ).rejects.toMatchObject({
      code: 'WELLNESS_SERVED_RECENTLY',
    });

    const stats = await world.svc.stats(world.t.actor('staff', world.firm2), { year: 2025 });
    expect(stats.total).toMatchObject({ allocated: 6, used: 3, frontLine: 3, newEmployment: 1 });
    expect(stats.served).toBe(3);
    const whole = await world.svc.stats(clerk(), { from: '2025-06-01', to: '2025-06-30' });
    expect(whole.byYear.find((y) => y.kind === 'recuperation')?.offered).toBeGreaterThanOrEqual(18);
    expect(whole.byUnion.find((u) => u.orgId === world.firm2.id)).toMatchObject({ used: 3, recuperation: 3 });
    // a year with nothing counted is a row of 0s beside the years counted, not a gap an auditor takes for a lost row
    const years = await world.svc.stats(clerk(), { fromYear: 2023, toYear: 2026 });
    expect(years.byYear.filter((y) => y.kind === 'recuperation').map((y) => y.year)).toEqual([
      2023, 2024, 2025, 2026,
    ]);
    expect(years.byYear.find((y) => y.year === 2024)).toMatchObject({
      offered: 0,
      allocated: 0,
      used: 0,
      nominated: 0,
    });
    const xlsx = await world.svc.statsXlsx(clerk(), { year: 2025 });
    expect(xlsx.buffer.length).toBeGreaterThan(1000);
  });
});
