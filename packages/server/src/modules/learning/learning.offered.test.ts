import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createLearningService } from './learning.service.ts';

/**
 * A course and a site of a union above are seen by the unions below, which may neither add a lesson to the one
 * nor license the other: the answers say so, as the writes decide, so the page offers neither.
 */
const w = serviceWorld({
  at: TEST_NOW,
  service: (db, clock) => createLearningService(db, clock),
  tree: { district: 'root/district' },
});

describe('what a union below may do with a course or a site offered from above', () => {
  it('adds lessons only to a course of its own subtree', async () => {
    const course = await w.svc.courses.createCourse(w.t.actor('staff', w.root), {
      orgId: w.root.id,
      title: `安全生产${w.t.unique()}`,
      kind: 'skill',
      minutes: 60,
    });
    const lesson = { title: '链接', kind: 'link' as const, url: 'https://example.org/a' };
    const below = w.t.actor('staff', w.district);
    expect((await w.svc.courses.getCourse(below, course.id)).mayAddLessons).toBe(false);
    await expect(w.svc.courses.addLesson(below, course.id, lesson)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await w.svc.courses.getCourse(w.t.actor('staff', w.root), course.id)).mayAddLessons).toBe(true);
    expect((await w.svc.courses.getCourse(w.t.actor('reviewer', w.root), course.id)).mayAddLessons).toBe(
      false,
    );
    const own = await w.svc.courses.createCourse(below, {
      orgId: w.district.id,
      title: `区课程${w.t.unique()}`,
      kind: 'skill',
      minutes: 30,
    });
    expect((await w.svc.courses.getCourse(below, own.id)).mayAddLessons).toBe(true);
  });

  it('licenses only a site of its own subtree', async () => {
    const site = await w.svc.sites.createSite(w.t.actor('staff', w.root), {
      orgId: w.root.id,
      name: `示范点${w.t.unique()}`,
      level: 'district',
      signedOn: '2020-01-09',
    });
    expect(site.mayLicense).toBe(true);
    const below = w.t.actor('staff', w.district);
    const seen = (await w.svc.sites.listSites(below)).find((s) => s.id === site.id);
    expect(seen?.mayLicense).toBe(false);
    const licence = {
      number: `SQ-${w.t.unique()}`,
      startsOn: '2020-01-01',
      endsOn: '2099-12-31',
      seats: 5,
      courseIds: [],
    };
    await expect(w.svc.sites.createLicence(below, site.id, licence)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const mine = (await w.svc.sites.listSites(w.t.actor('staff', w.root))).find((s) => s.id === site.id);
    expect(mine?.mayLicense).toBe(true);
    const reader = (await w.svc.sites.listSites(w.t.actor('reviewer', w.root))).find((s) => s.id === site.id);
    expect(reader?.mayLicense).toBe(false);
  });
});
