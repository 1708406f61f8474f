import { expect } from 'vitest';
import { aimed, createsFor, scoped, self, setupWorker, unaimedList } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, Fx, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for the learning community. Setup gives 昌平 a course (with a document lesson), a resource, a
 * site licensed that course, an activity, a master and an enrolment of one of its members this year, so its own
 * lists and statistics show 昌平 rows; the demo worker (杨镇) gets an enrolment in a demo course, a request
 * addressed to them as a master, and a document lesson to open.
 */

/** The year of the app's day. */
const year = (f: Fx) => Number(f.today.slice(0, 4));
const pdf = {
  name: '讲义.pdf',
  mime: 'application/pdf',
  dataBase64: Buffer.from('%PDF-1.4 test').toString('base64'),
};
const course = (orgId: number, title: string) => ({ orgId, title, kind: 'safety', minutes: 30 });
const licence = (number: string, courseId: number) => ({
  number,
  startsOn: '2020-01-01',
  endsOn: '2099-12-31',
  seats: 10,
  courseIds: [courseId],
});
const activity = (orgId: number) => ({
  orgId,
  title: '读书会',
  kind: 'reading',
  carrier: 'reading_room',
  venue: '职工书屋',
  heldOn: '2021-04-23',
  minutes: 60,
  capacity: 10,
});

