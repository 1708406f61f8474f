import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { sumCounts } from '../../reporting/index.ts';
import { findRecognitions, proposeRecognition, reviewRecognition } from './studios.recognition.ts';
import { createStudio, findStudios, getStudioDetail, updateStudio } from './studios.service.ts';
import { appError, createStudiosWorld } from './studios.test-kit.ts';

const w = worldPerFile(createStudiosWorld);

/** Proposes `level` and approves every step as the union awaiting it (its staff, who may record a past day), on `on`. */
async function recognise(studioId: number, level: 'district' | 'city' | 'city_demonstration', on: string) {
  const { id } = await proposeRecognition(
    w.db,
    w.staff(w.grass),
    studioId,
    { level, effectiveOn: on },
    TEST_NOW,
  );
  for (let i = 0; i < 5; i++) {
    const [r] = (await findRecognitions(w.db, w.admin, { status: 'submitted' })).items.filter(
      (x) => x.id === id,
    );
    if (!r) return id;
    const orgs = [w.root, w.changping, w.town, w.grass, w.shunyi];
    const step = orgs.find((o) => o.id === r.stepOrgId);
    await reviewRecognition(w.db, w.staff(step ?? null), id, 'approve', { decidedOn: on }, TEST_NOW);
  }
  return id;
}

