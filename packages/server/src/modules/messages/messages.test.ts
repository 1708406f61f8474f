import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { deliverPending, type MessageDelivery } from './messages.delivery.ts';
import { addMessage, type Notice, notifyPerson, notifyPersons } from './messages.service.ts';

let db: Db;
let ctx: TestContext;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
});
afterAll(async () => db?.close());

const notice = (n: number): Notice => ({
  kind: 'application.approved',
  title: { zh: `标题${n}`, en: `Title ${n}` },
  body: { zh: `正文${n}`, en: `Body ${n}` },
  link: `/m/applications/${n}`,
  entity: 'application',
  entityId: n,
});

/** A worker account of a new member, and its actor. */
async function account(): Promise<{ actor: Actor; personId: number; userId: number }> {
  const root = await ctx.newRoot();
  const person = await ctx.newPerson(await ctx.newOrg(root, 'grassroots'));
  const user = await ctx.newUser('worker', null, person.id);
  return {
    actor: { ...ctx.actor('worker', null, person.id), userId: user.id },
    personId: person.id,
    userId: user.id,
  };
}

async function thrown(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  expect.fail('expected an AppError');
}

describe('message centre', () => {
  it('lists my messages newest first with totals; unread filter; read and read-all', async () => {
    const me = await account();
    const messages = ctx.services.messages;
    await db.tx(async (sql) => {
      for (const n of [1, 2, 3]) await notifyPerson(sql, me.personId, notice(n));
    });
    const all = await messages.list(me.actor, {});
    expect(all).toMatchObject({ total: 3, unreadCount: 3, page: 1, pageSize: 20 });
    expect(all.items.map((m) => m.titleZh)).toEqual(['标题3', '标题2', '标题1']);
    expect(all.items[0]).toMatchObject({
      titleEn: 'Title 3',
      bodyZh: '正文3',
      bodyEn: 'Body 3',
      link: '/m/applications/3',
      entity: 'application',
      entityId: 3,
      readAt: null,
    });

    const read = await messages.markRead(me.actor, all.items[1].id);
    expect(read.readAt).not.toBeNull();
    // Reading again keeps the first read time.
    expect((await messages.markRead(me.actor, all.items[1].id)).readAt).toEqual(read.readAt);
    const unread = await messages.list(me.actor, { unread: true });
    expect(unread).toMatchObject({ total: 2, unreadCount: 2 });
    expect(unread.items.map((m) => m.titleZh)).toEqual(['标题3', '标题1']);
    expect((await messages.list(me.actor, { page: 2, pageSize: 2 })).items.map((m) => m.titleZh)).toEqual([
      '标题1',
    ]);
    expect(await messages.counts(me.actor)).toEqual({ unreadCount: 2, waitingReviews: 0 });

    expect(await messages.markAllRead(me.actor)).toEqual({ updated: 2 });
    expect(await messages.markAllRead(me.actor)).toEqual({ updated: 0 });
    expect((await messages.counts(me.actor)).unreadCount).toBe(0);
    expect((await messages.list(me.actor, { unread: true })).items).toEqual([]);
  });

  it('another user cannot see, read or mark my message: 404 as if it did not exist', async () => {
    const me = await account();
    const other = await account();
    await db.tx((sql) => notifyPerson(sql, me.personId, notice(7)));
    const [mine] = (await ctx.services.messages.list(me.actor, {})).items;

    expect((await ctx.services.messages.list(other.actor, {})).items).toEqual([]);
    const err = await thrown(() => ctx.services.messages.markRead(other.actor, mine.id));
    expect(err).toMatchObject({ kind: 'not_found', code: 'NOT_FOUND' });
    const missing = await thrown(() => ctx.services.messages.markRead(other.actor, 2 ** 40));
    expect(missing.code).toBe(err.code);
    expect(missing.messages).toEqual(err.messages);
    await ctx.services.messages.markAllRead(other.actor);
    expect((await ctx.services.messages.list(me.actor, {})).items[0].readAt).toBeNull();
  });

  it('reaches every account of a person, one statement for many persons, and rolls back with the caller', async () => {
    const a = await account();
    const b = await account();
    const second = await ctx.newUser('worker', null, a.personId);
    const secondActor = { ...a.actor, userId: second.id };
    const written = await db.tx((sql) =>
      notifyPersons(sql, [
        { ...notice(1), personId: a.personId },
        { ...notice(2), personId: b.personId },
      ]),
    );
    expect(written).toBe(3);
    expect((await ctx.services.messages.list(secondActor, {})).items.map((m) => m.titleZh)).toEqual([
      '标题1',
    ]);
    expect((await ctx.services.messages.list(b.actor, {})).items.map((m) => m.titleZh)).toEqual(['标题2']);

    await expect(
      db.tx(async (sql) => {
        await addMessage(sql, b.userId, notice(9));
        throw new Error('decision refused');
      }),
    ).rejects.toThrow('decision refused');
    expect((await ctx.services.messages.list(b.actor, {})).total).toBe(1);
  });

  it('deliverPending hands undelivered messages to the sender once and marks what it took', async () => {
    const me = await account();
    await db.tx((sql) => addMessage(sql, me.userId, notice(1)));
    await db.tx((sql) => addMessage(sql, me.userId, notice(2)));
    const seen: string[] = [];
    const flaky: MessageDelivery = {
      async send(batch) {
        seen.push(...batch.filter((m) => m.userId === me.userId).map((m) => m.titleZh));
        // Takes everything but this user's second message (it stays pending for the next round).
        return batch.filter((m) => !(m.userId === me.userId && m.titleZh === '标题2')).map((m) => m.id);
      },
    };
    await deliverPending(db, flaky);
    expect(seen).toEqual(['标题1', '标题2']);
    seen.length = 0;
    await deliverPending(db, flaky);
    expect(seen).toEqual(['标题2']);
    const { rows } = await db.query<{ titleZh: string; delivered: boolean }>(
      `select title_zh as "titleZh", delivered_at is not null as delivered from messages
        where user_id = $1 order by id`,
      [me.userId],
    );
    expect(rows).toEqual([
      { titleZh: '标题1', delivered: true },
      { titleZh: '标题2', delivered: false },
    ]);
    await deliverPending(db);
    const left = await db.query<{ n: number }>(
      'select count(*) as n from messages where delivered_at is null',
    );
    expect(left.rows[0].n).toBe(0);
  });
});
