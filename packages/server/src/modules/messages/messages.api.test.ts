import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorShapeProblem } from '../../../test/api.ts';
import { notifyPerson } from './messages.service.ts';

/** The routes over HTTP: my messages only; another user's message id is a bilingual 404. */

let t: Awaited<ReturnType<typeof createTestApp>>;
let mine: string;
let theirs: string;
let myPerson: number;

beforeAll(async () => {
  t = await createTestApp();
  const org = await t.ctx.newOrg(await t.ctx.newRoot(), 'grassroots');
  const a = await t.ctx.newPerson(org);
  const b = await t.ctx.newPerson(org);
  myPerson = a.id;
  mine = await t.signInAs('worker', null, a.id);
  theirs = await t.signInAs('worker', null, b.id);
});
afterAll(async () => t?.close());

describe('/api/messages', () => {
  it('lists, counts and marks my messages; another user gets 404 for them and sees none', async () => {
    await t.db.tx((sql) =>
      notifyPerson(sql, myPerson, {
        kind: 'application.approved',
        title: { zh: '审核通过', en: 'Approved' },
        body: { zh: '正文', en: 'Body' },
        link: '/m/applications/1',
      }),
    );
    const list = await t.call({
      method: 'GET',
      url: '/api/messages?unread=true&page=1&pageSize=10',
      cookie: mine,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, unreadCount: 1, page: 1, pageSize: 10 });
    const id = list.json().items[0].id as number;
    expect(list.json().items[0]).toMatchObject({
      titleZh: '审核通过',
      titleEn: 'Approved',
      link: '/m/applications/1',
    });

    const count = await t.call({ method: 'GET', url: '/api/messages/unread-count', cookie: mine });
    expect(count.json()).toEqual({ unreadCount: 1, waitingReviews: 0 });

    const other = await t.call({ method: 'POST', url: `/api/messages/${id}/read`, cookie: theirs, body: {} });
    expect(other.statusCode).toBe(404);
    expect(errorShapeProblem(other)).toBeNull();
    expect((await t.call({ method: 'GET', url: '/api/messages', cookie: theirs })).json().total).toBe(0);
    expect(
      (await t.call({ method: 'POST', url: '/api/messages/read-all', cookie: theirs, body: {} })).json(),
    ).toEqual({ updated: 0 });

    const read = await t.call({ method: 'POST', url: `/api/messages/${id}/read`, cookie: mine, body: {} });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await t.call({ method: 'GET', url: '/api/messages/unread-count', cookie: mine })).json()).toEqual(
      {
        unreadCount: 0,
        waitingReviews: 0,
      },
    );
    expect((await t.call({ method: 'GET', url: '/api/messages/unread-count' })).statusCode).toBe(401);
  });
});
