import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { createInsuranceService } from '../src/modules/insurance/index.ts';
import { fixedProgram } from '../src/modules/programs/programs.test-kit.ts';
import {
  addCounts,
  createReportingService,
  listSourceYears,
  REPORTING_AREAS,
} from '../src/modules/reporting/index.ts';
import { createWellnessService } from '../src/modules/wellness/index.ts';
import { newWellnessDistrict } from '../src/modules/wellness/wellness.test-kit.ts';
import { MODULES } from '../src/modules.gen.ts';
import { movableClock } from './clock.ts';
import { openTestContext, type TestContext } from './factories.ts';

/** Every module's `countedYears`, as the kernel hands them to the reporting module (services.ts). */
const SOURCES = MODULES.flatMap((m) => (m.countedYears ? [m.countedYears] : []));

/** The years a statistics page offers (GET /api/reports/years): a record made today puts this year in. */
describe('the years a statistics page offers', () => {
  let db: Db;
  let t: TestContext;
  // 15 June 2026 in China
  const clock = movableClock('2026-06-15T02:00:00Z');
  let reporting: ReturnType<typeof createReportingService>;

  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
    reporting = createReportingService(db, clock, SOURCES);
  });
  afterAll(() => db.close());

  /** A district of its own (its years are the calling test's alone) and its clerk. */
  async function district() {
    const d = await t.newOrg(await t.newRoot(), 'district');
    return { d, clerk: t.actor('staff', d) };
  }

  it("finds each module's source in its manifest, for an area some vocabulary declares, and runs it", async () => {
    expect(SOURCES.map((s) => s.area).sort()).toEqual([
      'elections',
      'insurance',
      'modelworkers',
      'programs',
      'wellness',
    ]);
    for (const s of SOURCES) {
      expect(REPORTING_AREAS).toContain(s.area);
      expect(await listSourceYears(db, s, { path: (await district()).d.path, until: '2026-12-31' })).toEqual(
        [],
      );
      await listSourceYears(db, s, { path: '/', until: '2026-12-31' });
    }
  });

  it('puts this year in for a count made today in any area, or dated later this year, and no later year', async () => {
    for (const area of REPORTING_AREAS) {
      const today = await district();
      const later = await district();
      await db.tx((sql) =>
        addCounts(sql, [
          { subject: `${area}.today`, orgId: today.d.id, on: '2026-06-15', n: 1 },
          { subject: `${area}.ahead`, orgId: later.d.id, on: '2026-12-20', n: 1 },
          { subject: `${area}.ahead`, orgId: later.d.id, on: '2027-01-05', n: 1 },
          { subject: `${area}.before`, orgId: later.d.id, on: '2019-03-01', n: 1 },
        ]),
      );
      expect(await reporting.years(today.clerk, { area }), area).toEqual([2026]);
      expect(await reporting.years(later.clerk, { area }), area).toEqual([2026, 2019]);
    }
  });

  it('puts this year in while the register holds a model worker: its living ones are counted as of today (劳模统计, trial 46)', async () => {
    const { d, clerk } = await district();
    expect(await reporting.years(clerk, { area: 'modelworkers' })).toEqual([]);
    await db.query(
      `insert into modelworkers (org_id, name, level, registered_on) values ($1, '测试劳模', 'city', '2020-04-01')`,
      [d.id],
    );
    expect(await reporting.years(clerk, { area: 'modelworkers' })).toEqual([2026]);
  });

  it('puts in every year a committee stays overdue for its election, up to this one (组建和换届统计, trial 46)', async () => {
    const { d, clerk } = await district();
    const union = await t.newOrg(d, 'grassroots');
    const sit = (ends: string, replaced: string | null) =>
      db.query(
        `insert into committees (org_id, term_no, elected_on, term_years, ends_on, chair, replaced_on)
         values ($1, 1, ($2::date - interval '5 years')::date, 5, $2::date, '主席', $3::date)`,
        [union.id, ends, replaced],
      );
    // a term replaced in time counts nowhere; the sitting one ended in 2024 and nobody was elected since
    await sit('2019-05-01', '2019-04-20');
    expect(await reporting.years(clerk, { area: 'elections' })).toEqual([]);
    await sit('2024-03-01', null);
    expect(await reporting.years(clerk, { area: 'elections' })).toEqual([2026, 2025, 2024]);
  });

  it('puts in every year a published program of the subtree runs in, up to this one, though nothing was decided in it (统计看板, trial 44)', async () => {
    const { d, clerk } = await district();
    const staff = { ...clerk, userId: 91 };
    const draft = await t.services.programs.create(staff, fixedProgram(d.id, { name: `草稿${t.unique()}` }));
    expect(draft.id).toBeGreaterThan(0);
    expect(await reporting.years(clerk, { area: 'programs' })).toEqual([]);
    const p = await t.services.programs.create(
      staff,
      fixedProgram(d.id, { name: `补助${t.unique()}`, periodStart: '2024-01-01', periodEnd: '2027-12-31' }),
    );
    await t.services.programs.publish(staff, p.id);
    expect(await reporting.years(clerk, { area: 'programs' })).toEqual([2026, 2025, 2024]);
  });

  it('puts in every year a policy ran in, up to this one, though no claim was filed on it', async () => {
    const ins = createInsuranceService(db, clock, t.services.ids);
    const policy = (orgId: number, policyNo: string, startsOn: string, endsOn: string) => ({
      orgId,
      insurer: '测试保险公司',
      policyNo,
      title: '外勤职工团体意外险',
      startsOn,
      endsOn,
      premiumFen: 5_000,
      cover: '意外医疗1万元',
    });
    const { d, clerk } = await district();
    await ins.createPolicy(clerk, policy(d.id, 'P-2026', '2026-06-15', '2027-06-14'));
    expect(await reporting.years(clerk, { area: 'insurance' })).toEqual([2026]);
    const before = await district();
    await ins.createPolicy(before.clerk, policy(before.d.id, 'P-2014', '2014-07-01', '2016-06-30'));
    expect(await reporting.years(before.clerk, { area: 'insurance' })).toEqual([2016, 2015, 2014]);
    // the administrator's years: the whole platform's
    expect(await reporting.years(t.actor('admin', null), { area: 'insurance' })).toEqual(
      expect.arrayContaining([2026, 2016, 2015, 2014]),
    );
  });

  it("puts this year in for a nomination made today to next year's batch, or a batch later this year", async () => {
    const svc = createWellnessService(db, t.services.ids, clock);
    const batch = (
      w: { clerk: ReturnType<TestContext['actor']>; program: { id: number }; inst: { id: number } },
      startsOn: string,
      endsOn: string,
      closesOn: string,
    ) =>
      svc.createBatch(w.clerk, {
        programId: w.program.id,
        institutionId: w.inst.id,
        title: `第${t.unique()}期`,
        startsOn,
        endsOn,
        closesOn,
        places: 10,
      });
    const one = await newWellnessDistrict(t, svc, await t.newRoot(), { fromYear: 2026, toYear: 2027 });
    const { firm, clerk } = one;
    const next = await batch(one, '2027-01-10', '2027-01-14', '2027-01-01');
    await svc.allocate(clerk, next.id, { orgId: firm.id, quota: 10 });
    expect(await reporting.years(clerk, { area: 'wellness' })).toEqual([]);
    const person = await t.newPerson(firm, {});
    await svc.nominate(t.actor('staff', firm), next.id, { orgId: firm.id, personId: person.id });
    expect(await reporting.years(clerk, { area: 'wellness' })).toEqual([2026]);

    const other = await newWellnessDistrict(t, svc, await t.newRoot(), { fromYear: 2026, toYear: 2026 });
    await batch(other, '2026-12-20', '2026-12-24', '2026-12-10');
    expect(await reporting.years(other.clerk, { area: 'wellness' })).toEqual([2026]);
  });
});
