import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/api.ts';
import { movableClock } from '../../../test/clock.ts';
import { addMessage, type MessageKind } from '../messages/index.ts';
import { createSmtpTransport, deliverMail } from './index.ts';

/**
 * Staff reminders copied by e-mail, against a local SMTP server that asks for AUTH, refuses one recipient for good
 * and another once for a while (451). The clock is moved to make a retry due, never waited for.
 */

const clock = movableClock();
const received: { to: string[]; data: string }[] = [];
const busyOnce = new Set(['busy@example.org']);
let server: SMTPServer;
let url = '';
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === 'gonghui' && auth.password === 's3cret') return cb(null, { user: 'gonghui' });
      return cb(Object.assign(new Error('Invalid credentials'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, cb) {
      if (address.address === 'nobody@example.org')
        return cb(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      if (busyOnce.delete(address.address))
        return cb(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
      return cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `smtp://gonghui:s3cret@127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t?.close();
});

const FROM = '工会平台 <noreply@example.org>';
const round = (transportUrl = url) =>
  deliverMail(t.db, createSmtpTransport(transportUrl), { from: FROM }, clock);

async function staffWithMail(email: string, kinds: string[]) {
  const root = await t.ctx.newRoot();
  const user = await t.ctx.newUser('staff', root);
  const cookie = await t.login(user.username, user.password);
  const res = await t.call({ method: 'PUT', url: '/api/account/mail', cookie, body: { email, kinds } });
  expect(res.statusCode).toBe(200);
  return { ...user, cookie };
}

const remind = (userId: number, kind: MessageKind, title: string) =>
  t.db.tx((sql) =>
    addMessage(sql, userId, {
      kind,
      title: { zh: title, en: `EN ${title}` },
      body: { zh: '请在截止日前提交', en: 'Submit before the deadline' },
    }),
  );

const attemptsOf = async (userId: number) =>
  (
    await t.db.query<{ ok: boolean; response: string }>(
      `select a.ok, a.response from mail_attempts a join mail_queue q on q.id = a.queue_id
        where q.user_id = $1 order by a.id`,
      [userId],
    )
  ).rows;

describe('staff reminders by e-mail', () => {
  it('sends the chosen kinds through SMTP with AUTH once the message is committed, and no other kind', async () => {
    const s = await staffWithMail('clerk@example.org', ['return.reminder']);
    await remind(s.id, 'return.reminder', '月报截止提醒');
    await remind(s.id, 'case.update', '诉求转来');
    await t.db
      .tx(async (sql) => {
        await addMessage(sql, s.id, {
          kind: 'return.reminder',
          title: { zh: '回滚', en: 'x' },
          body: { zh: '', en: '' },
        });
        throw new Error('the decision rolls back');
      })
      .catch(() => undefined);
    const r = await round();
    expect(r.sent).toBeGreaterThanOrEqual(1);
    const mine = received.filter((m) => m.to.includes('clerk@example.org'));
    expect(mine.length).toBe(1);
    expect(mine[0].data).toContain('Submit before the deadline');
    expect(mine[0].data).toContain('noreply@example.org');
    expect(await attemptsOf(s.id)).toEqual([{ ok: true, response: expect.stringMatching(/^250/) }]);
    // a second round sends nothing again
    await round();
    expect(received.filter((m) => m.to.includes('clerk@example.org')).length).toBe(1);
  });

  it('retries a transient refusal after the backoff, and gives up a rejected recipient at once', async () => {
    const busy = await staffWithMail('busy@example.org', ['case.update']);
    const nobody = await staffWithMail('nobody@example.org', ['case.update']);
    await remind(busy.id, 'case.update', '诉求升级');
    await remind(nobody.id, 'case.update', '诉求升级');
    await round();
    expect((await attemptsOf(busy.id)).map((a) => a.ok)).toEqual([false]);
    expect((await attemptsOf(busy.id))[0].response).toMatch(/^451/);
    expect(await attemptsOf(nobody.id)).toEqual([{ ok: false, response: expect.stringMatching(/^550/) }]);
    await round(); // not due yet: the clock has not moved
    expect((await attemptsOf(busy.id)).length).toBe(1);
    clock.advance(61_000);
    await round();
    expect((await attemptsOf(busy.id)).map((a) => a.ok)).toEqual([false, true]);
    expect(received.some((m) => m.to.includes('busy@example.org'))).toBe(true);
    const { rows } = await t.db.query<{ failed: boolean }>(
      'select failed_at is not null as failed from mail_queue where user_id = $1',
      [nobody.id],
    );
    expect(rows).toEqual([{ failed: true }]);
    expect((await attemptsOf(nobody.id)).length).toBe(1);
  });

  it('records refused credentials as a permanent failure', async () => {
    const s = await staffWithMail('clerk2@example.org', ['return.reminder']);
    await remind(s.id, 'return.reminder', '季报截止提醒');
    await round(url.replace('s3cret', 'wrong'));
    expect(await attemptsOf(s.id)).toEqual([{ ok: false, response: expect.stringMatching(/^535/) }]);
  });

  it('keeps each account to its own settings, says when the server sends no e-mail, and refuses unknown kinds', async () => {
    const s = await staffWithMail('clerk3@example.org', ['return.submitted']);
    const mine = await t.call({ method: 'GET', url: '/api/account/mail', cookie: s.cookie });
    expect(mine.json()).toMatchObject({
      configured: false,
      email: 'clerk3@example.org',
      kinds: ['return.submitted'],
    });
    expect(mine.json().available.length).toBe(3);
    const bad = await t.call({
      method: 'PUT',
      url: '/api/account/mail',
      cookie: s.cookie,
      body: { email: 'clerk3@example.org', kinds: ['no.such.kind'] },
    });
    expect(bad.statusCode).toBe(400);
    const off = await t.call({
      method: 'PUT',
      url: '/api/account/mail',
      cookie: s.cookie,
      body: { email: null, kinds: [] },
    });
    expect(off.json()).toMatchObject({ email: null, kinds: [] });
  });

  it('offers a role only the reminders of its work: none of the business ones to the security administrator', async () => {
    const staff = await staffWithMail('clerk4@example.org', []);
    const offered = (await t.call({ method: 'GET', url: '/api/account/mail', cookie: staff.cookie })).json();
    expect(offered.available.map((k: { kind: string }) => k.kind)).toEqual([
      'return.reminder',
      'return.submitted',
      'case.update',
    ]);
    const sec = await t.ctx.newUser('security_admin', null, null, 'Security-pass-1');
    const cookie = await t.login(sec.username, 'Security-pass-1');
    const mine = (await t.call({ method: 'GET', url: '/api/account/mail', cookie })).json();
    expect(mine.available).toEqual([]);
    const refused = await t.call({
      method: 'PUT',
      url: '/api/account/mail',
      cookie,
      body: { email: 'sec@example.org', kinds: ['return.reminder'] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'MAIL_KIND_NOT_OFFERED' });
    expect(JSON.stringify(refused.json().error)).toContain('报表截止提醒');
  });
});
