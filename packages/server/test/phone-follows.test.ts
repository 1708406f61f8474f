import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/access/access.ts';
import type { OrgRow } from '../src/modules/org/index.ts';
import { createSmsMessageDelivery, type OutgoingMessage } from '../src/modules/outbox/index.ts';
import { movableClock } from './clock.ts';
import { openWithSmsProvider, rejection } from './factories.ts';
import { memberSheet } from './member-import.ts';

/**
 * A worker's account follows their member's phone (ADR 147): whichever way the register's phone changes (the worker's
 * own change proved by a code, a correction the union accepted, a staff edit, a member import), the new number signs
 * in by code and by password, the old one signs no one in, and codes and messages go to the new number.
 */

const clock = movableClock();
let w: Awaited<ReturnType<typeof openWithSmsProvider>>;
let union: OrgRow;
let admin: Actor;
beforeAll(async () => {
  w = await openWithSmsProvider(clock, 'a code is sent in the transaction that stores it');
  const root = await w.ctx.newRoot();
  union = await w.ctx.newOrg(await w.ctx.newOrg(root, 'district'), 'grassroots');
  admin = w.ctx.actor('admin', null);
});
afterAll(async () => w?.db.close());

const PASSWORD = 'a-long-passphrase';
let ip = 0;
const nextIp = () => `10.28.${Math.floor(++ip / 200)}.${ip % 200}`;
const codeIn = (m: OutgoingMessage | undefined) => m?.text.match(/\d{6}/)?.[0] as string;
const lastTo = (phone: string) => w.sent.filter((m) => m.to === phone).at(-1);

/** A member who activated their account with their phone as login name; their worker actor. */
async function activatedWorker(name: string) {
  const phone = w.ctx.newPhone();
  const idNumber = w.ctx.newIdNumber();
  const person = await w.ctx.newPerson(union, { idNumber, phone, name });
  await w.services.activation.startActivation({ name, idNumber, phone }, nextIp());
  await w.services.activation.verifyActivation(
    { phone, code: codeIn(lastTo(phone)), password: PASSWORD },
    nextIp(),
  );
  clock.advance(61_000);
  const { actor } = await w.services.auth.login(phone, PASSWORD, nextIp(), 'worker');
  return { person, phone, actor };
}

/** Whether the number signs in by password and by an SMS code, and where the code went. */
async function signsIn(phone: string) {
  const byPassword = await w.services.auth.login(phone, PASSWORD, nextIp(), 'worker').then(
    (r) => r.actor.personId,
    () => null,
  );
  const before = w.sent.length;
  await w.services.codeSignIn.requestCode(phone, nextIp());
  const sent = w.sent.slice(before);
  clock.advance(61_000);
  const byCode = sent.length
    ? await w.services.codeSignIn.signInWithCode(phone, codeIn(sent[0]), nextIp()).then(
        (r) => r.actor.personId,
        () => null,
      )
    : null;
  return { byPassword, byCode, codesTo: sent.map((m) => m.to) };
}

async function expectFollowed(personId: number, from: string, to: string) {
  expect(await signsIn(to)).toEqual({ byPassword: personId, byCode: personId, codesTo: [to] });
  expect(await signsIn(from)).toEqual({ byPassword: null, byCode: null, codesTo: [] });
  const { rows } = await w.db.query('select username, phone from users where person_id = $1', [personId]);
  expect(rows).toEqual([{ username: to, phone: to }]);
}

