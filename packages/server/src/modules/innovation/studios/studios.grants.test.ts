import { studiosLedCounter } from '../../../../test/factories.ts';
/**
 * A studio's projects and grants (issue 23): recorded by a clerk paid outside the platform (counted in the
 * statistics of the year approved, no ledger money) or through it (an application approved on its day, paid by
 * a batch); each subject granted once, the district's support once per studio.
 */

import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import type { OrgRow } from '../../org/index.ts';
import { listApplicationsAbout, listApplicationsAboutAll } from '../../programs/index.ts';
import { outsideProject2019 } from '../innovation.test-kit.ts';
import { listStudioGrants } from './studios.grants.list.ts';
import { recordStudioGrant, type StudioGrantInput } from './studios.grants.ts';
import { recogniseAtLevel, revokeStudio } from './studios.levels.ts';
import { findStudioById } from './studios.repository.ts';
import { createStudio, getStudioDetail } from './studios.service.ts';
import { getStudioStats } from './studios.stats.ts';
import { appError, createStudiosWorld } from './studios.test-kit.ts';

const w = worldPerFile(createStudiosWorld);

async function newStudio(org: OrgRow = w.grass) {
  const { id } = await createStudio(
    w.db,
    w.staff(org),
    {
      orgId: org.id,
      name: `创新工作室${w.ctx.unique()}`,
      foundedOn: '2015-01-01',
    },
    TEST_NOW,
  );
  return id;
}

const stats = (org: OrgRow, year: number) =>
  getStudioStats(
    w.db,
    w.staff(org),
    { orgId: org.id, fromYear: year, toYear: year },
    TEST_TODAY,
    studiosLedCounter,
  );

const project2019: StudioGrantInput = { ...outsideProject2019, note: '冠脉介入新技术推广' };

