import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_TODAY, TEST_YEAR } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { renderCertificate } from './certificate.ts';
import { trainingRef } from './completion.ts';
import { listCourseRows } from './courses.repository.ts';
import { enrolPerson, recordProgress } from './enrolment.service.ts';
import { LEARNING_SUBJECTS } from './learning.counts.ts';
import { createLearningService, type LearningService } from './learning.service.ts';
import { learningStats, statsWorkbook } from './stats.service.ts';

/** Courses, licences, enrolment and progress, completion into a training record, activities, masters, statistics. */
let db: Db;
let ctx: TestContext;
let learning: LearningService;
let root: OrgRow;
let district: OrgRow;
let firm: OrgRow;
let other: OrgRow;
let staff: Actor;
let courseId: number;
let lessonIds: number[];
let siteId: number;
let licenceId: number;
/** A licence of the course from 1 January 2020, made by `by` at `site`, numbered `<prefix>-<unique>`. */
const newLicence = (by: Actor, site: number, o: { prefix: string; endsOn: string; seats: number }) =>
  learning.sites.createLicence(by, site, {
    number: `${o.prefix}-${ctx.unique()}`,
    startsOn: '2020-01-01',
    endsOn: o.endsOn,
    seats: o.seats,
    courseIds: [courseId],
  });
const today = TEST_TODAY;
const year = TEST_YEAR;

async function worker(org = firm) {
  const p = await ctx.newPerson(org);
  return { person: p, actor: ctx.actor('worker', null, p.id) };
}

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  learning = createLearningService(db, fixedClock());
  root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  firm = await ctx.newOrg(district);
  other = await ctx.newOrg(root, 'district');
  staff = ctx.actor('staff', root);
  const course = await learning.courses.createCourse(staff, {
    orgId: root.id,
    title: `数控车工技能${ctx.unique()}`,
    kind: 'skill',
    minutes: 90,
  });
  courseId = course.id;
  const video = await learning.courses.addLesson(staff, courseId, {
    title: '第一课 视频',
    kind: 'video',
    durationSeconds: 300,
    file: { name: 'lesson.webm', mime: 'video/webm', data: Buffer.from('webm-bytes') },
  });
  const doc = await learning.courses.addLesson(staff, courseId, {
    title: '第二课 讲义',
    kind: 'document',
    file: { name: '讲义.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4') },
  });
  lessonIds = [video.id, doc.id];
  const site = await learning.sites.createSite(staff, {
    orgId: root.id,
    name: `示范点${ctx.unique()}`,
    level: 'district',
    signedOn: '2020-01-09',
  });
  siteId = site.id;
  const licence = await newLicence(staff, siteId, { prefix: 'SQ', endsOn: '2099-12-31', seats: 100 });
  licenceId = licence.id;
});
afterAll(async () => db?.close());

