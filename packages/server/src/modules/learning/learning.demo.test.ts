import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDb, demoClock, demoDay } from '../../../test/demo-db.ts';
import { createTestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { renderCertificate } from './certificate.ts';
import { DEMO_SITES } from './learning.demo.ts';
import { createLearningService } from './learning.service.ts';
import { learningStats } from './stats.service.ts';

/** Seed 004 read out of the loaded demo: the four "四级联动" sites, each licensed, and the demo year's figures. */
let db: Db;
let admin: Actor;
let learning: ReturnType<typeof createLearningService>;

beforeAll(async () => {
  db = await createDemoDb();
  const ctx = createTestContext(db);
  admin = ctx.actor('admin', null);
  learning = createLearningService(db, demoClock());
});
afterAll(async () => db?.close());

describe('demo: the learning community of seed 004', () => {
  it('has the first four demonstration sites, one per level, each with a licence in force and a certificate', async () => {
    const sites = await learning.sites.listSites(admin);
    expect(sites.map((s) => [s.name, s.level, s.signedOn])).toEqual([
      ['全国工会电子职工书屋', 'national', '2020-01-09'],
      ['海南工会云', 'provincial', '2020-01-09'],
      ['沙湾区总工会', 'district', '2020-01-09'],
      ['中建二局工会', 'enterprise', '2020-01-09'],
    ]);
    for (const s of sites) {
      expect(s.licences).toHaveLength(1);
      expect(s.licences[0]).toMatchObject({
        active: true,
        number: DEMO_SITES.find((d) => d.name === s.name)?.number,
      });
      expect(s.licences[0].courses.length).toBeGreaterThan(0);
      const l = await learning.sites.getLicenceForCertificate(admin, s.licences[0].id);
      expect((await renderCertificate({ ...l, issuer: l.orgName })).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('the demo year (2021 in 通州) reads out of the statistics as counted from the raw rows', async () => {
    const stats = await learningStats(db, admin, { year: 2021 }, demoDay());
    const { rows } = await db.query<{ enrolments: number; completions: number }>(
      `select count(*)::int as enrolments, count(completed_on)::int as completions from learning_enrolments
       where extract(year from enrolled_on) = 2021`,
    );
    expect(rows[0].enrolments).toBe(40);
    expect(stats.totals).toMatchObject({ enrolments: 40, completions: 30, activityHours: 30 });
    expect(stats.byUnion.map((u) => u.name)).toEqual(['北京市总工会']);
    expect(stats.bySite.map((s) => s.name)).toEqual(['全国工会电子职工书屋']);
    const training = await db.query<{ n: number }>(
      `select count(*)::int as n from records where source = 'learning' and kind = 'training' and year = 2021`,
    );
    expect(training.rows[0].n).toBe(30);
  });
});