export async function setup({ api, db, services, f }: SetupContext): Promise<Record<string, number>> {
  type Row = { id: number };
  const cpCourse = (await api(
    'changping',
    'POST',
    '/api/learning/courses',
    course(f.cp, '昌平安全课'),
  )) as Row;
  const cpLesson = (await api('changping', 'POST', `/api/learning/courses/${cpCourse.id}/lessons`, {
    title: '讲义',
    kind: 'document',
    file: pdf,
  })) as Row;
  await api('changping', 'POST', '/api/learning/resources', {
    orgId: f.cp,
    title: '昌平电子书',
    kind: 'ebook',
    terms: '仅限本区',
  });
  const cpSite = (await api('changping', 'POST', '/api/learning/sites', {
    orgId: f.cp,
    name: '昌平示范点（范围测试）',
    level: 'district',
    signedOn: '2020-01-09',
  })) as Row;
  const cpLicence = (await api(
    'changping',
    'POST',
    `/api/learning/sites/${cpSite.id}/licences`,
    licence('CP-SCOPE-LICENCE', cpCourse.id),
  )) as Row;
  const cpActivity = (await api('changping', 'POST', '/api/learning/activities', activity(f.cp))) as Row;
  await api('changping', 'POST', '/api/learning/masters', {
    personId: f.cpMember,
    title: 'craftsman',
    speciality: '电工',
  });
  await services.learning.enrolment.enrol(setupWorker(f.cpMember), {
    courseId: cpCourse.id,
    licenceId: cpLicence.id,
  });
  await services.learning.activities.signUpMe(setupWorker(f.cpMember2), cpActivity.id).catch(() => undefined);
  await db.query(
    `insert into learning_signups (activity_id, person_id, org_id)
     select $1, $2, m.org_id from memberships m where m.person_id = $2 and m.status = 'active'`,
    [cpActivity.id, f.cpMember2],
  );

  // The demo worker: enrolled in one demo course whose lessons include a document file; a master too.
  const { rows: demo } = await db.query<{ courseId: number; licenceId: number }>(
    `select lc.course_id as "courseId", li.id as "licenceId" from learning_licences li
     join learning_licence_courses lc on lc.licence_id = li.id where li.number = 'XXSQ-2020-001'
     order by lc.course_id`,
  );
  await api('admin', 'POST', `/api/learning/courses/${demo[0].courseId}/lessons`, {
    title: '讲义',
    kind: 'document',
    file: pdf,
  });
  const mine = await services.learning.enrolment.enrol(setupWorker(f.workerPerson), demo[0]);
  const { rows: lessons } = await db.query<Row>(
    'select id from learning_lessons where course_id = $1 and data is not null',
    [demo[0].courseId],
  );
  const { rows: master } = await db.query<Row>(
    `insert into learning_masters (person_id, org_id, title, speciality)
     select $1, org_id, 'model_worker', '包装' from memberships where person_id = $1 and status = 'active' returning id`,
    [f.workerPerson],
  );
  const { rows: asked } = await db.query<Row>(
    `insert into learning_requests (person_id, master_id, kind, text) values ($1, $2, 'question', '请教') returning id`,
    [f.yzMember, master[0].id],
  );
  const { rows: otherMaster } = await db.query<Row>(
    `select m.id from learning_masters m join users u on u.person_id = m.person_id where u.username = 'worker2'`,
  );
  return {
    cpCourse: cpCourse.id,
    cpLesson: cpLesson.id,
    cpSite: cpSite.id,
    cpLicence: cpLicence.id,
    cpActivity: cpActivity.id,
    demoCourse2: demo[1].courseId,
    demoLicence: demo[0].licenceId,
    myEnrolment: mine.id,
    myLesson: lessons[0].id,
    myRequest: asked[0].id,
    otherMaster: otherMaster[0].id,
  };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/learning/courses': unaimedList,
  'POST /api/learning/courses': createsFor(
    (org) => course(org, '越权课程'),
    (f) => course(f.cp, '昌平第二课'),
  ),
  'GET /api/learning/courses/:id': aimed((f) => ({ params: { id: f.ids.cpCourse } })),
  'POST /api/learning/courses/:id/lessons': scoped({
    denied: (f) => [
      { params: { id: f.ids.cpCourse }, body: { title: '越权', kind: 'link', url: 'https://example.org' } },
    ],
    control: (f) => ({
      params: { id: f.ids.cpCourse },
      body: { title: '第二讲', kind: 'link', url: 'https://example.org' },
    }),
  }),
  'GET /api/learning/lessons/:id/file': aimed((f) => ({ params: { id: f.ids.cpLesson } })),
  'GET /api/learning/resources': unaimedList,
  'POST /api/learning/resources': scoped({
    denied: (f) => [{ body: { orgId: f.cp, title: '越权', kind: 'ebook', terms: '无' } }],
    control: (f) => ({ body: { orgId: f.cp, title: '昌平视频', kind: 'video', terms: '仅限本区' } }),
  }),
  'GET /api/learning/sites': unaimedList,
  'POST /api/learning/sites': scoped({
    denied: (f) => [
      { body: { orgId: f.cp, name: '越权示范点', level: 'enterprise', signedOn: '2020-01-09' } },
    ],
    control: (f) => ({
      body: { orgId: f.cp, name: '昌平第二示范点', level: 'enterprise', signedOn: '2020-01-09' },
    }),
  }),
  'POST /api/learning/sites/:id/licences': scoped({
    denied: (f) => [{ params: { id: f.ids.cpSite }, body: licence('DENIED-LICENCE', f.ids.cpCourse) }],
    control: (f) => ({ params: { id: f.ids.cpSite }, body: licence('CP-SCOPE-LICENCE-2', f.ids.cpCourse) }),
  }),
  'GET /api/learning/licences/:id/certificate.pdf': aimed((f) => ({ params: { id: f.ids.cpLicence } })),
  'GET /api/learning/activities': unaimedList,
  'POST /api/learning/activities': scoped({
    denied: (f) => [{ body: activity(f.cp) }, { body: activity(f.cpGrassroots) }],
    control: (f) => ({ body: activity(f.cpTown) }),
  }),
  'GET /api/learning/activities/:id/signups': aimed((f) => ({ params: { id: f.ids.cpActivity } })),
  'POST /api/learning/activities/:id/attendance': aimed((f) => ({
    params: { id: f.ids.cpActivity },
    body: { personIds: [f.cpMember2] },
  })),
  'GET /api/learning/masters': unaimedList,
  'POST /api/learning/masters': scoped({
    denied: (f) => [{ body: { personId: f.cpMember2, title: 'craftsman', speciality: '越权' } }],
    control: (f) => ({ body: { personId: f.cpMember2, title: 'model_worker', speciality: '护理' } }),
  }),
  'GET /api/learning/stats': scoped({
    denied: (f) => [{ query: { year: year(f), orgId: f.cp } }],
    lists: (f) => [{ query: { year: year(f) } }],
    control: (f) => ({ query: { year: year(f) } }),
  }),
  'GET /api/learning/stats.xlsx': scoped({
    denied: (f) => [{ query: { year: year(f), orgId: f.cp } }],
    lists: (f) => [{ query: { year: year(f) } }],
    control: (f) => ({ query: { year: year(f) } }),
  }),

  'GET /api/me/learning': self(
    () => ({}),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      const body = res.json() as {
        catalogue: { licenceId: number }[];
        enrolments: { id: number }[];
        isMaster: boolean;
      };
      expect(body.catalogue.some((c) => c.licenceId === f.ids.cpLicence)).toBe(false);
      expect(body.enrolments.map((e) => e.id)).toContain(f.ids.myEnrolment);
      expect(body.isMaster).toBe(true);
    },
  ),
  'POST /api/me/learning/enrolments': self(
    (f) => ({ body: { courseId: f.ids.demoCourse2, licenceId: f.ids.demoLicence } }),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ courseId: f.ids.demoCourse2 });
    },
  ),
  'GET /api/me/learning/enrolments/:id': self((f) => ({ params: { id: f.ids.myEnrolment } })),
  'POST /api/me/learning/progress': self((f) => ({ body: { lessonId: f.ids.myLesson, positionSeconds: 0 } })),
  'GET /api/me/learning/lessons/:id/file': self((f) => ({ params: { id: f.ids.myLesson } })),
  'GET /api/me/learning/activities': self(
    () => ({}),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      expect((res.json() as { items: { id: number }[] }).items.some((a) => a.id === f.ids.cpActivity)).toBe(
        false,
      );
    },
  ),
  'POST /api/me/learning/activities/:id/signup': self(
    (f) => ({ params: { id: f.ids.cpActivity }, body: {} }),
    (_f, res) => expect(res.statusCode).toBe(404),
  ),
  'GET /api/me/learning/masters': self(
    () => ({}),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      const ids = (res.json() as { items: { personId: number }[] }).items.map((m) => m.personId);
      expect(ids).not.toContain(f.workerPerson);
    },
  ),
  'GET /api/me/learning/requests': self(
    () => ({}),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(
        (res.json() as { items: { id: number; mine: boolean }[] }).items.find(
          (r) => r.id === f.ids.myRequest,
        ),
      ).toMatchObject({
        mine: false,
      });
    },
  ),
  'POST /api/me/learning/requests': self((f) => ({
    body: { masterId: f.ids.otherMaster, kind: 'question', text: '包装机卡纸怎么处理？' },
  })),
  'POST /api/me/learning/requests/:id/answer': self((f) => ({
    params: { id: f.ids.myRequest },
    body: { answer: '先断电再清理' },
  })),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/learning/stats.xlsx': (x) => ({ query: { orgId: x.root, year: x.year } }),
};