describe('courses and licences', () => {
  it('a course lists its lessons in order; its file is served to staff who reach the course', async () => {
    const { lessons, course } = await learning.courses.getCourse(staff, courseId);
    expect(lessons.map((l) => l.title)).toEqual(['第一课 视频', '第二课 讲义']);
    expect(course.lessonCount).toBe(2);
    const file = await learning.courses.getLessonFile(ctx.actor('staff', district), lessonIds[1]);
    expect(file.data.toString()).toBe('%PDF-1.4');
    await expect(
      learning.courses.createCourse(ctx.actor('staff', other), {
        orgId: root.id,
        title: 'x',
        kind: 'skill',
        minutes: 1,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a link lesson without its address and a lesson file of the wrong type, naming the field', async () => {
    await expect(
      learning.courses.addLesson(staff, courseId, { title: '链接', kind: 'link' }),
    ).rejects.toMatchObject({
      code: 'LEARNING_INVALID',
      details: { field: 'url' },
    });
  });

  it('refuses a licence ending before it starts or naming a missing course, and writes nothing', async () => {
    const input = {
      number: `BAD-${ctx.unique()}`,
      startsOn: '2021-01-01',
      endsOn: '2020-01-01',
      seats: 1,
      courseIds: [courseId],
    };
    await expect(learning.sites.createLicence(staff, siteId, input)).rejects.toMatchObject({
      details: { field: 'endsOn' },
    });
    await expect(
      learning.sites.createLicence(staff, siteId, {
        ...input,
        endsOn: '2022-01-01',
        courseIds: [courseId, 99999999],
      }),
    ).rejects.toMatchObject({ details: { field: 'courseIds.1' } });
    const { rows } = await db.query('select 1 from learning_licences where number = $1', [input.number]);
    expect(rows).toHaveLength(0);
  });

  it('prints the licence certificate as a PDF', async () => {
    const l = await learning.sites.getLicenceForCertificate(staff, licenceId);
    const pdf = await renderCertificate({ ...l, issuer: l.orgName });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });
});

describe('enrolment and progress', () => {
  it('a worker enrols, keeps the resume position, and completing writes the training record once', async () => {
    const w = await worker();
    const mine = await learning.enrolment.myLearning(w.actor);
    expect(mine.catalogue.map((c) => c.courseId)).toContain(courseId);
    const e = await learning.enrolment.enrol(w.actor, { courseId, licenceId });
    expect(e).toMatchObject({ courseId, lessonCount: 2, lessonsDone: 0, completedOn: null });
    const half = await learning.enrolment.reportProgress(w.actor, {
      lessonId: lessonIds[0],
      positionSeconds: 120,
    });
    expect(half).toEqual({ positionSeconds: 120, done: false, completedOn: null });
    const detail = await learning.enrolment.getMyEnrolment(w.actor, e.id);
    expect(detail.lessons[0]).toMatchObject({ positionSeconds: 120, done: false });
    await learning.enrolment.reportProgress(w.actor, {
      lessonId: lessonIds[0],
      positionSeconds: 300,
      ended: true,
    });
    const last = await learning.enrolment.reportProgress(w.actor, {
      lessonId: lessonIds[1],
      positionSeconds: 0,
    });
    expect(last).toMatchObject({ done: true, completedOn: today });
    // Reporting again changes nothing: one record, one completion.
    await learning.enrolment.reportProgress(w.actor, { lessonId: lessonIds[1], positionSeconds: 0 });
    const { rows } = await db.query<Record<string, unknown>>(
      `select kind, course, result, fee_fen as "feeFen", occurred_on as "occurredOn", source from records
       where person_id = $1`,
      [w.person.id],
    );
    expect(rows).toEqual([
      {
        kind: 'training',
        course: (await learning.courses.getCourse(staff, courseId)).course.title,
        result: 'passed',
        feeFen: 0,
        occurredOn: today,
        source: 'learning',
      },
    ]);
    const ref = await db.query('select 1 from records where source_ref = $1', [trainingRef(e.id)]);
    expect(ref.rows).toHaveLength(1);
    expect((await learning.enrolment.myLearning(w.actor)).hours).toBe(1.5);
    await expect(learning.enrolment.enrol(w.actor, { courseId, licenceId })).rejects.toMatchObject({
      code: 'LEARNING_ALREADY_ENROLLED',
    });
  });

  it('a worker of a union the site does not offer to cannot enrol through it', async () => {
    const outsider = ctx.actor('staff', other);
    const site = await learning.sites.createSite(outsider, {
      orgId: other.id,
      name: `示范点${ctx.unique()}`,
      level: 'enterprise',
      signedOn: '2020-01-09',
    });
    const l = await newLicence(outsider, site.id, { prefix: 'SQ', endsOn: '2099-01-01', seats: 5 });
    const w = await worker();
    await expect(learning.enrolment.enrol(w.actor, { courseId, licenceId: l.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('an expired licence stops enrolment', async () => {
    const l = await newLicence(staff, siteId, { prefix: 'OLD', endsOn: '2020-12-31', seats: 5 });
    const w = await worker();
    await expect(learning.enrolment.enrol(w.actor, { courseId, licenceId: l.id })).rejects.toMatchObject({
      code: 'LEARNING_LICENCE_EXPIRED',
    });
    expect((await learning.enrolment.myLearning(w.actor)).catalogue.some((c) => c.licenceId === l.id)).toBe(
      false,
    );
  });

  it('concurrent enrolments never take more seats than the licence has', async () => {
    const l = await newLicence(staff, siteId, { prefix: 'SEAT', endsOn: '2099-12-31', seats: 3 });
    const workers = await Promise.all(Array.from({ length: 8 }, () => worker()));
    const results = await Promise.allSettled(
      workers.map((w) => learning.enrolment.enrol(w.actor, { courseId, licenceId: l.id })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'LEARNING_SEATS_EXHAUSTED' });
    const { rows } = await db.query<{ n: number; used: number }>(
      `select (select count(*) from learning_enrolments where licence_id = $1)::int as n, seats_used as used
       from learning_licences where id = $1`,
      [l.id],
    );
    expect(rows[0]).toEqual({ n: 3, used: 3 });
  });
});

describe('lists cut at their caps', () => {
  it('the staff’s list of courses says how many there are beyond the cap', async () => {
    const d = await ctx.newOrg(root, 'district');
    const clerk = ctx.actor('staff', d);
    for (const n of [1, 2, 3])
      await learning.courses.createCourse(clerk, {
        orgId: d.id,
        title: `班组长培训${n}-${ctx.unique()}`,
        kind: 'skill',
        minutes: 30,
      });
    // the district's three and the course offered from the top union
    const whole = await learning.courses.listCourses(clerk);
    expect(whole.total).toBe(4);
    expect(whole.items).toHaveLength(4);
    const cut = await listCourseRows(db, clerk, 2);
    expect(cut.total).toBe(4);
    expect(cut.items.map((c) => c.id)).toEqual(whole.items.slice(0, 2).map((c) => c.id));
    expect(cut.items[0]).not.toHaveProperty('countAll');
    expect(await listCourseRows(db, ctx.actor('staff', await ctx.newRoot()), 2)).toEqual({
      items: [],
      total: 0,
    });
  });

  it('the worker’s and the staff’s lists of activities report their totals', async () => {
    const d = await ctx.newOrg(root, 'district');
    for (const heldOn of [today, today])
      await learning.activities.createActivity(ctx.actor('staff', d), {
        orgId: d.id,
        title: '工匠面对面',
        kind: 'master_meet',
        carrier: 'studio',
        venue: '创新工作室',
        heldOn,
        minutes: 90,
        capacity: 20,
      });
    const staffList = await learning.activities.listActivities(ctx.actor('staff', d));
    expect(staffList).toMatchObject({ total: 2 });
    expect(staffList.items).toHaveLength(2);
    const w = await worker(d);
    const mine = await learning.activities.myActivities(w.actor);
    expect(mine).toMatchObject({ total: 2 });
    expect(mine.items.map((a) => a.signedUpByMe)).toEqual([false, false]);
  });
});

describe('activities and masters', () => {
  it('sign-up respects the capacity; attendance counts towards hours once', async () => {
    const a = await learning.activities.createActivity(ctx.actor('staff', district), {
      orgId: district.id,
      title: '读书分享会',
      kind: 'reading',
      carrier: 'reading_room',
      venue: '职工书屋',
      heldOn: today,
      minutes: 60,
      capacity: 2,
    });
    const [w1, w2, w3] = [await worker(), await worker(), await worker()];
    await learning.activities.signUpMe(w1.actor, a.id);
    await learning.activities.signUpMe(w2.actor, a.id);
    await expect(learning.activities.signUpMe(w3.actor, a.id)).rejects.toMatchObject({
      code: 'LEARNING_ACTIVITY_FULL',
    });
    await expect(
      learning.activities.recordAttendance(staff, a.id, [w1.person.id, w3.person.id]),
    ).rejects.toMatchObject({ details: { field: 'personIds.1' } });
    await learning.activities.recordAttendance(staff, a.id, [w1.person.id]);
    const again = await learning.activities.recordAttendance(staff, a.id, [w1.person.id]);
    expect(again).toMatchObject({ signedUp: 2, attended: 1 });
    expect((await learning.enrolment.myLearning(w1.actor)).hours).toBe(1);
    expect((await learning.enrolment.myLearning(w2.actor)).hours).toBe(0);
  });

  it('a worker asks a designated master, who answers on the phone; nobody else can answer', async () => {
    const m = await worker();
    const master = await learning.apprenticeship.designateMaster(staff, {
      personId: m.person.id,
      title: 'craftsman',
      speciality: '数控加工',
    });
    const w = await worker();
    const masters = await learning.apprenticeship.myMasters(w.actor);
    expect(masters.items.map((x) => x.id)).toContain(master.id);
    expect(masters.total).toBe(masters.items.length);
    const q = await learning.apprenticeship.ask(w.actor, {
      masterId: master.id,
      kind: 'apprentice',
      text: '想跟您学数控编程',
    });
    expect(q).toMatchObject({ status: 'open', mine: true });
    await expect(learning.apprenticeship.answer(w.actor, q.id, { answer: '我自己答' })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    const inbox = await learning.apprenticeship.myRequests(m.actor);
    expect(inbox.items.find((r) => r.id === q.id)).toMatchObject({ mine: false });
    expect(inbox.total).toBe(inbox.items.length);
    const answered = await learning.apprenticeship.answer(m.actor, q.id, {
      answer: '周六来车间',
      decision: 'accept',
    });
    expect(answered).toMatchObject({ status: 'accepted', answer: '周六来车间' });
    await expect(learning.apprenticeship.answer(m.actor, q.id, { answer: '再答' })).rejects.toMatchObject({
      code: 'LEARNING_ALREADY_ANSWERED',
    });
  });
});

describe('statistics', () => {
  it('the maintained counts equal counts of the raw rows, by course, site and union', async () => {
    // A completion dated in another year stays out of this year's figures.
    const w = await worker();
    const person = { personId: w.person.id, orgId: firm.id, path: firm.path };
    await db.tx(async (sql) => {
      await enrolPerson(sql, person, { courseId, licenceId }, '2021-03-01');
      for (const lessonId of lessonIds)
        await recordProgress(sql, w.person.id, { lessonId, positionSeconds: 300, ended: true }, '2021-03-02');
    });
    const stats = await learningStats(db, staff, { year }, TEST_TODAY);
    const { rows } = await db.query<{ enrolments: number; completions: number; minutes: number }>(
      `select count(*)::int as enrolments, count(e.completed_on)::int as completions,
         coalesce(sum(c.minutes) filter (where e.completed_on is not null), 0)::int as minutes
       from learning_enrolments e join learning_courses c on c.id = e.course_id join orgs o on o.id = e.org_id
       where o.path like $1 and extract(year from e.enrolled_on) = $2`,
      [`${root.path}%`, year],
    );
    expect(stats.totals).toMatchObject({
      enrolments: rows[0].enrolments,
      completions: rows[0].completions,
      courseHours: rows[0].minutes / 60,
      activityHours: 1,
    });
    expect(stats.byCourse).toEqual([
      expect.objectContaining({ key: courseId, enrolments: rows[0].enrolments }),
    ]);
    expect(stats.bySite.map((s) => s.key)).toEqual([siteId]);
    expect(stats.byUnion.map((u) => u.key)).toEqual([district.id]);
    // a course's hours are its completed courses' only; a union's add the offline activities its workers attended
    expect(stats.byCourse[0].hours).toBe(stats.totals.courseHours);
    expect(stats.byUnion[0].hours).toBe(stats.totals.courseHours + stats.totals.activityHours);
    const byCourse = await readSheet(statsWorkbook(stats), 's.xlsx', { isHeader: (c) => c[0] === '课程' });
    expect(byCourse.headers[3]).toBe('学习时长（小时，结业课程学时）');
    const y2021 = await sumCounts(db, {
      subject: LEARNING_SUBJECTS.completions,
      path: root.path,
      from: '2021',
      to: '2021',
    });
    expect(y2021[0].n).toBe(1);
    await expect(
      learningStats(db, ctx.actor('staff', other), { year, orgId: district.id }, TEST_TODAY),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
