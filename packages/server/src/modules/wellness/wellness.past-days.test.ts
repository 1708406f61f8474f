import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appError, type TestContext } from '../../../test/factories.ts';
import { scratchDir } from '../../../test/temp-tree.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { type Permission, ROLE_PERMISSIONS } from '../../access/access.ts';
import { reconcileCli } from '../../cli/reconcile.test-kit.ts';
import { createWellnessService } from './wellness.service.ts';
import { allottedBatch, newWellnessDistrict, wellnessRegisterSheet } from './wellness.test-kit.ts';

/**
 * Issue 42: last year's batch entered after it closed — quotas, nominations, a substitution, a withdrawal and
 * attendance, each on its day — and the 疗休养/体检 register that brings a year in; the statistics of that year show
 * them, asked by year, by days or up to an as-of day alike.
 */
describe('疗休养 of a past year, entered after the batch closed', () => {
  // today is 15 March 2026: the 2025 batches closed long ago
  const world = serviceWorld({
    at: '2026-03-15T02:00:00Z',
    service: (db, clock, t) => createWellnessService(db, t.services.ids, clock),
  });

  const district = () => newWellnessDistrict(world.t, world.svc, world.root);
  const batchOf = (o: Parameters<typeof allottedBatch>[3]) =>
    allottedBatch(world.t, world.svc, world.root, o);

  /** The statistics of 2025 asked three ways: by year, by its days, and up to an as-of day. */
  async function stats2025(actor: ReturnType<TestContext['actor']>, orgId: number) {
    const byYear = await world.svc.stats(actor, { orgId, year: 2025 });
    const byDays = await world.svc.stats(actor, { orgId, from: '2025-01-01', to: '2025-12-31' });
    const asOf = await world.svc.stats(actor, { orgId, to: '2025-12-31' });
    expect(byDays.total).toEqual(byYear.total);
    expect(asOf.total).toEqual(byYear.total);
    expect(byDays.served).toBe(byYear.served);
    expect(asOf.served).toBe(byYear.served);
    return byYear;
  }

  it('takes each step on its day, refuses a day after the closing day or before what it follows, and counts them in 2025', async () => {
    const { d, firm, clerk, batch } = await batchOf({
      title: '2025年第1期',
      month: '2025-06',
      places: 10,
      quota: 4,
      allottedOn: '2025-05-01',
    });
    const staff = world.t.actor('staff', firm);
    const [a, b, c, sub] = await Promise.all([1, 2, 3, 4].map(() => world.t.newPerson(firm, {})));

    // today is after the closing day: a nomination of today is refused, as before
    const today = await appError(() =>
      world.svc.nominate(staff, batch.id, { orgId: firm.id, personId: a.id }),
    );
    expect(today).toMatchObject({ code: 'WELLNESS_BATCH_CLOSED' });
    // a past day after the closing day is refused, naming both days
    const late = await appError(() =>
      world.svc.nominate(staff, batch.id, { orgId: firm.id, personId: a.id, effectiveOn: '2025-06-02' }),
    );
    expect(late).toMatchObject({ code: 'WELLNESS_BATCH_CLOSED', details: { field: 'effectiveOn' } });
    expect(late.messages.zh).toContain('2025-06-02');
    expect(late.messages.zh).toContain('2025-06-01');
    // a day before the union was given its places is refused
    const early = await appError(() =>
      world.svc.nominate(staff, batch.id, { orgId: firm.id, personId: a.id, effectiveOn: '2025-04-30' }),
    );
    expect(early).toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
    expect(early.messages.en).toContain('2025-05-01');

    const na = await world.svc.nominate(staff, batch.id, {
      orgId: firm.id,
      personId: a.id,
      effectiveOn: '2025-05-10',
    });
    const nb = await world.svc.nominate(staff, batch.id, {
      orgId: firm.id,
      personId: b.id,
      effectiveOn: '2025-05-10',
    });
    await world.svc.nominate(staff, batch.id, { orgId: firm.id, personId: c.id, effectiveOn: '2025-05-12' });
    // a substitution before the nomination it ends is refused
    const before = await appError(() =>
      world.svc.endNomination(staff, na.id, { replaceWith: sub.id, effectiveOn: '2025-05-09' }),
    );
    expect(before).toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
    const replaced = await world.svc.endNomination(staff, na.id, {
      replaceWith: sub.id,
      effectiveOn: '2025-05-20',
    });
    await world.svc.endNomination(staff, nb.id, { effectiveOn: '2025-05-25' });

    const page = await world.svc.getBatch(clerk, batch.id);
    expect(page.nominations.find((n) => n.id === replaced.id)?.nominatedOn).toBe('2025-05-20');
    const live = page.nominations.filter((n) => n.status === 'nominated');
    expect(live.map((n) => n.personId).sort()).toEqual([c.id, sub.id].sort());
    await world.svc.markAttendance(clerk, batch.id, {
      effectiveOn: '2025-06-14',
      marks: [
        { nominationId: live.find((n) => n.personId === c.id)?.id as number, attendance: 'attended' },
        { nominationId: replaced.id as number, attendance: 'absent' },
      ],
    });

    const s = await stats2025(clerk, d.id);
    expect(s.total).toMatchObject({
      offered: 10,
      allocated: 4,
      used: 1,
      nominated: 4,
      substituted: 1,
      withdrawn: 1,
      attended: 1,
      noShows: 1,
    });
    expect(s.served).toBe(1);
    // each on its day: May holds the nominations and the endings, June the attendance
    const may = await world.svc.stats(clerk, { orgId: d.id, from: '2025-05-01', to: '2025-05-31' });
    expect(may.total).toMatchObject({ nominated: 4, substituted: 1, withdrawn: 1, attended: 0, used: 0 });
    const thisYear = await world.svc.stats(clerk, { orgId: d.id, year: 2026 });
    expect(thisYear.total).toMatchObject({ nominated: 0, substituted: 0, withdrawn: 0, used: 0 });
    // the year is known to the statistics pages from the data
    const years = await world.t.services.reporting.years(clerk, { area: 'wellness', orgId: d.id });
    expect(years).toContain(2025);
  });

  it('refuses a past day to a role without history.backdate', async () => {
    const { d, firm, clerk, batch } = await batchOf({
      title: '2025年第2期',
      month: '2025-07',
      places: 5,
      quota: 2,
      allottedOn: '2025-06-01',
    });
    const person = await world.t.newPerson(firm, {});
    // a reviewer may not nominate at all
    const reviewer = await appError(() =>
      world.svc.nominate(world.t.actor('reviewer', firm), batch.id, {
        orgId: firm.id,
        personId: person.id,
        effectiveOn: '2025-06-10',
      }),
    );
    expect(reviewer.code).toBe('PERMISSION_DENIED');
    // every role that nominates holds history.backdate; one that did not would be refused the past day
    const staff = ROLE_PERMISSIONS.staff as Set<Permission>;
    staff.delete('history.backdate');
    try {
      const denied = await appError(() =>
        world.svc.nominate(world.t.actor('staff', firm), batch.id, {
          orgId: firm.id,
          personId: person.id,
          effectiveOn: '2025-06-10',
        }),
      );
      expect(denied).toMatchObject({ code: 'BACKDATE_DENIED', kind: 'forbidden' });
      const allocation = await appError(() =>
        world.svc.allocate(world.t.actor('staff', d), batch.id, {
          orgId: firm.id,
          quota: 3,
          effectiveOn: '2025-06-02',
        }),
      );
      expect(allocation.code).toBe('BACKDATE_DENIED');
    } finally {
      staff.add('history.backdate');
    }
    const b = await world.svc.getBatch(clerk, batch.id);
    expect(b.nominations).toHaveLength(0);
    expect(b.allocations[0]).toMatchObject({ quota: 2 });
  });

  describe('the 疗休养/体检 register', () => {
    const sheet = wellnessRegisterSheet;

    it('brings a year in: dry run writes nothing, bad rows name row and column, all rows or none', async () => {
      const { d, firm, clerk, program, instName } = await district();
      const people = await Promise.all(
        [1, 2, 3, 4, 5].map(async () => {
          const idNumber = world.t.newIdNumber();
          return { idNumber, ...(await world.t.newPerson(firm, { idNumber })) };
        }),
      );
      const batchCols = [program.name, '2025年第3期', instName, '2025-08-10', '2025-08-14', '2025-08-01', 20];
      const row = (p: (typeof people)[number], rest: (string | number)[]) => [
        ...batchCols,
        firm.name,
        p.idNumber,
        p.name,
        ...rest,
      ];
      const goodRows = [
        row(people[0], ['2025-07-01', '', '', '', '是']),
        row(people[1], ['2025-07-01', '被替换', '', people[2].idNumber, '']),
        row(people[2], ['2025-07-15', '', '', '', '否']),
        row(people[3], ['2025-07-02', '退出', '2025-07-20', '', '']),
        row(people[4], ['2025-07-03', '在名单', '', '', '√']),
      ];
      const good = sheet(goodRows);
      const before = await stats2025(clerk, d.id);
      const dry = await world.svc.register.importFile(clerk, {
        file: good,
        fileName: 'good.xlsx',
        dryRun: true,
      });
      expect(dry.errors).toEqual([]);
      expect(dry).toMatchObject({
        dryRun: true,
        created: 5,
        batches: 1,
        substituted: 1,
        withdrawn: 1,
        attended: 2,
        absent: 1,
      });
      expect((await world.svc.getProgram(clerk, program.id)).batches).toHaveLength(0);
      expect((await stats2025(clerk, d.id)).total).toEqual(before.total);

      // bad rows: each names its row and column in both languages; the good rows beside them are not written
      const stranger = world.t.newIdNumber();
      const bad = sheet([
        ...goodRows,
        row(people[0], ['2025-08-02', '', '', '', '']).map((v, i) => (i === 8 ? stranger : v)),
        row(people[1], ['2025-08-05', '', '', '', '']),
        row(people[3], ['2025-07-05', '被替换', '', '', '']),
      ]);
      const checked = await world.svc.register.importFile(clerk, {
        file: bad,
        fileName: 'bad.xlsx',
        dryRun: true,
      });
      // a stranger nominated after the closing day: both told at once
      expect(checked.errors.map((e) => [e.rowNo, e.column])).toEqual([
        [7, '身份证号'],
        [7, '推荐日期'],
        [8, '推荐日期'],
        [9, '替补人身份证号'],
      ]);
      for (const e of checked.errors) {
        expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
        expect(e.messageEn).toMatch(/[a-z]/);
      }
      const refused = await appError(() =>
        world.svc.register.importFile(clerk, { file: bad, fileName: 'bad.xlsx', dryRun: false }),
      );
      expect(refused.code).toBe('IMPORT_ROWS_INVALID');
      expect((await world.svc.getProgram(clerk, program.id)).batches).toHaveLength(0);
      // the command line reads the same register and names the same rows
      const file = join(scratchDir('wellness-'), 'bad.xlsx');
      writeFileSync(file, bad);
      const cli = reconcileCli(world.db, world.t.services);
      expect(await cli.run('import', 'wellness', file)).toBe(1);
      expect(cli.err.join('\n')).toContain('第7行 [身份证号]');
      expect(cli.err.join('\n')).toContain('row 9 [替补人身份证号]');
      expect((await world.svc.getProgram(clerk, program.id)).batches).toHaveLength(0);

      const done = await world.svc.register.importFile(clerk, {
        file: good,
        fileName: 'good.xlsx',
        dryRun: false,
      });
      expect(done).toMatchObject({ dryRun: false, created: 5, batches: 1 });
      const s = await stats2025(clerk, d.id);
      expect(s.total).toMatchObject({
        offered: before.total.offered + 20,
        allocated: before.total.allocated + 3,
        used: before.total.used + 2,
        nominated: before.total.nominated + 5,
        substituted: before.total.substituted + 1,
        withdrawn: before.total.withdrawn + 1,
        attended: before.total.attended + 2,
        noShows: before.total.noShows + 1,
      });
      // each on its day: the substitution on its substitute's nomination day, the withdrawal on its own
      const july15 = await world.svc.stats(clerk, { orgId: d.id, from: '2025-07-15', to: '2025-07-15' });
      expect(july15.total).toMatchObject({ nominated: 1, substituted: 1, withdrawn: 0 });
      const july20 = await world.svc.stats(clerk, { orgId: d.id, from: '2025-07-20', to: '2025-07-20' });
      expect(july20.total).toMatchObject({ nominated: 0, substituted: 0, withdrawn: 1 });
      const [batch] = (await world.svc.getProgram(clerk, program.id)).batches;
      const page = await world.svc.getBatch(clerk, batch.id);
      expect(page.figures).toEqual({ nominated: 5, substituted: 1, withdrawn: 1, attended: 2, noShows: 1 });
      expect(page.allocations).toMatchObject([{ orgId: firm.id, quota: 3, used: 3 }]);
      // the same file again (a ledger sent again, ADR 150): every nominee stands on record as its row gives it,
      // the replaced, the withdrawn and those marked alike, so every row is skipped and nothing is to be created
      const again = await world.svc.register.importFile(clerk, {
        file: good,
        fileName: 'good.xlsx',
        dryRun: true,
      });
      expect(again).toMatchObject({ errors: [], created: 0, onRecord: 5, batches: 0 });
    });
  });

  it('keeps counts the reconciliation agrees with, on the days they were entered for and as of last year', async () => {
    const cli = reconcileCli(world.db, world.t.services);
    expect(await cli.run('reconcile', '--union', String(world.root.id)), cli.out.join('\n')).toBe(0);
    expect(await cli.run('reconcile', '--union', String(world.root.id), '--as-of', '2025-12-31')).toBe(0);
  });
});
