import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import type { OrgRow } from '../src/modules/org/index.ts';
import type { AppError } from '../src/shared/errors.ts';
import { movableClock, TEST_TODAY } from './clock.ts';
import { openTestContext, rejection, type TestContext } from './factories.ts';

let db: Db;
let ctx: TestContext;
const clock = movableClock();
/** Past the minute a phone waits before another code. */
const aMinuteLater = () => clock.advance(61_000);
beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock }));
});
afterAll(async () => db?.close());

const activation = () => ctx.services.activation;
const join = () => ctx.services.join;
let ipSerial = 0;
/** A fresh address per call, so the per-address limits do not mix the tests up. */
const ip = () => `10.0.${Math.floor(++ipSerial / 250)}.${ipSerial % 250}`;

async function messagesTo(phone: string) {
  const { rows } = await db.query<{ text: string; purpose: string; sentAt: Date | null }>(
    'select text, purpose, sent_at as "sentAt" from outbox where recipient = $1 order by id',
    [phone],
  );
  return rows;
}

async function lastCode(phone: string): Promise<string> {
  const codes = (await messagesTo(phone)).filter((m) => m.purpose === 'activation_code');
  const match = codes.at(-1)?.text.match(/\d{6}/);
  if (!match) throw new Error(`no code sent to ${phone}`);
  return match[0];
}

/** A union tree with two districts (like 昌平 and 顺义 → 杨镇), each with a grassroots union. */
async function tree() {
  const root = await ctx.newRoot();
  const cp = await ctx.newOrg(root, 'district', `昌平${ctx.unique()}`);
  const sy = await ctx.newOrg(root, 'district', `顺义${ctx.unique()}`);
  const yz = await ctx.newOrg(sy, 'town', `杨镇${ctx.unique()}`);
  const cpUnion = await ctx.newOrg(cp, 'grassroots', `昌平卫健委工会${ctx.unique()}`);
  const yzUnion = await ctx.newOrg(yz, 'grassroots', `杨镇汇丰工会${ctx.unique()}`);
  return { root, cp, sy, yz, cpUnion, yzUnion };
}

async function member(org: OrgRow) {
  const idNumber = ctx.newIdNumber();
  const phone = ctx.newPhone();
  const person = await ctx.newPerson(org, { idNumber, phone });
  return { person, idNumber, phone, name: person.name };
}

