import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/api.ts';
import { fixedClock, TEST_YEAR } from '../../../test/clock.ts';
import { multipartForm } from '../../../test/multipart.ts';
import { readSheet } from '../../shared/sheet-reader.ts';

/** The lesson upload (multipart and JSON), the certificate and the statistics export, through HTTP. */
let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let courseId: number;
let siteId: number;
const year = TEST_YEAR;

/** A lesson's form as the page sends it: its fields, and its file when it has one. */
const lessonForm = (fields: Record<string, string>, file?: { name: string; mime: string; data: Buffer }) =>
  multipartForm({ fields, files: file ? [file] : [] }, '----gonghui-learning-boundary');

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock() });
  const root = await t.ctx.newRoot();
  staff = await t.signInAs('staff', root);
  const course = await t.call({
    method: 'POST',
    url: '/api/learning/courses',
    cookie: staff,
    body: { orgId: root.id, title: '焊工安全', kind: 'safety', minutes: 60 },
  });
  courseId = course.json().id;
  const site = await t.call({
    method: 'POST',
    url: '/api/learning/sites',
    cookie: staff,
    body: { orgId: root.id, name: `示范点${t.ctx.unique()}`, level: 'enterprise', signedOn: '2020-01-09' },
  });
  siteId = site.json().id;
});
afterAll(async () => t?.close());

describe('lessons through HTTP', () => {
  it('answers a lesson sent without a form with 400 in both languages, not 500', async () => {
    const res = await t.call({
      method: 'POST',
      url: `/api/learning/courses/${courseId}/lessons`,
      cookie: staff,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.messageZh).toContain('multipart/form-data');
    expect(res.json().error.messageEn).toContain('JSON');
  });

  it('takes a video as a multipart upload and serves it back inline', async () => {
    const data = Buffer.from('fake-webm-bytes');
    const res = await t.call({
      method: 'POST',
      url: `/api/learning/courses/${courseId}/lessons`,
      cookie: staff,
      ...lessonForm(
        { title: '焊接演示', kind: 'video', durationSeconds: '600' },
        { name: 'weld.webm', mime: 'video/webm', data },
      ),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'video',
      durationSeconds: 600,
      fileName: 'weld.webm',
      size: data.length,
    });
    const file = await t.call({
      method: 'GET',
      url: `/api/learning/lessons/${res.json().id}/file`,
      cookie: staff,
    });
    expect(file.headers['content-type']).toBe('video/webm');
    expect(file.rawPayload.equals(data)).toBe(true);
  });

  it('refuses a file that does not suit the lesson, naming the field, and adds nothing', async () => {
    const res = await t.call({
      method: 'POST',
      url: `/api/learning/courses/${courseId}/lessons`,
      cookie: staff,
      ...lessonForm(
        { title: '讲义', kind: 'document' },
        { name: 'x.exe', mime: 'application/x-msdownload', data: Buffer.from('MZ') },
      ),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'LEARNING_FILE_INVALID', details: { field: 'file' } });
    expect(res.json().error.messageZh).toContain('x.exe');
    const json = await t.call({
      method: 'POST',
      url: `/api/learning/courses/${courseId}/lessons`,
      cookie: staff,
      body: { title: '链接', kind: 'link' },
    });
    expect(json.json().error).toMatchObject({ code: 'LEARNING_INVALID', details: { field: 'url' } });
    const detail = await t.call({ method: 'GET', url: `/api/learning/courses/${courseId}`, cookie: staff });
    expect(detail.json().lessons).toHaveLength(1);
  });
});

describe('certificate and export', () => {
  it('prints the licence certificate as a PDF and exports the statistics as .xlsx', async () => {
    const licence = await t.call({
      method: 'POST',
      url: `/api/learning/sites/${siteId}/licences`,
      cookie: staff,
      body: {
        number: `SQ-${t.ctx.unique()}`,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        seats: 5,
        courseIds: [courseId],
      },
    });
    expect(licence.statusCode).toBe(200);
    const pdf = await t.call({
      method: 'GET',
      url: `/api/learning/licences/${licence.json().id}/certificate.pdf`,
      cookie: staff,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await t.call({ method: 'GET', url: `/api/learning/stats.xlsx?year=${year}`, cookie: staff });
    expect(xlsx.statusCode).toBe(200);
    const sheet = await readSheet(xlsx.rawPayload, 'stats.xlsx');
    expect(JSON.stringify(sheet)).toContain('合计');
  });
});
