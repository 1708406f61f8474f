import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutesFromNow, movableClock, TEST_NOW } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import { type SmsFake, startAliyunFake, startTencentFake } from '../../../test/sms-fakes.mjs';
import { loadSmsConfig, type SmsConfig } from '../../config.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { dispatchSms, FIRST_RETRY_SECONDS, pollSmsReceipts } from './outbox.dispatch.ts';
import { createSmsProvider } from './outbox.providers.ts';
import { createSmsSender, type Sender } from './outbox.sender.ts';

/**
 * The sender and dispatcher against local servers that answer as Tencent Cloud SMS and Alibaba Cloud SMS do and
 * check each request's signature (test/sms-fakes.mjs).
 */

let db: Db;
let ctx: TestContext;
let tencent: SmsFake;
let aliyun: SmsFake;
const clock = movableClock();
const lines: string[] = [];

const KEYS = {
  tencent: { id: 'AKIDtestgonghui', secret: 'tencent-secret-1' },
  aliyun: { id: 'LTAItestgonghui', secret: 'aliyun-secret-1' },
};
const TEMPLATES = { activation_code: '1001', join_received: '1002', 'case.update': '1003' };

beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock }));
  tencent = await startTencentFake({
    secretId: KEYS.tencent.id,
    secretKey: KEYS.tencent.secret,
    appId: '1400000001',
  });
  aliyun = await startAliyunFake({ keyId: KEYS.aliyun.id, keySecret: KEYS.aliyun.secret });
});
afterAll(async () => {
  await tencent?.close();
  await aliyun?.close();
  await db?.close();
});

type ProviderName = 'tencent' | 'aliyun';

function smsConfig(provider: ProviderName, over: Partial<SmsConfig> = {}): SmsConfig {
  const fake = provider === 'tencent' ? tencent : aliyun;
  return {
    ...loadSmsConfig({}),
    provider,
    endpoint: fake.url,
    keyId: KEYS[provider].id,
    keySecret: KEYS[provider].secret,
    sign: '工会服务',
    appId: '1400000001',
    templates: TEMPLATES,
    perNumberHour: 5,
    dailyBudget: 1000,
    unitFen: 5,
    ...over,
  };
}

function setup(provider: ProviderName, over: Partial<SmsConfig> = {}) {
  const config = smsConfig(provider, over);
  const sender: Sender = createSmsSender(db, config, { clock, log: (l) => lines.push(l) });
  const settings = {
    provider: createSmsProvider(config) as NonNullable<ReturnType<typeof createSmsProvider>>,
    config,
  };
  return { config, sender, settings, round: (at = clock()) => dispatchSms(db, settings, at) };
}

/** A member of a new federation, with a phone. */
async function member(root?: OrgRow) {
  const federation = root ?? (await ctx.newRoot());
  const union = await ctx.newOrg(federation, 'grassroots');
  const phone = ctx.newPhone();
  const person = await ctx.newPerson(union, { phone });
  return { federation, union, phone, person };
}

async function row(id: number) {
  const { rows } = await db.query<Record<string, unknown>>('select * from outbox where id = $1', [id]);
  return rows[0];
}

async function lastId(phone: string): Promise<number> {
  const { rows } = await db.query<{ id: number }>('select max(id) as id from outbox where recipient = $1', [
    phone,
  ]);
  return Number(rows[0].id);
}

async function attempts(id: number) {
  const { rows } = await db.query<Record<string, unknown>>(
    'select * from sms_attempts where outbox_id = $1 order by id',
    [id],
  );
  return rows;
}

const joinText = (org: string) => `【工会】已收到您的入会申请（${org}），审核结果将以短信通知您。`;
/** The join-received SMS to `phone` about `org`, queued by `sender` in the transaction `sql`. */
const joinReceived = (
  sender: ReturnType<typeof setup>['sender'],
  phone: string,
  org: string,
  sql: Parameters<ReturnType<typeof setup>['sender']['send']>[1],
) => sender.send({ channel: 'sms', to: phone, purpose: 'join_received', text: joinText(org) }, sql);