describe("a studio's projects and grants", () => {
  it('a 2019 project paid outside the platform counts in 2019, not in 2020, and puts no money in the ledger', async () => {
    const studio = await newStudio(w.yzGrass);
    const before = await stats(w.shunyi, 2019);
    const done = await recordStudioGrant(w.db, w.staff(w.yangzhen), studio, project2019, TEST_NOW);
    expect(done).toMatchObject({ applicationId: null });
    expect(done.grantId).toBeGreaterThan(0);

    const in2019 = await stats(w.shunyi, 2019);
    expect(in2019.projects - before.projects).toBe(1);
    expect(in2019.subsidiesPaidFen - before.subsidiesPaidFen).toBe(5_000_000);
    expect(in2019.subsidiesPaidOutsideFen).toBe(5_000_000);
    expect(in2019.subsidies).toContainEqual({
      presetKey: 'bjft-innovation-project',
      programName: '职工创新项目助推',
      approved: 1,
      paidFen: 5_000_000,
      paidOutsideFen: 5_000_000,
    });
    const in2020 = await stats(w.shunyi, 2020);
    expect(in2020).toMatchObject({ projects: 0, subsidiesPaidFen: 0, subsidiesPaidOutsideFen: 0 });
    // Seen from the federation too, in 2019.
    expect((await stats(w.root, 2019)).subsidiesPaidOutsideFen).toBeGreaterThanOrEqual(5_000_000);

    const { rows } = await w.db.query<{ n: number }>(
      `select count(*)::int as n from applications where subject_key like $1`,
      [`studio:${studio}:%`],
    );
    expect(rows[0].n).toBe(0);
    const list = await listStudioGrants(w.db, w.staff(w.shunyi), studio);
    expect(list.items).toEqual([
      {
        applicationId: null,
        grantId: done.grantId,
        kind: 'project',
        programName: '职工创新项目助推',
        year: 2019,
        amountFen: 5_000_000,
        status: 'paid_outside',
        approvedOn: '2019-06-10',
        paidFen: 5_000_000,
        paidOn: '2019-09-01',
        outside: true,
        note: '冠脉介入新技术推广',
      },
    ]);
    expect(list.canRecord).toBe(true);

    const twice = await appError(() =>
      recordStudioGrant(w.db, w.staff(w.yangzhen), studio, project2019, TEST_NOW),
    );
    expect(twice.code).toBe('STUDIO_GRANT_DUPLICATE');
    // Another year's project of the same studio is its own.
    await recordStudioGrant(
      w.db,
      w.staff(w.yangzhen),
      studio,
      {
        ...project2019,
        year: 2020,
        approvedOn: '2020-05-01',
        paidOn: '2020-08-01',
      },
      TEST_NOW,
    );
    expect((await stats(w.shunyi, 2020)).projects).toBe(1);
  });

  it('refuses days out of order, a year the approval is not in, and studios outside the subtree', async () => {
    const studio = await newStudio();
    const as = w.staff(w.changping);
    const bad = async (patch: Partial<StudioGrantInput>) =>
      appError(() => recordStudioGrant(w.db, as, studio, { ...project2019, ...patch }, TEST_NOW));
    expect(await bad({ year: 2020 })).toMatchObject({
      code: 'STUDIO_GRANT_INVALID',
      details: { field: 'year' },
    });
    expect(await bad({ paidOn: null })).toMatchObject({ details: { field: 'paidOn' } });
    expect(await bad({ paidOn: '2019-01-01' })).toMatchObject({
      code: 'STUDIO_GRANT_INVALID',
      details: { field: 'paidOn' },
    });
    expect(await bad({ outside: false })).toMatchObject({ details: { field: 'paidOn' } });
    expect((await bad({ approvedOn: '2199-01-01', year: 2199, paidOn: null, outside: false })).code).toBe(
      'EFFECTIVE_IN_FUTURE',
    );
    expect((await bad({ kind: 'city' })).details).toMatchObject({ field: 'kind' });
    const outsider = await appError(() =>
      recordStudioGrant(w.db, w.staff(w.yangzhen), studio, project2019, TEST_NOW),
    );
    expect(outsider.code).toBe('NOT_FOUND');
    const reader = await appError(() =>
      recordStudioGrant(w.db, w.reviewer(w.changping), studio, project2019, TEST_NOW),
    );
    expect(reader.code).toBe('PERMISSION_DENIED');
  });

  it('a project paid through the platform is an application approved on its day and paid by a batch', async () => {
    const studio = await newStudio();
    const input: StudioGrantInput = {
      kind: 'project',
      year: 2021,
      amountFen: 10_000_000,
      approvedOn: '2021-05-20',
      outside: false,
    };
    // The district records it outside the platform or not at all: the program is the federation's.
    const district = await appError(() =>
      recordStudioGrant(w.db, w.staff(w.changping), studio, input, TEST_NOW),
    );
    expect(district).toMatchObject({ code: 'STUDIO_GRANT_NOT_OWNER', kind: 'forbidden' });
    const federation = w.staff(w.root);
    const notATier = await appError(() =>
      recordStudioGrant(w.db, federation, studio, { ...input, amountFen: 4_000_000 }, TEST_NOW),
    );
    expect(notATier).toMatchObject({ code: 'STUDIO_GRANT_INVALID', details: { field: 'amountFen' } });
    const beforePeriod = await appError(() =>
      recordStudioGrant(
        w.db,
        federation,
        studio,
        { ...input, year: 2019, approvedOn: '2019-05-20' },
        TEST_NOW,
      ),
    );
    expect(beforePeriod).toMatchObject({ code: 'STUDIO_GRANT_INVALID', details: { field: 'approvedOn' } });

    const messages = async () =>
      (await w.db.query<{ n: number }>('select count(*)::int as n from messages')).rows[0].n;
    const told = await messages();
    const { applicationId } = await recordStudioGrant(w.db, federation, studio, input, TEST_NOW);
    expect(applicationId).toBeGreaterThan(0);
    expect(await messages()).toBe(told);
    const { rows } = await w.db.query<{ status: string; decided: string; entry: string; amount: number }>(
      `select a.status, to_char(a.decided_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as decided,
              to_char(e.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as entry, e.amount_fen::int as amount
         from applications a join ledger_entries e on e.application_id = a.id where a.id = $1`,
      [applicationId],
    );
    expect(rows).toEqual([
      { status: 'approved', decided: '2021-05-20', entry: '2021-05-20', amount: 10_000_000 },
    ]);
    expect(await stats(w.changping, 2021)).toMatchObject({ projects: 1, subsidiesPaidOutsideFen: 0 });

    const programs = w.ctx.services.programs;
    const app = await programs.application(federation, applicationId as number);
    const batch = await programs.createBatch(federation, {
      programId: app.programId,
      orgId: w.root.id,
      effectiveOn: '2021-07-01',
    });
    await programs.markPaid(federation, batch.id, 'TEST-PROJECT', '2021-07-01');
    const [item] = (await listStudioGrants(w.db, w.staff(w.grass), studio)).items;
    expect(item).toMatchObject({
      applicationId,
      kind: 'project',
      year: 2021,
      status: 'approved',
      approvedOn: '2021-05-20',
      amountFen: 10_000_000,
      paidFen: 10_000_000,
      paidOn: '2021-07-01',
      outside: false,
    });
    expect((await stats(w.changping, 2021)).subsidiesPaidFen).toBe(10_000_000);
  });

  it("the district's support is once per studio: each studio of a union gets its own, a studio never two", async () => {
    const [a, b] = [await newStudio(), await newStudio()];
    const district = w.staff(w.changping);
    const support = (over: Partial<StudioGrantInput> = {}): StudioGrantInput => ({
      kind: 'support',
      year: 2022,
      amountFen: 3_200_000,
      approvedOn: '2022-04-01',
      outside: false,
      ...over,
    });
    await recordStudioGrant(w.db, district, a, support(), TEST_NOW);
    await recordStudioGrant(w.db, district, b, support({ amountFen: 2_600_000 }), TEST_NOW);
    const again = await appError(() =>
      recordStudioGrant(w.db, district, a, support({ year: 2023, approvedOn: '2023-04-01' }), TEST_NOW),
    );
    expect(again.code).toBe('STUDIO_GRANT_DUPLICATE');
    const outsideToo = await appError(() =>
      recordStudioGrant(w.db, district, a, support({ outside: true, paidOn: '2022-05-01' }), TEST_NOW),
    );
    expect(outsideToo.code).toBe('STUDIO_GRANT_DUPLICATE');
    const c = await newStudio();
    const over = await appError(() =>
      recordStudioGrant(w.db, district, c, support({ amountFen: 6_000_000 }), TEST_NOW),
    );
    expect(over.details).toMatchObject({ field: 'amountFen' });
    // A union applying on its own, naming no studio, is refused: the program grants studios, not unions.
    const { rows } = await w.db.query<{ id: number }>(
      `select id from programs where preset_key = 'changping-studio-support' and owner_org_id = $1`,
      [w.changping.id],
    );
    const batch = await w.ctx.services.programs.batch(district, rows[0].id, {
      rows: [{ orgId: w.grass.id, claimedFen: 100_000 }],
      mode: 'valid_only',
    });
    expect(batch.results[0]).toMatchObject({ ok: false, code: 'APPLICATION_SUBJECT_INVALID' });
    const list = await listStudioGrants(w.db, district, a);
    expect(list.items.map((i) => [i.kind, i.amountFen, i.status, i.approvedOn])).toEqual([
      ['support', 3_200_000, 'approved', '2022-04-01'],
    ]);
    expect(list.kinds.find((k) => k.kind === 'support')?.program).toMatchObject({
      canRecord: true,
      terms: { kind: 'claimed', percent: 100, capFen: 5_000_000 },
    });
  });

  it('expert fees and mentoring stipends are recorded as often as paid; construction support is once per studio', async () => {
    const id = await newStudio();
    const district = w.staff(w.changping);
    const fee = (over: Partial<StudioGrantInput> = {}): StudioGrantInput => ({
      kind: 'expert_fees',
      year: 2018,
      amountFen: 300_000,
      approvedOn: '2018-03-01',
      outside: true,
      paidOn: '2018-03-20',
      ...over,
    });
    await recordStudioGrant(w.db, district, id, fee(), TEST_NOW);
    // The same payment twice is refused; another alike but for whom it paid says so in its note.
    const twice = await appError(() => recordStudioGrant(w.db, district, id, fee(), TEST_NOW));
    expect([twice.code, twice.details?.field]).toEqual(['STUDIO_GRANT_DUPLICATE', 'paidOn']);
    await recordStudioGrant(w.db, district, id, fee({ note: '专家：王明' }), TEST_NOW);
    await recordStudioGrant(w.db, district, id, fee({ kind: 'mentoring', amountFen: 80_000 }), TEST_NOW);
    await recordStudioGrant(
      w.db,
      district,
      id,
      fee({ kind: 'mentoring', amountFen: 80_000, paidOn: '2018-04-20' }),
      TEST_NOW,
    );
    const construction = fee({ kind: 'support', amountFen: 2_000_000 });
    await recordStudioGrant(w.db, district, id, construction, TEST_NOW);
    const second = await appError(() =>
      recordStudioGrant(
        w.db,
        district,
        id,
        { ...construction, year: 2019, approvedOn: '2019-03-01', paidOn: '2019-04-01' },
        TEST_NOW,
      ),
    );
    expect(second.code).toBe('STUDIO_GRANT_DUPLICATE');
    // No platform program pays expert fees: one paid through the platform has nowhere to go.
    const onPlatform = await appError(() =>
      recordStudioGrant(w.db, district, id, fee({ outside: false, paidOn: null }), TEST_NOW),
    );
    expect(onPlatform.code).toBe('STUDIO_GRANT_NO_PROGRAM');
    const list = await listStudioGrants(w.db, district, id);
    expect(list.items.map((i) => [i.kind, i.amountFen])).toEqual([
      ['expert_fees', 300_000],
      ['expert_fees', 300_000],
      ['mentoring', 80_000],
      ['mentoring', 80_000],
      ['support', 2_000_000],
    ]);
    expect((await stats(w.changping, 2018)).subsidies).toContainEqual(
      expect.objectContaining({ presetKey: 'studio-expert-fees', programName: '工作室专家费', approved: 2 }),
    );
  });

  it('a recognition subsidy paid outside the platform is recorded with its amount and day; the studio never gets a second', async () => {
    const id = await newStudio();
    await w.db.tx(async (sql) => {
      const s = await findStudioById(sql, id, true);
      await recogniseAtLevel(sql, w.admin, s!, 'city', '2019-10-10', { subsidy: false });
    });
    const district = w.staff(w.changping);
    const subsidy: StudioGrantInput = {
      kind: 'city',
      year: 2019,
      amountFen: 3_000_000,
      approvedOn: '2019-10-10',
      outside: true,
      paidOn: '2019-12-01',
    };
    const early = await appError(() =>
      recordStudioGrant(w.db, district, id, { ...subsidy, approvedOn: '2019-10-01' }, TEST_NOW),
    );
    expect(early.details).toMatchObject({ field: 'kind' });
    await recordStudioGrant(w.db, district, id, subsidy, TEST_NOW);
    const never = await appError(() =>
      recordStudioGrant(
        w.db,
        district,
        id,
        { ...subsidy, kind: 'city_demonstration', amountFen: 5_000_000 },
        TEST_NOW,
      ),
    );
    expect(never.details).toMatchObject({ field: 'kind' });
    expect((await stats(w.changping, 2019)).subsidies).toContainEqual(
      expect.objectContaining({ presetKey: 'bjft-studio-city', paidOutsideFen: 3_000_000 }),
    );
    // Revoked and recognised again: the subsidy was paid, none is opened.
    const again = await w.db.tx(async (sql) => {
      await revokeStudio(sql, w.admin, (await findStudioById(sql, id, true))!, '2022-01-10', '复评不合格');
      return recogniseAtLevel(sql, w.admin, (await findStudioById(sql, id, true))!, 'city', '2023-03-01');
    });
    expect(again.applicationId).toBeNull();
    expect((await getStudioDetail(w.db, district, id)).subsidies).toEqual([]);
  });

  it("reads many studios' applications at once as it reads one's, and none of a studio whose id starts the same", async () => {
    const studio = await newStudio();
    const { applicationId } = await recordStudioGrant(
      w.db,
      w.staff(w.root),
      studio,
      { kind: 'project', year: 2021, amountFen: 10_000_000, approvedOn: '2021-05-20', outside: false },
      TEST_NOW,
    );
    const subject = `studio:${studio}`;
    const prefix = `studio:${String(studio).slice(0, -1)}`;
    const all = await listApplicationsAboutAll(w.db, [subject, prefix]);
    expect(all.get(subject)).toEqual(await listApplicationsAbout(w.db, subject));
    expect(all.get(subject)?.map((a) => a.applicationId)).toEqual([applicationId]);
    expect((all.get(prefix) ?? []).map((a) => a.applicationId)).not.toContain(applicationId);
  });
});
