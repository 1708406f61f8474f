import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createLearningService, type LearningService } from './learning.service.ts';

/**
 * The course a worker may enrol in is offered through one licence: of those ending last, the one with the most seats
 * left, whatever order the database happens to read them in — so the site and the seats a worker reads stay the same
 * from one visit to the next.
 */
let db: Db;
let ctx: TestContext;
let learning: LearningService;
let root: OrgRow;
let firm: OrgRow;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  learning = createLearningService(db, fixedClock());
  root = await ctx.newRoot();
  firm = await ctx.newOrg(await ctx.newOrg(root, 'district'));
});
afterAll(async () => db?.close());

describe('the licence a course is offered through', () => {
  it('is, of the licences ending last, the one with the most seats left', async () => {
    const staff = ctx.actor('staff', root);
    const course = await learning.courses.createCourse(staff, {
      orgId: root.id,
      title: `消防安全${ctx.unique()}`,
      kind: 'skill',
      minutes: 60,
    });
    const licence = async (seats: number) => {
      const site = await learning.sites.createSite(staff, {
        orgId: root.id,
        name: `示范点${ctx.unique()}`,
        level: 'district',
        signedOn: '2020-01-09',
      });
      const l = await learning.sites.createLicence(staff, site.id, {
        number: `SQ-${ctx.unique()}`,
        startsOn: '2020-01-01',
        endsOn: '2099-12-31',
        seats,
        courseIds: [course.id],
      });
      return { id: l.id, siteName: site.name };
    };
    const few = await licence(5);
    const many = await licence(500);
    const offered = async () => {
      const p = await ctx.newPerson(firm);
      const mine = await learning.enrolment.myLearning(ctx.actor('worker', null, p.id));
      const c = mine.catalogue.find((x) => x.courseId === course.id);
      return { licenceId: c?.licenceId, siteName: c?.siteName, seatsLeft: c?.seatsLeft };
    };
    const expected = { licenceId: many.id, siteName: many.siteName, seatsLeft: 500 };
    expect(await offered()).toEqual(expected);
    // a seat taken through the other licence rewrites its row; the course is still offered the same way
    const p = await ctx.newPerson(firm);
    await learning.enrolment.enrol(ctx.actor('worker', null, p.id), {
      courseId: course.id,
      licenceId: few.id,
    });
    expect(await offered()).toEqual(expected);
  });
});
