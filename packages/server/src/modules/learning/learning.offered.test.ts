import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createLearningService, type LearningService } from './learning.service.ts';

/**
 * A course and a site of a union above are seen by the unions below, which may neither add a lesson to the one
 * nor license the other: the answers say so, as the writes decide, so the page offers neither.
 */
let db: Db;
let ctx: TestContext;
let learning: LearningService;
let root: OrgRow;
let district: OrgRow;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  learning = createLearningService(db, fixedClock());
  root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
});
afterAll(async () => db?.close());

describe('what a union below may do with a course or a site offered from above', () => {
  it('adds lessons only to a course of its own subtree', async () => {
    const course = await learning.courses.createCourse(ctx.actor('staff', root), {
      orgId: root.id,
      title: `安全生产${ctx.unique()}`,
      kind: 'skill',
      minutes: 60,
    });
    const lesson = { title: '链接', kind: 'link' as const, url: 'https://example.org/a' };
    const below = ctx.actor('staff', district);
    expect((await learning.courses.getCourse(below, course.id)).mayAddLessons).toBe(false);
    await expect(learning.courses.addLesson(below, course.id, lesson)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await learning.courses.getCourse(ctx.actor('staff', root), course.id)).mayAddLessons).toBe(true);
    expect((await learning.courses.getCourse(ctx.actor('reviewer', root), course.id)).mayAddLessons).toBe(
      false,
    );
    const own = await learning.courses.createCourse(below, {
      orgId: district.id,
      title: `区课程${ctx.unique()}`,
      kind: 'skill',
      minutes: 30,
    });
    expect((await learning.courses.getCourse(below, own.id)).mayAddLessons).toBe(true);
  });

  it('licenses only a site of its own subtree', async () => {
    const site = await learning.sites.createSite(ctx.actor('staff', root), {
      orgId: root.id,
      name: `示范点${ctx.unique()}`,
      level: 'district',
      signedOn: '2020-01-09',
    });
    expect(site.mayLicense).toBe(true);
    const below = ctx.actor('staff', district);
    const seen = (await learning.sites.listSites(below)).find((s) => s.id === site.id);
    expect(seen?.mayLicense).toBe(false);
    const licence = {
      number: `SQ-${ctx.unique()}`,
      startsOn: '2020-01-01',
      endsOn: '2099-12-31',
      seats: 5,
      courseIds: [],
    };
    await expect(learning.sites.createLicence(below, site.id, licence)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const mine = (await learning.sites.listSites(ctx.actor('staff', root))).find((s) => s.id === site.id);
    expect(mine?.mayLicense).toBe(true);
    const reader = (await learning.sites.listSites(ctx.actor('reviewer', root))).find(
      (s) => s.id === site.id,
    );
    expect(reader?.mayLicense).toBe(false);
  });
});
