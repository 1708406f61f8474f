/**
 * Catalogue pictures: staff choose which pictures of an achievement are public; the public catalogue shows only
 * those, of published achievements, without EXIF or a file name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipart } from '../../../../test/api.ts';
import { catalogueWorld, publishedAchievement } from './catalogue.test-kit.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let achievementId: number;

/** A JPEG with an EXIF (APP1) segment naming the place it was taken, a comment, then the image data. */
const GPS = 'Exif\0\0GPS 39.9042N 116.4074E';
const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, GPS.length + 2]), Buffer.from(GPS, 'latin1')]);
const jfif = Buffer.concat([Buffer.from([0xff, 0xe0, 0x00, 0x07]), Buffer.from('JFIF\0')]);
const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x07]), Buffer.from('张三拍')]);
const scan = Buffer.from([0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0x33, 0xff, 0xd9]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, exif, comment.subarray(0, 9), scan]);

beforeAll(async () => {
  t = await createTestApp();
  const { staff: session, studio, member } = await catalogueWorld(t, '电力');
  staff = session;
  ({ id: achievementId } = await publishedAchievement(t, staff, {
    studioId: studio.id,
    title: '绕组测温装置',
    type: 'technical_innovation',
    year: 2024,
    abstract: '在线测温，早发现早处置。',
    team: [member.id],
  }));
});

afterAll(async () => {
  await t?.close();
});

const upload = async (fileName: string, content: Buffer) => {
  const res = await t.call({
    method: 'POST',
    url: `/api/innovation/achievements/${achievementId}/attachments`,
    cookie: staff,
    ...multipart(fileName, content),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: number; public: boolean };
};

const setPublic = (attachmentId: number, value: boolean) =>
  t.call({
    method: 'PUT',
    url: `/api/innovation/achievements/${achievementId}/attachments/${attachmentId}/public`,
    cookie: staff,
    body: { public: value },
  });

describe('catalogue pictures', () => {
  it('keeps and serves a JPEG without its EXIF, once staff make it public', async () => {
    expect(JPEG.includes(Buffer.from('GPS'))).toBe(true);
    const photo = await upload('张三_13912345678_现场.jpg', JPEG);
    expect(photo.public).toBe(false);
    const stored = await t.db.query<{ data: Buffer }>(
      'select data from innovation_achievement_attachments where id = $1',
      [photo.id],
    );
    expect(Buffer.from(stored.rows[0].data).includes(Buffer.from('GPS'))).toBe(false);

    // Not public yet: the catalogue neither lists nor serves it.
    let page = await t.call({ method: 'GET', url: `/api/public/achievements/${achievementId}` });
    expect(page.json().pictures).toEqual([]);
    const url = `/api/public/achievements/${achievementId}/pictures/${photo.id}`;
    const hidden = await t.call({ method: 'GET', url });
    expect(hidden.statusCode, hidden.body).toBe(404);

    const made = await setPublic(photo.id, true);
    expect(made.statusCode, made.body).toBe(200);
    page = await t.call({ method: 'GET', url: `/api/public/achievements/${achievementId}` });
    expect(page.json().pictures).toEqual([{ id: photo.id, url }]);
    expect(page.body).not.toContain('张三');
    const served = await t.call({ method: 'GET', url });
    expect(served.statusCode, served.body).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(String(served.headers['content-disposition'])).not.toContain('张三');
    const bytes = served.rawPayload;
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(bytes.includes(Buffer.from([0xff, 0xe1]))).toBe(false);
    expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
    expect(bytes.includes(scan)).toBe(true);

    // Taken back, it is gone again.
    expect((await setPublic(photo.id, false)).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('never makes a document public, and hides pictures of a withdrawn achievement', async () => {
    const pdf = await upload('合同.pdf', Buffer.from('%PDF-1.4 secret'));
    const refused = await setPublic(pdf.id, true);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('ATTACHMENT_NOT_PICTURE');
    const pdfUrl = `/api/public/achievements/${achievementId}/pictures/${pdf.id}`;
    expect((await t.call({ method: 'GET', url: pdfUrl })).statusCode).toBe(404);

    const photo = await upload('photo.jpg', JPEG);
    expect((await setPublic(photo.id, true)).statusCode).toBe(200);
    const url = `/api/public/achievements/${achievementId}/pictures/${photo.id}`;
    expect((await t.call({ method: 'GET', url })).statusCode).toBe(200);
    const withdrawn = await t.call({
      method: 'POST',
      url: `/api/innovation/achievements/${achievementId}/unpublish`,
      cookie: staff,
      body: {},
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await t.call({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('refuses a file named .jpg that is no picture, and a bad body', async () => {
    const res = await t.call({
      method: 'POST',
      url: `/api/innovation/achievements/${achievementId}/attachments`,
      cookie: staff,
      ...multipart('fake.jpg', Buffer.from('not a picture at all')),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('ATTACHMENT_INVALID');
    const bad = await t.call({
      method: 'PUT',
      url: `/api/innovation/achievements/${achievementId}/attachments/1/public`,
      cookie: staff,
      body: { public: 'yes', extra: 1 },
    });
    expect(bad.statusCode).toBe(400);
  });
});