describe('the worker changes their own phone at 我的 → 手机号', () => {
  it('a code goes to the new number; confirmed, the new number is theirs everywhere', async () => {
    const { person, phone, actor } = await activatedWorker('钱一');
    const next = w.ctx.newPhone();
    expect(await w.services.phoneChange.requestPhoneCode(actor, next)).toEqual({ resendAfterSeconds: 60 });
    const sent = lastTo(next);
    expect(sent).toMatchObject({ purpose: 'phone_change_code' });
    // nothing changes before the code comes back
    expect((await w.services.people.getSelf(actor)).phone).toBe(phone);
    await w.services.phoneChange.confirmPhone(actor, next, codeIn(sent));
    expect((await w.services.people.getSelf(actor)).phone).toBe(next);
    await expectFollowed(person.id, phone, next);
  });

  it('a wrong or expired code changes nothing; one code a minute, five an hour per number', async () => {
    const { phone, actor } = await activatedWorker('钱二');
    const next = w.ctx.newPhone();
    await w.services.phoneChange.requestPhoneCode(actor, next);
    const code = codeIn(lastTo(next));
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await rejection(w.services.phoneChange.confirmPhone(actor, next, wrong));
    expect([refused.code, refused.details]).toEqual([
      'ACTIVATION_CODE_INVALID',
      { field: 'code', remaining: 4 },
    ]);
    // the code of one number does not prove another
    const other = await rejection(w.services.phoneChange.confirmPhone(actor, w.ctx.newPhone(), code));
    expect(other.code).toBe('ACTIVATION_CODE_INVALID');
    expect((await rejection(w.services.phoneChange.requestPhoneCode(actor, next))).code).toBe(
      'ACTIVATION_RESEND_TOO_SOON',
    );
    clock.advance(11 * 60_000);
    expect((await rejection(w.services.phoneChange.confirmPhone(actor, next, code))).code).toBe(
      'ACTIVATION_CODE_INVALID',
    );
    expect((await w.services.people.getSelf(actor)).phone).toBe(phone);
    expect(await signsIn(next)).toMatchObject({ byPassword: null, byCode: null });
    for (let i = 0; i < 4; i++) {
      clock.advance(61_000);
      await w.services.phoneChange.requestPhoneCode(actor, next);
    }
    clock.advance(61_000);
    expect((await rejection(w.services.phoneChange.requestPhoneCode(actor, next))).code).toBe(
      'ONBOARDING_THROTTLED',
    );
  });

  it("another account's number is refused, naming the field, and nothing is changed", async () => {
    const a = await activatedWorker('钱三');
    const b = await activatedWorker('钱四');
    clock.advance(61_000);
    await w.services.phoneChange.requestPhoneCode(a.actor, b.phone);
    const refused = await rejection(
      w.services.phoneChange.confirmPhone(a.actor, b.phone, codeIn(lastTo(b.phone))),
    );
    expect([refused.kind, refused.code, refused.details]).toEqual([
      'conflict',
      'PHONE_TAKEN',
      { field: 'phone' },
    ]);
    expect(refused.messages.zh).toContain('手机号');
    expect((await w.services.people.getSelf(a.actor)).phone).toBe(a.phone);
    const { rows } = await w.db.query('select username, phone from users where person_id = $1', [
      a.person.id,
    ]);
    expect(rows).toEqual([{ username: a.phone, phone: a.phone }]);
  });
});

describe('a change made by the union', () => {
  it('a correction the union accepts (newPhone)', async () => {
    const { person, phone, actor } = await activatedWorker('孙一');
    const next = w.ctx.newPhone();
    const r = await w.services.memberRequests.fileRequest(actor, { kind: 'correction', phone: next });
    await w.services.memberRequests.acceptRequest(admin, r.id);
    await expectFollowed(person.id, phone, next);
  });

  it('a staff edit of the member, and a message by SMS goes to the new number', async () => {
    const { person, phone } = await activatedWorker('孙二');
    const next = w.ctx.newPhone();
    await w.services.people.updatePerson(admin, person.id, { phone: next });
    await expectFollowed(person.id, phone, next);
    // a message of a kind the worker chose by SMS goes to the new number
    const { rows } = await w.db.query<{ id: number }>('select id from users where person_id = $1', [
      person.id,
    ]);
    const userId = Number(rows[0].id);
    await w.db.query(`insert into sms_preferences (user_id, kind) values ($1, 'payment.paid')`, [userId]);
    const before = w.sent.length;
    const message = {
      id: 1,
      userId,
      kind: 'payment.paid',
      titleZh: '款项已发放',
      bodyZh: '困难帮扶金已发放',
    };
    await w.db.tx((sql) => createSmsMessageDelivery(w.sender).send([message], sql));
    expect(w.sent.slice(before).map((m) => [m.to, m.purpose])).toEqual([[next, 'payment.paid']]);
    const refusedEdit = await rejection(
      w.services.people.updatePerson(admin, (await activatedWorker('孙三')).person.id, { phone: next }),
    );
    expect([refusedEdit.code, refusedEdit.details]).toEqual(['PHONE_TAKEN', { field: 'phone' }]);
    expect(rows).toHaveLength(1);
  });

  it('a member without an account may share a number another account holds (a family phone)', async () => {
    const { phone } = await activatedWorker('孙五');
    const relative = await w.ctx.newPerson(union, { name: '孙六' });
    await w.services.people.updatePerson(admin, relative.id, { phone });
    const { rows } = await w.db.query<{ phone: string }>('select phone from persons where id = $1', [
      relative.id,
    ]);
    expect(rows[0].phone).toBe(phone);
    // the account holding the number is untouched: it still signs in by code
    expect((await signsIn(phone)).codesTo).toEqual([phone]);
  });

  it('a member import bringing a new phone', async () => {
    const idNumber = w.ctx.newIdNumber();
    const phone = w.ctx.newPhone();
    const person = await w.ctx.newPerson(union, { idNumber, phone, name: '孙四' });
    await w.services.activation.startActivation({ name: '孙四', idNumber, phone }, nextIp());
    await w.services.activation.verifyActivation(
      { phone, code: codeIn(lastTo(phone)), password: PASSWORD },
      nextIp(),
    );
    clock.advance(61_000);
    const next = w.ctx.newPhone();
    const sheet = memberSheet([['孙四', idNumber, next, union.name, '', '', '', '', '']]);
    const { done } = await w.services.memberImport.start(admin, {
      fileName: 'members.xlsx',
      buffer: sheet,
      mode: 'all_or_nothing',
    });
    expect((await done).status).toBe('succeeded');
    await expectFollowed(person.id, phone, next);
  });
});
