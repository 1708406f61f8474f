import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { appError, openTestContext, type TestContext } from '../../../test/factories.ts';
import { type SmsFake, startTencentFake } from '../../../test/sms-fakes.mjs';
import { loadSmsConfig, type SmsConfig } from '../../config.ts';
import type { Db } from '../../db/db.ts';
import { addMessage, deliverPending } from '../messages/index.ts';
import { dispatchSms } from './outbox.dispatch.ts';
import { createSmsMessageDelivery } from './outbox.messages.ts';
import { createSmsProvider } from './outbox.providers.ts';
import { createSmsSender } from './outbox.sender.ts';
import { createSmsService } from './outbox.sms.service.ts';

/** The delivery page's scope and masking, the template page, and SMS copies of the messages a person chose. */

let db: Db;
let ctx: TestContext;
let fake: SmsFake;
const clock = fixedClock();
let config: SmsConfig;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock }));
  fake = await startTencentFake({ secretId: 'AKIDpage', secretKey: 'page-secret', appId: '1400000002' });
  config = {
    ...loadSmsConfig({}),
    provider: 'tencent',
    endpoint: fake.url,
    keyId: 'AKIDpage',
    keySecret: 'page-secret',
    sign: '工会服务',
    appId: '1400000002',
    templates: { activation_code: '2001' },
  };
});
afterAll(async () => {
  await fake?.close();
  await db?.close();
});

const sender = () => createSmsSender(db, config, { clock, log: () => {} });
const round = () => dispatchSms(db, { provider: createSmsProvider(config) as never, config }, clock());

describe('the delivery page', () => {
  it('shows a union manager only the messages of their subtree; another union’s answers 404; codes masked', async () => {
    const root = await ctx.newRoot();
    const a = await ctx.newOrg(root, 'district');
    const b = await ctx.newOrg(root, 'district');
    const inA = await ctx.newPerson(await ctx.newOrg(a, 'grassroots'), { phone: ctx.newPhone() });
    const inB = await ctx.newPerson(await ctx.newOrg(b, 'grassroots'), { phone: ctx.newPhone() });
    for (const p of [inA, inB])
      await db.tx((sql) =>
        sender().send(
          {
            channel: 'sms',
            to: p.phone as string,
            purpose: 'activation_code',
            text: '【工会】您的账号激活验证码为 204816，5分钟内有效。',
          },
          sql,
        ),
      );
    await round();
    const sms = createSmsService(db, config, clock);
    const managerA = ctx.actor('manager', a);
    const list = await sms.listDeliveries(managerA, { pageSize: 100 });
    expect(list.items.map((i) => i.to)).toEqual([inA.phone]);
    expect(list.items[0].text).not.toContain('204816');
    expect(list.items[0].state).toBe('sent');
    const all = await sms.listDeliveries(ctx.actor('admin', null), { pageSize: 100 });
    const ofB = all.items.find((i) => i.to === inB.phone);
    expect(ofB).toBeDefined();
    expect((await appError(() => sms.getDelivery(managerA, ofB?.id as number))).code).toBe('NOT_FOUND');
    const detail = await sms.getDelivery(managerA, list.items[0].id);
    expect(detail.tries).toHaveLength(1);
    expect(JSON.stringify(detail)).not.toContain('204816');
    const summary = await sms.deliverySummary(managerA);
    expect(summary).toMatchObject({ sent: 1, failed: 0, feeFen: 5, month: '2026-06' });
    expect((await appError(() => sms.listDeliveries(ctx.actor('staff', a), {}))).code).toBe(
      'PERMISSION_DENIED',
    );
  });
});

describe('the template page', () => {
  it('lists every purpose with its parameters; a page id applies unless the environment names one', async () => {
    const sms = createSmsService(db, config, clock);
    const admin = { ...ctx.actor('admin', null), userId: (await ctx.newUser('admin', null)).id };
    const page = await sms.listTemplates(admin);
    const activation = page.items.find((i) => i.purpose === 'activation_code');
    expect(activation).toMatchObject({ templateId: '2001', source: 'env', secret: true });
    expect(activation?.params.map((p) => p.name)).toEqual(['code', 'minutes']);
    expect(page.items.some((i) => i.purpose === 'login_code')).toBe(true);
    expect((await appError(() => sms.setTemplate(admin, 'activation_code', '9'))).code).toBe(
      'SMS_TEMPLATE_FROM_ENV',
    );
    expect(await sms.setTemplate(admin, 'join_declined', '2005')).toMatchObject({
      templateId: '2005',
      source: 'page',
    });
    const p = await ctx.newPerson(await ctx.newOrg(await ctx.newRoot()), { phone: ctx.newPhone() });
    await sender().send({
      channel: 'sms',
      to: p.phone as string,
      purpose: 'join_declined',
      text: '【工会】您申请加入甲工会未获通过，原因：材料不全',
    });
    await round();
    expect(fake.messages.at(-1)).toMatchObject({ templateId: '2005', params: ['甲工会', '材料不全'] });
  });
});

describe('messages also by SMS', () => {
  it('offers a worker only the kinds a worker is sent: no return deadline reminders, which go to staff', async () => {
    const person = await ctx.newPerson(await ctx.newOrg(await ctx.newRoot()), { phone: ctx.newPhone() });
    const user = await ctx.newUser('worker', null, person.id);
    const actor = { ...ctx.actor('worker', null, person.id), userId: user.id };
    const sms = createSmsService(db, config, clock);
    const kinds = (await sms.getPreferences(actor)).kinds.map((k) => k.kind);
    expect(kinds).toContain('application.approved');
    expect(kinds).not.toContain('return.reminder');
    expect((await appError(() => sms.setPreferences(actor, ['return.reminder']))).code).toBe(
      'SMS_KIND_UNKNOWN',
    );
  });

  it('sends a copy of the kinds a person chose, and their message list shows its SMS state', async () => {
    const root = await ctx.newRoot();
    const phone = ctx.newPhone();
    const person = await ctx.newPerson(await ctx.newOrg(root), { phone });
    const user = await ctx.newUser('worker', null, person.id);
    const actor = { ...ctx.actor('worker', null, person.id), userId: user.id };
    const sms = createSmsService(db, config, clock);
    expect((await appError(() => sms.setPreferences(actor, ['no.such.kind']))).code).toBe('SMS_KIND_UNKNOWN');
    await sms.setPreferences(actor, ['case.update']);
    await db.tx(async (sql) => {
      await addMessage(sql, user.id, {
        kind: 'case.update',
        title: { zh: '您的诉求已回复', en: 'Your request was answered' },
        body: { zh: '请查看', en: 'Please look' },
      });
      await addMessage(sql, user.id, {
        kind: 'payment.paid',
        title: { zh: '款项已发放', en: 'Paid' },
        body: { zh: '请查收', en: 'Please check' },
      });
    });
    await sms.setTemplate({ ...ctx.actor('admin', null), userId: 0 }, 'case.update', '2010');
    await deliverPending(db, createSmsMessageDelivery(sender()));
    await round();
    const { rows } = await db.query<{ id: number; kind: string }>(
      'select id, kind from messages where user_id = $1 order by id',
      [user.id],
    );
    const states = await sms.messageStates(
      actor,
      rows.map((r) => r.id),
    );
    expect(states.items).toEqual([{ messageId: rows[0].id, state: 'sent', reasonZh: null, reasonEn: null }]);
    expect(fake.messages.at(-1)).toMatchObject({
      phone: `+86${phone}`,
      templateId: '2010',
      params: ['您的诉求已回复'],
    });
  });
});