describe('activation', () => {
  it('sends a code to a member without an account, then creates the worker account and signs in', async () => {
    const { yzUnion } = await tree();
    const m = await member(yzUnion);
    await activation().startActivation({ name: m.name, idNumber: m.idNumber, phone: m.phone }, ip());
    const sent = await messagesTo(m.phone);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ purpose: 'activation_code', sentAt: null });
    const { rows: stored } = await db.query<{ h: string }>(
      'select code_hash as h from activation_codes where phone = $1',
      [m.phone],
    );
    expect(stored[0].h).not.toContain(await lastCode(m.phone));

    const address = ip();
    const result = await activation().verifyActivation(
      { phone: m.phone, code: await lastCode(m.phone), password: 'a-long-passphrase' },
      address,
    );
    expect(result.username).toBe(m.phone);
    const actor = await ctx.services.auth.findActorBySession(result.token);
    expect(actor).toMatchObject({ role: 'worker', personId: m.person.id, username: m.phone });
    const { rows: audit } = await db.query<{ action: string; username: string }>(
      `select action, username from audit_log where entity = 'user' and entity_id = $1 order by id`,
      [String(actor?.userId)],
    );
    expect(audit.map((a) => a.action)).toEqual(['account.activate', 'auth.login']);
    const login = await ctx.services.auth.login(m.phone, 'a-long-passphrase', ip(), 'worker');
    expect(login.actor.personId).toBe(m.person.id);
  });

  it('chooses a username when given one and refuses a weak password before counting a guess', async () => {
    const { yzUnion } = await tree();
    const m = await member(yzUnion);
    await activation().startActivation(m, ip());
    const code = await lastCode(m.phone);
    const weak = await rejection(
      activation().verifyActivation({ phone: m.phone, code, password: 'short' }, ip()),
    );
    expect(weak.kind).toBe('invalid');
    const username = `w${ctx.unique()}`;
    const ok = await activation().verifyActivation(
      { phone: m.phone, code, username, password: 'a-long-passphrase' },
      ip(),
    );
    expect(ok.username).toBe(username);
    const { rows } = await db.query<{ attempts: number }>(
      'select attempts from activation_codes where phone = $1',
      [m.phone],
    );
    expect(rows[0].attempts).toBe(1);
  });

  it('answers the same and sends nothing for a non-member, a wrong name or a wrong phone', async () => {
    const { yzUnion } = await tree();
    const m = await member(yzUnion);
    const stranger = { name: '路人甲', idNumber: ctx.newIdNumber(), phone: ctx.newPhone() };
    await expect(activation().startActivation(stranger, ip())).resolves.toEqual({ resendAfterSeconds: 60 });
    await expect(activation().startActivation({ ...m, name: '别人' }, ip())).resolves.toEqual({
      resendAfterSeconds: 60,
    });
    const otherPhone = ctx.newPhone();
    await expect(activation().startActivation({ ...m, phone: otherPhone }, ip())).resolves.toEqual({
      resendAfterSeconds: 60,
    });
    expect(await messagesTo(stranger.phone)).toEqual([]);
    expect(await messagesTo(m.phone)).toEqual([]);
    expect(await messagesTo(otherPhone)).toEqual([]);
    const wrong = await rejection(
      activation().verifyActivation(
        { phone: stranger.phone, code: '123456', password: 'a-long-passphrase' },
        ip(),
      ),
    );
    expect(wrong.code).toBe('ACTIVATION_CODE_INVALID');
    // the page shows it under the code box it names
    expect(wrong.details).toMatchObject({ field: 'code' });
  });

  it('reads the name as a clerk does: spaces a phone keyboard puts between surname and given name still match', async () => {
    const { yzUnion } = await tree();
    const idNumber = ctx.newIdNumber();
    const phone = ctx.newPhone();
    await ctx.newPerson(yzUnion, { name: '赵小红', idNumber, phone });
    await activation().startActivation({ name: ' 赵 小红 ', idNumber, phone }, ip());
    aMinuteLater();
    await activation().startActivation({ name: '赵\u3000小红', idNumber, phone }, ip());
    expect((await messagesTo(phone)).map((x) => x.purpose)).toEqual(['activation_code', 'activation_code']);
    aMinuteLater();
    await activation().startActivation({ name: '赵小虹', idNumber, phone }, ip());
    expect(await messagesTo(phone)).toHaveLength(2);
  });

  it('counts parallel wrong codes atomically: never more than 5 guesses, then the code is dead', async () => {
    const { yzUnion } = await tree();
    const m = await member(yzUnion);
    await activation().startActivation(m, ip());
    const code = await lastCode(m.phone);
    const wrongCode = code === '000000' ? '000001' : '000000';
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () =>
        activation().verifyActivation(
          { phone: m.phone, code: wrongCode, password: 'a-long-passphrase' },
          ip(),
        ),
      ),
    );
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as AppError).code : 'ok'));
    expect(codes.filter((c) => c === 'ACTIVATION_CODE_INVALID')).toHaveLength(4);
    expect(codes.filter((c) => c === 'ACTIVATION_CODE_LOCKED')).toHaveLength(8);
    const { rows } = await db.query<{ attempts: number }>(
      'select attempts from activation_codes where phone = $1',
      [m.phone],
    );
    expect(rows[0].attempts).toBe(5);
    const dead = await rejection(
      activation().verifyActivation({ phone: m.phone, code, password: 'a-long-passphrase' }, ip()),
    );
    expect(dead.code).toBe('ACTIVATION_CODE_LOCKED');
    expect(dead.kind).toBe('throttled');
    expect(dead.messages.zh).toContain('验证码');
    const { rows: users } = await db.query('select 1 from users where person_id = $1', [m.person.id]);
    expect(users).toEqual([]);
  });

  it('sends no code to a member who has already activated, and a used code does not work twice', async () => {
    const { yzUnion } = await tree();
    const m = await member(yzUnion);
    await activation().startActivation(m, ip());
    const code = await lastCode(m.phone);
    await activation().verifyActivation({ phone: m.phone, code, password: 'a-long-passphrase' }, ip());
    const again = await rejection(
      activation().verifyActivation({ phone: m.phone, code, password: 'a-long-passphrase' }, ip()),
    );
    expect(again.code).toBe('ACTIVATION_CODE_INVALID');
    aMinuteLater();
    await activation().startActivation(m, ip());
    expect((await messagesTo(m.phone)).filter((x) => x.purpose === 'activation_code')).toHaveLength(1);
  });

  it('gives a phone one code a minute, and says in how many seconds it may ask again (429)', async () => {
    const { yzUnion } = await tree();
    const m = await member(yzUnion);
    await activation().startActivation(m, ip());
    const first = await lastCode(m.phone);
    clock.advance(59_000);
    const soon = await rejection(activation().startActivation(m, ip()));
    expect([soon.kind, soon.code, soon.details]).toEqual([
      'throttled',
      'ACTIVATION_RESEND_TOO_SOON',
      { retryAfterSeconds: 1 },
    ]);
    // the seconds left of the minute, not the minute
    expect(soon.messages.zh).toBe('请1秒后再获取验证码');
    expect(await lastCode(m.phone)).toBe(first);
    clock.advance(1_000);
    await activation().startActivation(m, ip());
    expect((await messagesTo(m.phone)).filter((x) => x.purpose === 'activation_code')).toHaveLength(2);
  });

  it('gives a phone at most 5 codes an hour, whether or not it belongs to a member (429)', async () => {
    const phone = ctx.newPhone();
    for (let i = 0; i < 5; i++) {
      aMinuteLater();
      await activation().startActivation({ name: '某人', idNumber: ctx.newIdNumber(), phone }, ip());
    }
    aMinuteLater();
    const err = await rejection(
      activation().startActivation({ name: '某人', idNumber: ctx.newIdNumber(), phone }, ip()),
    );
    expect(err.kind).toBe('throttled');
    expect(err.code).toBe('ONBOARDING_THROTTLED');
    const address = ip();
    const idNumber = ctx.newIdNumber();
    for (let i = 0; i < 5; i++) {
      await activation().startActivation({ name: '某人', idNumber, phone: ctx.newPhone() }, address);
    }
    expect(
      (await rejection(activation().startActivation({ name: '某人', idNumber, phone: ctx.newPhone() }, ip())))
        .kind,
    ).toBe('throttled');
  });
});