describe.each(['tencent', 'aliyun'] as const)('SMS through %s', (provider) => {
  const fake = () => (provider === 'tencent' ? tencent : aliyun);

  it('sends a queued message after commit with the template and its parameters, and records the answer', async () => {
    const { sender, round } = setup(provider);
    const m = await member();
    await db.tx((sql) => joinReceived(sender, m.phone, '测试工会', sql));
    const id = await lastId(m.phone);
    expect(await row(id)).toMatchObject({
      state: 'queued',
      provider,
      org_id: m.person.orgId ?? expect.anything(),
    });
    const result = await round();
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const sent = await row(id);
    expect(sent).toMatchObject({ state: 'sent', attempts: 1, template_id: '1002', billed: 1, fee_fen: 5 });
    expect(sent.serial).toBeTruthy();
    const got = fake().messages.find((x) => x.serial === sent.serial);
    expect(got?.templateId).toBe('1002');
    expect(got?.params).toEqual(provider === 'tencent' ? ['测试工会'] : { org: '测试工会' });
    const [a] = await attempts(id);
    expect(a).toMatchObject({ ok: true, provider, serial: sent.serial });
    expect(a.request_id).toBeTruthy();
  });

  it('marks messages delivered or failed with the carrier’s reason from the receipts', async () => {
    const { sender, round, settings } = setup(provider);
    const ok = await member();
    const bad = await member();
    fake().receipt(bad.phone, { ok: false, code: 'MK:0001', description: '空号' });
    for (const m of [ok, bad]) await db.tx((sql) => joinReceived(sender, m.phone, '甲', sql));
    await round();
    await pollSmsReceipts(db, settings.provider, clock());
    expect(await row(await lastId(ok.phone))).toMatchObject({ state: 'delivered', reason_zh: null });
    const failed = await row(await lastId(bad.phone));
    expect(failed.state).toBe('failed');
    // Tencent reports the carrier's words, Alibaba Cloud its error code.
    expect(failed.reason_zh).toContain(provider === 'tencent' ? '空号' : 'MK:0001');
    expect(failed.reason_en).toContain('Not delivered');
  });

  it('retries a transient error with backoff, then sends', async () => {
    const { sender, round } = setup(provider);
    const m = await member();
    await db.tx((sql) => joinReceived(sender, m.phone, '乙', sql));
    const id = await lastId(m.phone);
    fake().answerNext(provider === 'tencent' ? 'InternalError.Timeout' : 'isp.SYSTEM_ERROR');
    await round();
    const waiting = await row(id);
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1 });
    expect(new Date(waiting.next_attempt_at as string).getTime()).toBe(
      clock().getTime() + FIRST_RETRY_SECONDS * 1000,
    );
    await round();
    expect((await row(id)).attempts).toBe(1);
    await round(new Date(clock().getTime() + FIRST_RETRY_SECONDS * 1000));
    expect(await row(id)).toMatchObject({ state: 'sent', attempts: 2 });
    const tries = await attempts(id);
    expect(tries.map((t) => [t.ok, t.transient])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('fails a permanent error at once, with the reason in both languages', async () => {
    const { sender, round } = setup(provider);
    const m = await member();
    await db.tx((sql) => joinReceived(sender, m.phone, '丙', sql));
    const id = await lastId(m.phone);
    fake().answerNext(
      provider === 'tencent' ? 'InvalidParameterValue.IncorrectPhoneNumber' : 'isv.MOBILE_NUMBER_ILLEGAL',
    );
    await round();
    await round(minutesFromNow(60));
    expect(await row(id)).toMatchObject({
      state: 'failed',
      attempts: 1,
      reason_zh: '手机号码无效',
      reason_en: 'Invalid phone number',
    });
    expect(await attempts(id)).toHaveLength(1);
  });

  it('is refused by the provider when signed with a wrong secret', async () => {
    const { sender, round } = setup(provider, { keySecret: 'not-the-secret' });
    const m = await member();
    const refusedBefore = fake().refusedSignatures;
    await db.tx((sql) => joinReceived(sender, m.phone, '丁', sql));
    await round();
    expect(fake().refusedSignatures).toBe(refusedBefore + 1);
    const failed = await row(await lastId(m.phone));
    expect(failed.state).toBe('failed');
    expect(failed.reason_en).toContain('signature');
    expect(fake().messages.some((x) => x.phone.endsWith(m.phone))).toBe(false);
  });
});

describe('limits and refusals', () => {
  it('does not send a purpose without a template, and says why', async () => {
    const { sender, round } = setup('tencent');
    const m = await member();
    const before = tencent.requests;
    await db.tx((sql) =>
      sender.send(
        {
          channel: 'sms',
          to: m.phone,
          purpose: 'join_accepted',
          text: '【工会】您已加入甲工会，请在手机上激活账号',
        },
        sql,
      ),
    );
    await round();
    expect(tencent.requests).toBe(before);
    const r = await row(await lastId(m.phone));
    expect(r).toMatchObject({ state: 'failed', reason_code: 'NO_TEMPLATE' });
    expect(r.reason_zh).toContain('模板');
  });

  it('sends at most GONGHUI_SMS_PER_NUMBER_HOUR messages to one number in an hour', async () => {
    const { sender, round } = setup('tencent', { perNumberHour: 2 });
    const m = await member();
    for (let i = 0; i < 3; i++) await db.tx((sql) => joinReceived(sender, m.phone, `${i}`, sql));
    await round();
    const { rows } = await db.query<{ state: string; reason_code: string | null }>(
      'select state, reason_code from outbox where recipient = $1 order by id',
      [m.phone],
    );
    expect(rows.map((r) => r.state)).toEqual(['sent', 'sent', 'failed']);
    expect(rows[2].reason_code).toBe('NUMBER_HOURLY_LIMIT');
    // An hour later the number may receive again.
    await db.tx((sql) => joinReceived(sender, m.phone, '3', sql));
    await round(minutesFromNow(61));
    expect((await row(await lastId(m.phone))).state).toBe('sent');
  });

  it('keeps to the federation’s daily budget', async () => {
    const { sender, round } = setup('aliyun', { dailyBudget: 1 });
    const a = await member();
    const b = await member(a.federation);
    for (const m of [a, b]) await db.tx((sql) => joinReceived(sender, m.phone, '戊', sql));
    await round();
    expect((await row(await lastId(a.phone))).state).toBe('sent');
    expect(await row(await lastId(b.phone))).toMatchObject({ state: 'failed', reason_code: 'DAILY_BUDGET' });
  });

  it('never shows a one-time code once sent: not in the row, the log or the parameters', async () => {
    const { sender, round } = setup('tencent');
    const m = await member();
    lines.length = 0;
    await db.tx((sql) =>
      sender.send(
        {
          channel: 'sms',
          to: m.phone,
          purpose: 'activation_code',
          text: '【工会】您的账号激活验证码为 493817，5分钟内有效。请勿告诉他人。',
        },
        sql,
      ),
    );
    expect(lines.join('\n')).not.toContain('493817');
    await round();
    const sent = await row(await lastId(m.phone));
    expect(sent.state).toBe('sent');
    expect(JSON.stringify(sent)).not.toContain('493817');
    expect(tencent.messages.at(-1)?.params).toEqual(['493817', '5']);
  });

  it('keeps no first password once sent or given up: masked in the row’s parameters', async () => {
    const { sender, round } = setup('tencent', { templates: { ...TEMPLATES, account_password: '1004' } });
    const { sender: noTemplate, round: refuse } = setup('tencent');
    const m = await member();
    const other = await member();
    const text = '您在工会平台的账号 first-pw 已开通，初始密码见短信，首次登录须修改。';
    const message = (to: string, password: string) => ({
      channel: 'sms' as const,
      to,
      purpose: 'account_password' as const,
      text,
      params: { username: 'first-pw', password },
    });
    await db.tx((sql) => sender.send(message(m.phone, 'Kq7mWx2pRt9v'), sql));
    await round();
    expect(tencent.messages.at(-1)?.params).toEqual(['first-pw', 'Kq7mWx2pRt9v']);
    const sent = await row(await lastId(m.phone));
    expect(sent.state).toBe('sent');
    expect(JSON.stringify(sent)).not.toContain('Kq7mWx2pRt9v');
    expect(sent.params).toEqual([
      { name: 'username', value: 'first-pw' },
      { name: 'password', value: '******' },
    ]);
    // refused (no template): not sent, and not kept either
    await db.tx((sql) => noTemplate.send(message(other.phone, 'Zt4nLp8sWq3c'), sql));
    await refuse();
    const failed = await row(await lastId(other.phone));
    expect(failed).toMatchObject({ state: 'failed', reason_code: 'NO_TEMPLATE' });
    expect(JSON.stringify(failed)).not.toContain('Zt4nLp8sWq3c');
  });

  it('two dispatchers at once send each message exactly once', async () => {
    const { sender, settings } = setup('tencent', { perNumberHour: 100 });
    const root = await ctx.newRoot();
    const phones: string[] = [];
    for (let i = 0; i < 12; i++) {
      const m = await member(root);
      phones.push(m.phone);
      await db.tx((sql) => joinReceived(sender, m.phone, '并发', sql));
    }
    const before = tencent.messages.length;
    const [x, y] = await Promise.all([
      dispatchSms(db, settings, clock()),
      dispatchSms(db, settings, clock()),
    ]);
    expect(x.sent + y.sent).toBe(12);
    const got = tencent.messages.slice(before).map((m) => m.phone.replace('+86', ''));
    expect(got.sort()).toEqual([...phones].sort());
  });
});

describe('outbox mode', () => {
  it('keeps today’s behaviour: recorded, logged with its text, nothing sent', async () => {
    const before = tencent.requests + aliyun.requests;
    const phone = ctx.newPhone();
    await ctx.services.sender.send({
      channel: 'sms',
      to: phone,
      purpose: 'join_received',
      text: joinText('己'),
    });
    const r = await row(await lastId(phone));
    expect(r).toMatchObject({ state: 'recorded', sent_at: null, provider: null, text: joinText('己') });
    expect(tencent.requests + aliyun.requests).toBe(before);
  });

  it('names the missing variable when a provider’s configuration is incomplete', () => {
    expect(() => loadSmsConfig({ GONGHUI_SMS_PROVIDER: 'tencent', GONGHUI_SMS_KEY_ID: 'x' })).toThrow(
      /GONGHUI_SMS_KEY_SECRET, GONGHUI_SMS_SIGN, GONGHUI_SMS_APP_ID/,
    );
    expect(() => loadSmsConfig({ GONGHUI_SMS_PROVIDER: 'huawei' })).toThrow(/GONGHUI_SMS_PROVIDER/);
    expect(() =>
      loadSmsConfig({
        GONGHUI_SMS_PROVIDER: 'aliyun',
        GONGHUI_SMS_KEY_ID: 'a',
        GONGHUI_SMS_KEY_SECRET: 'b',
        GONGHUI_SMS_SIGN: 'c',
        GONGHUI_SMS_TEMPLATES: '{"activation_code": 5}',
      }),
    ).toThrow(/GONGHUI_SMS_TEMPLATES/);
    expect(loadSmsConfig({}).provider).toBe('outbox');
    expect(TEST_NOW).toBeInstanceOf(Date);
  });
});
