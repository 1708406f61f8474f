import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSmsConfig } from '../src/config.ts';
import type { Db } from '../src/db/db.ts';
import { createSmsProvider, dispatchSms, pollSmsReceipts } from '../src/modules/outbox/index.ts';
import { createServices, type Services } from '../src/services.ts';
import { movableClock } from './clock.ts';
import { openTestContext, type TestContext } from './factories.ts';
import { type SmsFake, startTencentFake } from './sms-fakes.mjs';

/**
 * Issue 43's "done when", end to end through the services the routes call: with GONGHUI_SMS_PROVIDER=tencent pointing
 * at a local server that speaks Tencent Cloud SMS's API and checks its TC3-HMAC-SHA256 signature, a member who asks
 * to activate receives the code by SMS through that server, signs in with a code, and the delivery page shows both
 * delivered once the provider's receipts say so — the codes never shown.
 */

const clock = movableClock();
const KEY = { id: 'AKIDendtoend', secret: 'end-to-end-secret' };
let fake: SmsFake;
let db: Db;
let ctx: TestContext;
let services: Services;
let round: (at: Date) => Promise<unknown>;
let receipts: (at: Date) => Promise<unknown>;

beforeAll(async () => {
  fake = await startTencentFake({ secretId: KEY.id, secretKey: KEY.secret, appId: '1400000099' });
  ({ db, ctx } = await openTestContext({ clock }));
  const sms = loadSmsConfig({
    GONGHUI_SMS_PROVIDER: 'tencent',
    GONGHUI_SMS_ENDPOINT: fake.url,
    GONGHUI_SMS_KEY_ID: KEY.id,
    GONGHUI_SMS_KEY_SECRET: KEY.secret,
    GONGHUI_SMS_SIGN: '工会服务',
    GONGHUI_SMS_APP_ID: '1400000099',
    GONGHUI_SMS_TEMPLATES: JSON.stringify({ activation_code: '2001', login_code: '2002' }),
  });
  // the ID key the test context writes its members with (test/factories.ts)
  services = createServices(db, { sessionTtlHours: 12, production: true, sms }, Buffer.alloc(32, 7), {
    log: () => {},
    clock,
  });
  const provider = createSmsProvider(sms);
  if (!provider) throw new Error('a provider is configured');
  round = (at) => dispatchSms(db, { provider, config: sms }, at);
  receipts = (at) => pollSmsReceipts(db, provider, at);
});
afterAll(async () => {
  await fake?.close();
  await db?.close();
});

/** The code of the last message the provider took for `phone`: the first 6-digit template parameter. */
const codeFor = (phone: string) => {
  const m = fake.messages.filter((x) => x.phone.endsWith(phone)).at(-1);
  const params = Array.isArray(m?.params) ? m.params : Object.values(m?.params ?? {});
  return params.find((p) => /^\d{6}$/.test(p)) as string;
};

describe('a member activates and signs in by SMS through Tencent Cloud SMS', () => {
  it('receives each code through the provider, signs in, and the delivery page shows them delivered', async () => {
    const root = await ctx.newRoot();
    const district = await ctx.newOrg(root, 'district');
    const union = await ctx.newOrg(district, 'grassroots');
    const phone = ctx.newPhone();
    const idNumber = ctx.newIdNumber();
    await ctx.newPerson(union, { idNumber, phone, name: '郑九' });

    await services.activation.startActivation({ name: '郑九', idNumber, phone }, '10.9.1.1');
    expect(fake.messages).toEqual([]); // nothing leaves before the dispatcher's round, after the commit
    await round(clock());
    expect(fake.messages.map((m) => [m.templateId, m.sign])).toEqual([['2001', '工会服务']]);
    expect(fake.refusedSignatures).toBe(0);
    const activationCode = codeFor(phone);
    expect(activationCode).toMatch(/^\d{6}$/);
    await services.activation.verifyActivation(
      { phone, code: activationCode, password: 'a-long-passphrase' },
      '10.9.1.1',
    );

    await services.codeSignIn.requestCode(phone, '10.9.1.2');
    await round(clock());
    expect(fake.messages.map((m) => m.templateId)).toEqual(['2001', '2002']);
    const session = await services.codeSignIn.signInWithCode(phone, codeFor(phone), '10.9.1.2');
    expect(session.actor).toMatchObject({ role: 'worker', username: phone });

    fake.receipt(phone, { ok: true });
    await receipts(clock());
    const admin = ctx.actor('admin', null);
    const summary = await services.sms.deliverySummary(admin);
    expect(summary).toMatchObject({ provider: 'tencent', sent: 2, delivered: 2, failed: 0 });
    const list = await services.sms.listDeliveries(admin, {});
    expect(list.items.map((i) => [i.purpose, i.state])).toEqual(
      expect.arrayContaining([
        ['activation_code', 'delivered'],
        ['login_code', 'delivered'],
      ]),
    );
    // the one-time codes are never shown once sent
    const shown = JSON.stringify(list);
    expect(shown).not.toContain(activationCode);
    // the district's manager sees the member's messages; another federation's does not
    expect((await services.sms.deliverySummary(ctx.actor('manager', district))).delivered).toBe(2);
    const other = await ctx.newOrg(await ctx.newRoot(), 'district');
    expect((await services.sms.deliverySummary(ctx.actor('manager', other))).sent).toBe(0);
  });
});