describe('joining online', () => {
  it('finds grassroots unions by name or credit code, with the names above them and nothing else', async () => {
    const { yzUnion, yz, sy, root } = await tree();
    const { items } = await join().findUnions(yzUnion.name.slice(0, 6));
    const hit = items.find((u) => u.id === yzUnion.id);
    expect(hit).toEqual({ id: yzUnion.id, name: yzUnion.name, chain: [root.name, sy.name, yz.name] });
    expect(items.every((u) => u.id !== yz.id)).toBe(true);
    expect((await join().findUnions('%')).items).toEqual([]);
  });

  it('request → accept → membership → the worker activates and signs in', async () => {
    const { yzUnion, yz } = await tree();
    const idNumber = ctx.newIdNumber();
    const phone = ctx.newPhone();
    const created = await join().createJoinRequest(
      { orgId: yzUnion.id, name: '新会员', idNumber, phone, employer: '汇丰包装', note: '一线操作工' },
      ip(),
    );
    expect(created).toMatchObject({ status: 'pending', orgName: yzUnion.name });
    expect((await messagesTo(phone)).map((x) => x.purpose)).toEqual(['join_received']);
    const { rows: raw } = await db.query<{ c: string; m: string }>(
      'select id_cipher as c, id_masked as m from join_requests where id = $1',
      [created.id],
    );
    expect(raw[0].c).not.toContain(idNumber.slice(6, 14));
    expect(raw[0].m).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);

    const staff = ctx.actor('staff', yz);
    const list = await join().listJoinRequests(staff, { status: 'pending' });
    expect(list.items.map((r) => r.id)).toContain(created.id);
    expect(JSON.stringify(list)).not.toContain(idNumber);

    const accepted = await join().acceptJoinRequest(staff, created.id);
    expect(accepted.status).toBe('accepted');
    const person = await ctx.services.people.getPerson(staff, accepted.personId as number);
    expect(person).toMatchObject({ name: '新会员', orgId: yzUnion.id, phone, employerName: '汇丰包装' });
    expect(person.joinedOn).toBe(TEST_TODAY);
    expect((await messagesTo(phone)).map((x) => x.purpose)).toEqual(['join_received', 'join_accepted']);
    // An SMS is read on a phone with no page open: it names where to go in words, not a path it cannot follow.
    const told = (await messagesTo(phone))[1].text;
    expect(told).toContain(yzUnion.name);
    expect(told).toContain('激活账号');
    expect(told).not.toMatch(/\/m\/|activate/);
    const { rows: audit } = await db.query(
      `select 1 from audit_log where action = 'join_request.accept' and entity_id = $1`,
      [String(created.id)],
    );
    expect(audit).toHaveLength(1);
    expect((await rejection(join().acceptJoinRequest(staff, created.id))).code).toBe('JOIN_REQUEST_DECIDED');

    await activation().startActivation({ name: '新会员', idNumber, phone }, ip());
    const done = await activation().verifyActivation(
      { phone, code: await lastCode(phone), password: 'a-long-passphrase' },
      ip(),
    );
    const login = await ctx.services.auth.login(done.username, 'a-long-passphrase', ip(), 'worker');
    expect(login.actor).toMatchObject({ role: 'worker', personId: person.id });
  });

  it('accepts or declines on the day it happened: the member joins on that day, not before the request (ADR 40)', async () => {
    const { yzUnion, yz } = await tree();
    const staff = ctx.actor('staff', yz);
    const ask = () =>
      join().createJoinRequest(
        { orgId: yzUnion.id, name: '补录会员', idNumber: ctx.newIdNumber(), phone: ctx.newPhone() },
        ip(),
      );
    const first = await ask();
    await expect(join().acceptJoinRequest(staff, first.id, '2026-06-14')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      details: { field: 'effectiveOn', notBefore: TEST_TODAY },
    });
    await expect(join().acceptJoinRequest(staff, first.id, '2026-06-16')).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    const second = await ask();
    await expect(join().declineJoinRequest(staff, second.id, '材料不全', '2026-06-14')).rejects.toMatchObject(
      {
        code: 'EFFECTIVE_BEFORE_PRIOR',
      },
    );
    const declined = await join().declineJoinRequest(staff, second.id, '材料不全', TEST_TODAY);
    expect(declined.status).toBe('declined');
    const accepted = await join().acceptJoinRequest(staff, first.id, TEST_TODAY);
    const person = await ctx.services.people.getPerson(staff, accepted.personId as number);
    expect(person.joinedOn).toBe(TEST_TODAY);
  });

  it('registers the name as a clerk would write it, not with the space a phone keyboard put after the surname', async () => {
    const { yzUnion, yz } = await tree();
    const created = await join().createJoinRequest(
      { orgId: yzUnion.id, name: ' 孙 丽娜 ', idNumber: ctx.newIdNumber(), phone: ctx.newPhone() },
      ip(),
    );
    const staff = ctx.actor('staff', yz);
    const accepted = await join().acceptJoinRequest(staff, created.id);
    expect(accepted.name).toBe('孙丽娜');
    expect((await ctx.services.people.getPerson(staff, accepted.personId as number)).name).toBe('孙丽娜');
  });

  it('reuses the person of a former member', async () => {
    const { yzUnion, cpUnion } = await tree();
    const m = await member(cpUnion);
    // ended before the day of the join (the database's day decides nothing, ADR 71)
    await db.query(`update memberships set status = 'left', left_on = '2026-01-01' where person_id = $1`, [
      m.person.id,
    ]);
    const created = await join().createJoinRequest(
      { orgId: yzUnion.id, name: m.name, idNumber: m.idNumber, phone: m.phone },
      ip(),
    );
    const accepted = await join().acceptJoinRequest(ctx.actor('admin', null), created.id);
    expect(accepted.personId).toBe(m.person.id);
  });

  it('refuses a member, a second pending request, an unknown union and a bad ID number', async () => {
    const { yzUnion, yz } = await tree();
    const m = await member(yzUnion);
    const asMember = await rejection(
      join().createJoinRequest(
        { orgId: yzUnion.id, name: m.name, idNumber: m.idNumber, phone: m.phone },
        ip(),
      ),
    );
    expect(asMember.code).toBe('ALREADY_MEMBER');
    const input = { orgId: yzUnion.id, name: '张三', idNumber: ctx.newIdNumber(), phone: ctx.newPhone() };
    const twice = await Promise.allSettled([
      join().createJoinRequest(input, ip()),
      join().createJoinRequest(input, ip()),
    ]);
    expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = twice.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as AppError).code).toBe('JOIN_REQUEST_PENDING');
    expect(
      (
        await rejection(
          join().createJoinRequest({ ...input, idNumber: ctx.newIdNumber(), orgId: yz.id }, ip()),
        )
      ).code,
    ).toBe('UNION_NOT_FOUND');
    const bad = `${input.idNumber.slice(0, 17)}${input.idNumber[17] === '0' ? '1' : '0'}`;
    expect((await rejection(join().createJoinRequest({ ...input, idNumber: bad }, ip()))).code).toBe(
      'ID_NUMBER_INVALID',
    );
  });

  it('declines with a reason the applicant is sent; a blank reason is refused', async () => {
    const { yzUnion, yz } = await tree();
    const phone = ctx.newPhone();
    const created = await join().createJoinRequest(
      { orgId: yzUnion.id, name: '李四', idNumber: ctx.newIdNumber(), phone },
      ip(),
    );
    const staff = ctx.actor('staff', yz);
    const blank = await rejection(join().declineJoinRequest(staff, created.id, '  '));
    expect(blank.code).toBe('REASON_REQUIRED');
    expect(blank.messages.zh).toBeTruthy();
    const declined = await join().declineJoinRequest(staff, created.id, '不在本单位工作');
    expect(declined).toMatchObject({ status: 'declined', reason: '不在本单位工作', personId: null });
    const sent = await messagesTo(phone);
    expect(sent.at(-1)).toMatchObject({ purpose: 'join_declined' });
    expect(sent.at(-1)?.text).toContain('不在本单位工作');
  });

  it('杨镇 staff neither see nor decide 昌平’s join requests; 昌平’s staff do', async () => {
    const { cp, cpUnion, yz } = await tree();
    const created = await join().createJoinRequest(
      { orgId: cpUnion.id, name: '王五', idNumber: ctx.newIdNumber(), phone: ctx.newPhone() },
      ip(),
    );
    const yzStaff = ctx.actor('staff', yz);
    expect((await join().listJoinRequests(yzStaff, {})).items.map((r) => r.id)).not.toContain(created.id);
    expect((await rejection(join().listJoinRequests(yzStaff, { orgId: cpUnion.id }))).kind).toBe('not_found');
    expect((await rejection(join().acceptJoinRequest(yzStaff, created.id))).kind).toBe('not_found');
    expect((await rejection(join().declineJoinRequest(yzStaff, created.id, '越权'))).kind).toBe('not_found');
    expect((await rejection(join().listJoinRequests(ctx.actor('reviewer', cp), {}))).kind).toBe('forbidden');
    const cpStaff = ctx.actor('staff', cp);
    expect((await join().listJoinRequests(cpStaff, { orgId: cpUnion.id })).items.map((r) => r.id)).toEqual([
      created.id,
    ]);
    expect((await join().acceptJoinRequest(cpStaff, created.id)).status).toBe('accepted');
  });
});

describe('the outbox', () => {
  it('lists messages newest first to the administrator only, filtered by phone', async () => {
    const { yzUnion, yz } = await tree();
    const phone = ctx.newPhone();
    await join().createJoinRequest(
      { orgId: yzUnion.id, name: '赵六', idNumber: ctx.newIdNumber(), phone },
      ip(),
    );
    await ctx.services.sender.send({ channel: 'sms', to: phone, text: '第二条', purpose: 'test' });
    const page = await ctx.services.outbox.listOutbox(ctx.actor('admin', null), { phone });
    expect(page.total).toBe(2);
    // signed by the composed sender, as every SMS is
    expect(page.items.map((m) => m.text)[0]).toBe('【工会】第二条');
    expect(page.items[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await rejection(ctx.services.outbox.listOutbox(ctx.actor('staff', yz), {}))).kind).toBe(
      'forbidden',
    );
  });
});