describe('studios', () => {
  it('are created and edited by staff of the host union chain; a leader who is a city model worker is counted as such', async () => {
    const leader = await w.person(w.grass, { modelWorkerLevel: 'city' });
    const core = await w.person(w.grass);
    const { id } = await createStudio(
      w.db,
      w.staff(w.town),
      {
        orgId: w.grass.id,
        name: '数控加工创新工作室',
        leaderPersonId: leader.id,
        foundedOn: '2019-03-01',
        members: [{ personId: core.id, role: 'core' }],
      },
      TEST_NOW,
    );
    const detail = await getStudioDetail(w.db, w.staff(w.changping), id);
    expect(detail).toMatchObject({ level: 'grassroots', status: 'active', memberCount: 2, canEdit: true });
    expect(detail.members.map((m) => m.role).sort()).toEqual(['core', 'leader']);

    const outsider = await appError(() =>
      updateStudio(w.db, w.staff(w.yangzhen), id, { name: '越权修改' }, TEST_NOW),
    );
    expect(outsider.code).toBe('NOT_FOUND');
    const strangerLeader = await w.person(w.yzGrass);
    const wrong = await appError(() =>
      createStudio(
        w.db,
        w.staff(w.changping),
        {
          orgId: w.grass.id,
          name: '另一个',
          leaderPersonId: strangerLeader.id,
        },
        TEST_NOW,
      ),
    );
    expect(wrong).toMatchObject({ code: 'STUDIO_PERSON_NOT_FOUND', details: { field: 'leaderPersonId' } });
    const twice = await appError(() =>
      createStudio(w.db, w.staff(w.grass), { orgId: w.grass.id, name: '数控加工创新工作室' }, TEST_NOW),
    );
    expect(twice.code).toBe('STUDIO_NAME_TAKEN');

    await updateStudio(
      w.db,
      w.staff(w.grass),
      id,
      { description: '主攻五轴加工', leaderPersonId: core.id },
      TEST_NOW,
    );
    const after = await getStudioDetail(w.db, w.staff(w.grass), id);
    expect(after).toMatchObject({
      description: '主攻五轴加工',
      leaderName: core.name,
      leaderIsCityModelWorker: false,
    });
    const list = await findStudios(w.db, w.staff(w.yangzhen), {});
    expect(list.items.map((s) => s.id)).not.toContain(id);
  });

  it('recognition climbs town → district → federation; city level opens the ¥30,000 subsidy once, paid through the ledger', async () => {
    const leader = await w.person(w.grass);
    const { id } = await createStudio(
      w.db,
      w.staff(w.grass),
      {
        orgId: w.grass.id,
        name: `电力检修创新工作室${w.ctx.unique()}`,
        leaderPersonId: leader.id,
        foundedOn: '2018-04-01',
      },
      TEST_NOW,
    );
    // A proposal may not precede the studio's present level (founded grassroots on 2018-04-01).
    const early = await appError(() =>
      proposeRecognition(w.db, w.staff(w.grass), id, { level: 'city', effectiveOn: '2017-01-01' }, TEST_NOW),
    );
    expect(early.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(early.messages.zh).toBe('推荐日期 2017-01-01 早于工作室现有等级的起始日期 2018-04-01');
    const { id: rid } = await proposeRecognition(
      w.db,
      w.staff(w.grass),
      id,
      { level: 'city', note: '推荐', effectiveOn: '2018-05-01' },
      TEST_NOW,
    );
    const [r] = (await findRecognitions(w.db, w.staff(w.town), { mine: true })).items.filter(
      (x) => x.id === rid,
    );
    expect(r).toMatchObject({ stepOrgId: w.town.id, steps: 3, step: 0 });
    const notYours = await appError(() =>
      reviewRecognition(w.db, w.reviewer(w.changping), rid, 'approve', {}, TEST_NOW),
    );
    expect(notYours.code).toBe('RECOGNITION_NOT_YOUR_STEP');
    const noReason = await appError(() =>
      reviewRecognition(w.db, w.reviewer(w.town), rid, 'reject', { reason: ' ' }, TEST_NOW),
    );
    expect(noReason.code).toBe('INNOVATION_REASON_REQUIRED');
    const open = await appError(() =>
      proposeRecognition(w.db, w.staff(w.grass), id, { level: 'district' }, TEST_NOW),
    );
    expect(open.code).toBe('RECOGNITION_ALREADY_OPEN');

    // The steps below were taken in 2018, recorded now; no step precedes the proposal or the step below it.
    const beforeProposal = await appError(() =>
      reviewRecognition(w.db, w.staff(w.town), rid, 'approve', { decidedOn: '2018-04-20' }, TEST_NOW),
    );
    expect(beforeProposal.messages.zh).toBe('审核通过日期 2018-04-20 早于推荐或下一级审核日期 2018-05-01');
    await reviewRecognition(w.db, w.staff(w.town), rid, 'approve', { decidedOn: '2018-12-01' }, TEST_NOW);
    await reviewRecognition(
      w.db,
      w.staff(w.changping),
      rid,
      'approve',
      { decidedOn: '2018-12-20' },
      TEST_NOW,
    );
    const beforeStep = await appError(() =>
      reviewRecognition(w.db, w.staff(w.root), rid, 'approve', { decidedOn: '2018-12-10' }, TEST_NOW),
    );
    expect(beforeStep.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(beforeStep.messages.zh).toBe('认定日期 2018-12-10 早于推荐或下一级审核日期 2018-12-20');
    const done = await reviewRecognition(
      w.db,
      w.staff(w.root),
      rid,
      'approve',
      { decidedOn: '2021-06-01' },
      TEST_NOW,
    );
    expect(done).toMatchObject({ status: 'approved', decidedOn: '2021-06-01' });

    const detail = await getStudioDetail(w.db, w.staff(w.grass), id);
    expect(detail).toMatchObject({ level: 'city', levelSince: '2021-06-01' });
    expect(detail.levels.map((l) => [l.level, l.toOn])).toEqual([
      ['grassroots', '2021-06-01'],
      ['city', null],
    ]);
    expect(detail.subsidies).toHaveLength(1);
    const subsidy = detail.subsidies[0];
    expect(subsidy).toMatchObject({
      status: 'submitted',
      amountFen: 3_000_000,
      paidFen: 0,
      appliedOn: '2021-06-01',
    });

    // The application follows the program's chain (district, then federation) and is paid in a batch.
    const programs = w.ctx.services.programs;
    const waivers = [{ key: 'recognition_notice', reason: '认定文件已在认定流程中审核' }];
    await programs.review(w.staff(w.changping), subsidy.applicationId, 'approve', { waivers });
    await programs.review(w.staff(w.root), subsidy.applicationId, 'approve', { waivers });
    const app = await programs.application(w.staff(w.root), subsidy.applicationId);
    const batch = await programs.createBatch(w.staff(w.root), { programId: app.programId, orgId: w.root.id });
    await programs.markPaid(w.staff(w.root), batch.id, 'TEST-1');
    const paid = await getStudioDetail(w.db, w.staff(w.grass), id);
    expect(paid.subsidies[0]).toMatchObject({ status: 'approved', paidFen: 3_000_000 });
  });

  it('a studio recognised at city level again (after a revocation) never gets a second city subsidy; demonstration level opens its own', async () => {
    const { id } = await createStudio(
      w.db,
      w.staff(w.grass),
      {
        orgId: w.grass.id,
        name: `复认定工作室${w.ctx.unique()}`,
        foundedOn: '2019-01-01',
      },
      TEST_NOW,
    );
    await recognise(id, 'city', '2020-05-01');
    await w.db.tx(async (sql) => {
      const { revokeStudio } = await import('./studios.levels.ts');
      const { findStudioById } = await import('./studios.repository.ts');
      await revokeStudio(sql, w.admin, (await findStudioById(sql, id))!, '2022-01-10', '复评不合格');
    });
    await recognise(id, 'city', '2023-03-01');
    await recognise(id, 'city_demonstration', '2024-03-01');
    const detail = await getStudioDetail(w.db, w.staff(w.grass), id);
    expect(detail.subsidies.map((s) => [s.presetKey, s.amountFen])).toEqual([
      ['bjft-studio-city', 3_000_000],
      ['bjft-studio-demonstration', 5_000_000],
    ]);
    const { rows } = await w.db.query<{ n: number }>(
      `select count(*)::int as n from applications where subject_key = $1`,
      [`studio:${id}`],
    );
    expect(rows[0].n).toBe(2);
    const lower = await appError(() =>
      proposeRecognition(w.db, w.staff(w.grass), id, { level: 'city' }, TEST_NOW),
    );
    expect(lower.code).toBe('RECOGNITION_LEVEL_NOT_HIGHER');
  });

  it('two proposals for one studio at once: one is taken, the other refused (one open proposal per studio)', async () => {
    const { id } = await createStudio(
      w.db,
      w.staff(w.grass),
      {
        orgId: w.grass.id,
        name: `并发工作室${w.ctx.unique()}`,
      },
      TEST_NOW,
    );
    const results = await Promise.allSettled([
      proposeRecognition(w.db, w.staff(w.grass), id, { level: 'district' }, TEST_NOW),
      proposeRecognition(w.db, w.staff(w.town), id, { level: 'city' }, TEST_NOW),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.code).toBe('RECOGNITION_ALREADY_OPEN');
  });

  it('the maintained counts agree with the studio rows and their level history', async () => {
    const rows = await sumCounts(w.db, { subject: 'innovation.studios', path: w.root.path, by: ['dim'] });
    const counted = Object.fromEntries(rows.filter((r) => r.n).map((r) => [r.dim, r.n]));
    const { rows: raw } = await w.db.query<{ level: string; n: number }>(
      `select s.level, count(*)::int as n from innovation_studios s join orgs o on o.id = s.org_id
        where o.path like $1 and s.status = 'active' group by s.level`,
      [`${w.root.path}%`],
    );
    expect(counted).toEqual(Object.fromEntries(raw.map((r) => [r.level, r.n])));
    const promotions = await sumCounts(w.db, {
      subject: 'innovation.promotions',
      path: w.root.path,
      by: ['dim'],
    });
    const { rows: rawPromotions } = await w.db.query<{ n: number }>(
      `select count(*)::int as n from innovation_recognitions
        where status = 'approved' and from_level not in ('grassroots') and level <> from_level`,
    );
    expect(promotions.reduce((a, r) => a + r.n, 0)).toBe(rawPromotions[0].n);
  });
  it('a city-level recognition of a past year opens its subsidy in that year; before any program, the recognition stands and says why', async () => {
    const studioAt = async (name: string) => {
      const leader = await w.person(w.grass);
      return (
        await createStudio(
          w.db,
          w.staff(w.grass),
          {
            orgId: w.grass.id,
            name: `${name}${w.ctx.unique()}`,
            leaderPersonId: leader.id,
            foundedOn: '2014-01-01',
          },
          TEST_NOW,
        )
      ).id;
    };
    const in2017 = await studioAt('二〇一七年晋级工作室');
    await recognise(in2017, 'city', '2017-06-30');
    const d2017 = await getStudioDetail(w.db, w.admin, in2017);
    expect(d2017).toMatchObject({ level: 'city', levelSince: '2017-06-30' });
    expect(d2017.subsidies.map((x) => [x.appliedOn, x.amountFen])).toEqual([['2017-06-30', 3_000_000]]);

    const in2015 = await studioAt('二〇一五年晋级工作室');
    const { id } = await proposeRecognition(
      w.db,
      w.staff(w.grass),
      in2015,
      { level: 'city', effectiveOn: '2015-05-01' },
      TEST_NOW,
    );
    let last: Awaited<ReturnType<typeof reviewRecognition>> | undefined;
    for (const org of [w.town, w.changping, w.root]) {
      last = await reviewRecognition(
        w.db,
        w.staff(org),
        id,
        'approve',
        { decidedOn: '2015-05-01' },
        TEST_NOW,
      );
    }
    expect(last?.status).toBe('approved');
    expect(last?.subsidyRefused?.zh).toMatch(/^认定已生效，但认定助推未能开启：.*2015-05-01/);
    const d2015 = await getStudioDetail(w.db, w.admin, in2015);
    expect(d2015).toMatchObject({ level: 'city', levelSince: '2015-05-01', subsidies: [] });
  });
});
