/**
 * A worker sees the files they sent with a request on its page and opens each one: another worker (of the same
 * union, even) gets 404 for the request and for the file, as for ones that do not exist; every opening is in the
 * audit log as staff's are (`case.file.read`), by the worker, or by nobody for an anonymous request.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/api.ts';
import { fixedClock } from '../../../test/clock.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let worker: string;
let workerUserId: number;
let other: string;
let staff: string;

const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock() });
  const root = await t.ctx.newRoot();
  const firm = await t.ctx.newOrg(await t.ctx.newOrg(root, 'district'), 'grassroots');
  const me = await t.ctx.newPerson(firm);
  const user = await t.ctx.newUser('worker', null, me.id);
  workerUserId = user.id;
  worker = await t.login(user.username, user.password);
  other = await t.signInAs('worker', null, (await t.ctx.newPerson(firm)).id);
  staff = await t.signInAs('staff', firm);
});
afterAll(async () => t?.close());

const call = (url: string, cookie: string) => t.call({ method: 'GET', url, cookie });

/** Files a request as the worker with a photo and a PDF; answers the request as the worker's page reads it. */
async function fileWithAttachments(anonymous: boolean) {
  const res = await t.call({
    method: 'POST',
    url: '/api/me/cases',
    cookie: worker,
    body: {
      channel: 'app',
      category: 'wages',
      description: '加班费未足额发放，附工资条和劳动合同',
      anonymous,
      files: [
        { fileName: '工资条 6月.png', contentBase64: PNG.toString('base64') },
        { fileName: '劳动合同.pdf', contentBase64: PDF.toString('base64') },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    case: { id: number };
    files: { id: number; fileName: string; mime: string; size: number; uploadedAt: string }[];
  };
}

const fileReads = async (caseId: number) =>
  (
    await t.db.query<{ userId: number | null; fileId: number }>(
      `select user_id as "userId", (after->>'fileId')::int as "fileId" from audit_log
        where action = 'case.file.read' and entity = 'case' and entity_id = $1 order by id`,
      [String(caseId)],
    )
  ).rows;

describe('the files a worker sent with a request', () => {
  it('are listed on their request with name, size, type and when sent, and each opens as sent', async () => {
    const filed = await fileWithAttachments(false);
    const id = filed.case.id;
    const page = await call(`/api/me/cases/${id}`, worker);
    expect(page.statusCode).toBe(200);
    const files = page.json().files as typeof filed.files;
    expect(files).toEqual([
      {
        id: expect.any(Number),
        fileName: '工资条 6月.png',
        mime: 'image/png',
        size: 8,
        uploadedAt: '2026-06-15 10:00',
      },
      {
        id: expect.any(Number),
        fileName: '劳动合同.pdf',
        mime: 'application/pdf',
        size: PDF.length,
        uploadedAt: '2026-06-15 10:00',
      },
    ]);
    expect(filed.files).toEqual(files);

    const photo = await call(`/api/me/cases/${id}/files/${files[0].id}`, worker);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(PNG)).toBe(true);
    // the Chinese name kept in UTF-8, an ASCII stand-in for old browsers
    expect(photo.headers['content-disposition']).toBe(
      `attachment; filename="___ 6_.png"; filename*=UTF-8''${encodeURIComponent('工资条 6月.png')}`,
    );
    const pdf = await call(`/api/me/cases/${id}/files/${files[1].id}`, worker);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(await fileReads(id)).toEqual([
      { userId: workerUserId, fileId: files[0].id },
      { userId: workerUserId, fileId: files[1].id },
    ]);

    // staff of the union see the same files, and open them on their own route
    const desk = await call(`/api/cases/${id}`, staff);
    expect(desk.json().files).toEqual(files);
  });

  it('are not another worker’s: their request and its files answer 404, and nothing is logged as read', async () => {
    const filed = await fileWithAttachments(false);
    const id = filed.case.id;
    const fileId = filed.files[0].id;
    // answered as a request that does not exist is
    const none = (await call('/api/me/cases/999999999', other)).json().error.code;
    for (const url of [`/api/me/cases/${id}`, `/api/me/cases/${id}/files/${fileId}`]) {
      const res = await call(url, other);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe(none);
    }
    // a file of another request, asked under one's own request, is not found either
    const mine = await fileWithAttachments(false);
    expect((await call(`/api/me/cases/${mine.case.id}/files/${fileId}`, worker)).statusCode).toBe(404);
    expect((await call(`/api/me/cases/${id}/files/999999999`, worker)).statusCode).toBe(404);
    expect(await fileReads(id)).toEqual([]);
  });

  it('of an anonymous request open too, and the log of the read names nobody', async () => {
    const filed = await fileWithAttachments(true);
    const res = await call(`/api/me/cases/${filed.case.id}/files/${filed.files[1].id}`, worker);
    expect(res.statusCode).toBe(200);
    expect(await fileReads(filed.case.id)).toEqual([{ userId: null, fileId: filed.files[1].id }]);
  });

  it('a request id or a file id that is not a number is refused in both languages', async () => {
    for (const url of ['/api/me/cases/abc/files/1', '/api/me/cases/1/files/abc']) {
      const res = await call(url, worker);
      expect(res.statusCode, url).toBe(400);
      const { error } = res.json();
      expect(error.messageZh).toBeTruthy();
      expect(error.messageEn).toBeTruthy();
    }
  });
});
