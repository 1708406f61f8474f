import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { sumCounts } from '../../reporting/index.ts';
import { recogniseAtLevel } from './studios.levels.ts';
import {
  createReevaluation,
  decideAnnualReport,
  fileAnnualReport,
  findReevaluations,
  getReevaluationDetail,
} from './studios.reevaluation.ts';
import { findStudioById } from './studios.repository.ts';
import { createStudio, getStudioDetail } from './studios.service.ts';
import { appError, createStudiosWorld } from './studios.test-kit.ts';

const w = worldPerFile(createStudiosWorld);
const studios: number[] = [];

/** A studio of the 昌平 grassroots union at district level since 2019. */
async function districtStudio(name: string) {
  const { id } = await createStudio(
    w.db,
    w.staff(w.grass),
    {
      orgId: w.grass.id,
      name,
      foundedOn: '2018-01-01',
    },
    TEST_NOW,
  );
  await w.db.tx(async (sql) => {
    const studio = await findStudioById(sql, id);
    if (studio) await recogniseAtLevel(sql, w.admin, studio, 'district', '2019-06-01');
  });
  return id;
}

beforeAll(async () => {
  for (const name of ['甲工作室', '乙工作室', '丙工作室']) studios.push(await districtStudio(name));
});

describe('annual re-evaluation', () => {
  it('lists the studios at its level, takes their reports, lists those filing nothing as overdue, and revokes with a reason', async () => {
    const district2023 = {
      orgId: w.changping.id,
      year: 2023,
      level: 'district',
      dueOn: '2024-01-31',
    } as const;
    const { id } = await createReevaluation(w.db, w.staff(w.changping), district2023);
    /** A studio's report to this re-evaluation, filed by its union's staff. */
    const report = (studioId: number, r: Parameters<typeof fileAnnualReport>[4]) =>
      fileAnnualReport(w.db, w.staff(w.grass), id, studioId, r, TEST_NOW);
    const again = await appError(() => createReevaluation(w.db, w.staff(w.changping), district2023));
    expect(again.code).toBe('REEVALUATION_EXISTS');
    const outsider = await appError(() => createReevaluation(w.db, w.staff(w.yangzhen), district2023));
    expect(outsider.code).toBe('NOT_FOUND');

    const [a, b, c] = studios;
    const { rows: made } = await w.db.query<{ id: number }>(
      `insert into innovation_achievements (studio_id, org_id, title, type, year)
       values ($1, $2, '数控刀具快换装置', 'technical_innovation', 2023) returning id`,
      [a, w.grass.id],
    );
    const achievementId = Number(made[0].id);
    await report(a, {
      activities: '开展技术攻关12次',
      peopleTrained: 40,
      achievementIds: [achievementId],
    });
    await report(b, {
      activities: '培训活动3次',
      peopleTrained: 5,
      filedOn: '2024-01-10',
    });
    const stranger = await appError(() =>
      report(c, {
        activities: '—',
        peopleTrained: 1,
        achievementIds: [999999],
      }),
    );
    expect(stranger).toMatchObject({
      code: 'REEVALUATION_ACHIEVEMENT_INVALID',
      details: { field: 'achievementIds' },
    });

    const detail = await getReevaluationDetail(w.db, w.staff(w.changping), id, TEST_NOW);
    expect(detail.studios.map((s) => [s.studioName, s.reportId !== null, s.overdue])).toEqual([
      ['甲工作室', true, false],
      ['乙工作室', true, false],
      ['丙工作室', false, true],
    ]);
    expect(detail.overdue).toBe(1);
    expect(detail.studios[0]).toMatchObject({
      achievementIds: [achievementId],
      achievements: [{ id: achievementId, title: '数控刀具快换装置', year: 2023 }],
    });
    // The grassroots union sees the campaign of the district above it, with only its own studios.
    expect((await findReevaluations(w.db, w.staff(w.grass))).items.map((e) => e.id)).toContain(id);
    expect((await findReevaluations(w.db, w.staff(w.yangzhen))).items.map((e) => e.id)).not.toContain(id);

    const noReason = await appError(() =>
      decideAnnualReport(w.db, w.staff(w.changping), id, b, { outcome: 'revoke', reason: '' }, TEST_NOW),
    );
    expect(noReason.code).toBe('INNOVATION_REASON_REQUIRED');
    const notFiled = await appError(() =>
      decideAnnualReport(w.db, w.staff(w.changping), id, c, { outcome: 'pass' }, TEST_NOW),
    );
    expect(notFiled.code).toBe('REEVALUATION_REPORT_MISSING');
    const grassDecides = await appError(() =>
      decideAnnualReport(w.db, w.staff(w.grass), id, a, { outcome: 'pass' }, TEST_NOW),
    );
    expect(grassDecides.code).toBe('NOT_FOUND');

    await decideAnnualReport(w.db, w.staff(w.changping), id, a, { outcome: 'pass' }, TEST_NOW);
    await decideAnnualReport(
      w.db,
      w.staff(w.changping),
      id,
      b,
      {
        outcome: 'revoke',
        reason: '全年活动不足，未完成培训任务',
        decidedOn: '2024-03-15',
      },
      TEST_NOW,
    );
    const decided = await appError(() => report(b, { activities: '补交', peopleTrained: 9 }));
    expect(decided.code).toBe('REEVALUATION_REPORT_DECIDED');

    const revoked = await getStudioDetail(w.db, w.staff(w.grass), b);
    expect(revoked.status).toBe('revoked');
    expect(revoked.levels.at(-1)).toMatchObject({
      level: 'district',
      toOn: '2024-03-15',
      reason: '全年活动不足，未完成培训任务',
    });

    // Statistics: the studio counts at district level until the revocation, then no more.
    const at = (to: string) =>
      sumCounts(w.db, { subject: 'innovation.studios', path: w.changping.path, to, by: ['dim'] }).then(
        (rows) => rows.find((r) => r.dim === 'district')?.n ?? 0,
      );
    expect(await at('2023-12')).toBe(3);
    expect(await at('2024-03')).toBe(2);
    const revocations = await sumCounts(w.db, {
      subject: 'innovation.revocations',
      path: w.changping.path,
      from: '2024',
      to: '2024',
    });
    expect(revocations[0]?.n).toBe(1);
    const after = await getReevaluationDetail(w.db, w.staff(w.changping), id, TEST_NOW);
    expect(after.studios.find((s) => s.studioId === b)).toMatchObject({
      outcome: 'revoke',
      status: 'revoked',
    });
  });
});
