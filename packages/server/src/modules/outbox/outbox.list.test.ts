import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { createOutboxService } from './outbox.service.ts';

describe('the SMS outbox (短信发件箱)', () => {
  let db: Db;
  let t: TestContext;
  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
  });
  afterAll(() => db.close());

  it('says what each message was sent for in words, a purpose no longer sent by its code', async () => {
    const phone = t.newPhone();
    for (const purpose of ['login_code', 'payment.paid', 'counselling.crisis', 'retired_purpose'])
      await db.query(`insert into outbox (channel, recipient, text, purpose) values ('sms', $1, '…', $2)`, [
        phone,
        purpose,
      ]);
    const { items } = await createOutboxService(db).listOutbox(t.actor('admin', null), { phone });
    expect(items.map((i) => [i.purpose, i.purposeName])).toEqual([
      ['retired_purpose', { zh: 'retired_purpose', en: 'retired_purpose' }],
      ['counselling.crisis', { zh: '心理危机预警', en: 'Counselling crisis alert' }],
      ['payment.paid', { zh: '款项已发放', en: 'Payment made' }],
      ['login_code', { zh: '短信登录验证码', en: 'Sign-in code' }],
    ]);
  });
});
