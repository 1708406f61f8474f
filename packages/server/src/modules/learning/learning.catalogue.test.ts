import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createLearningService } from './learning.service.ts';

/**
 * The course a worker may enrol in is offered through one licence: of those ending last, the one with the most seats
 * left, whatever order the database happens to read them in — so the site and the seats a worker reads stay the same
 * from one visit to the next.
 */
const w = serviceWorld({
  at: TEST_NOW,
  service: (db, clock) => createLearningService(db, clock),
  tree: { firm: 'root/district/grassroots' },
});

describe('the licence a course is offered through', () => {
  it('is, of the licences ending last, the one with the most seats left', async () => {
    const staff = w.t.actor('staff', w.root);
    const course = await w.svc.courses.createCourse(staff, {
      orgId: w.root.id,
      title: `消防安全${w.t.unique()}`,
      kind: 'skill',
      minutes: 60,
    });
    const licence = async (seats: number) => {
      const site = await w.svc.sites.createSite(staff, {
        orgId: w.root.id,
        name: `示范点${w.t.unique()}`,
        level: 'district',
        signedOn: '2020-01-09',
      });
      const l = await w.svc.sites.createLicence(staff, site.id, {
        number: `SQ-${w.t.unique()}`,
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
      const p = await w.t.newPerson(w.firm);
      const mine = await w.svc.enrolment.myLearning(w.t.actor('worker', null, p.id));
      const c = mine.catalogue.find((x) => x.courseId === course.id);
      return { licenceId: c?.licenceId, siteName: c?.siteName, seatsLeft: c?.seatsLeft };
    };
    const expected = { licenceId: many.id, siteName: many.siteName, seatsLeft: 500 };
    expect(await offered()).toEqual(expected);
    // a seat taken through the other licence rewrites its row; the course is still offered the same way
    const p = await w.t.newPerson(w.firm);
    await w.svc.enrolment.enrol(w.t.actor('worker', null, p.id), {
      courseId: course.id,
      licenceId: few.id,
    });
    expect(await offered()).toEqual(expected);
  });
});
