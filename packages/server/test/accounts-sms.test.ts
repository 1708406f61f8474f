import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importUsers } from '../src/modules/auth/index.ts';
import { SMS_PURPOSES } from '../src/modules/outbox/index.ts';
import { todayInChina } from '../src/shared/dates.ts';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { movableClock } from './clock.ts';
import { openWithSmsProvider } from './factories.ts';

/**
 * Accounts for every union from a sheet (issue 45): where an SMS provider is configured, a temporary first password
 * goes by SMS to the row's phone, in the transaction that opens the account, and is in no sheet; a row without a
 * phone, or a chosen password, keeps the sheet's road. Without a provider nothing is sent (accounts.test.ts).
 */

const clock = movableClock();
/** Messages go through a provider's Sender (not the default outbox), handed over in the deciding transaction. */
let w: Awaited<ReturnType<typeof openWithSmsProvider>>;
beforeAll(async () => {
  w = await openWithSmsProvider(clock, 'a first password is sent in the transaction that opens the account');
});
afterAll(async () => w?.db.close());

const HEADERS = ['用户名', '姓名', '手机号', '所在工会', '角色', '初始密码'];
const sheet = (rows: string[][]) =>
  readSheet(writeWorkbook([{ name: '账号', headers: HEADERS, rows }]), '账号.xlsx');

describe('first passwords by SMS where a provider is configured', () => {
  it('declares its purpose with its template parameters, a secret as the codes are', () => {
    const p = SMS_PURPOSES.find((x) => x.purpose === 'account_password');
    expect(p?.params.map((x) => x.name)).toEqual(['username', 'password']);
    expect(p?.secret).toBe(true);
  });

  it('sends a temporary password to the phone of its row, and leaves it out of the sheet and the text', async () => {
    const root = await w.ctx.newRoot();
    const unique = w.ctx.unique();
    const phone = w.ctx.newPhone();
    const file = await sheet([
      [`sms-a-${unique}`, '短信一', phone, root.name, '工作人员', ''],
      [`sms-b-${unique}`, '无手机', '', root.name, '工作人员', ''],
      [`sms-c-${unique}`, '自定密码', w.ctx.newPhone(), root.name, '工作人员', 'chosen-initial-pw-9'],
    ]);
    // the provider's sender carries the passwords (signed on the way: w.sent below is what it was handed)
    expect(w.services.passwordSender).not.toBeNull();
    // a check (预检) says where each first password will come from, and sends nothing
    const check = await importUsers(w.db, w.services.users, w.ctx.actor('manager', root), file, {
      passwords: w.services.passwordSender,
      today: todayInChina(clock()),
      dryRun: true,
    });
    expect(check.accounts.map((a) => [a.username, a.password])).toEqual([
      [`sms-a-${unique}`, 'sms'],
      [`sms-b-${unique}`, 'temporary'],
      [`sms-c-${unique}`, 'given'],
    ]);
    expect(w.sent).toHaveLength(0);
    const answer = await importUsers(w.db, w.services.users, w.ctx.actor('manager', root), file, {
      passwords: w.services.passwordSender,
      today: todayInChina(clock()),
    });
    expect(answer.created.map((a) => [a.passwordSent, a.temporaryPassword === null])).toEqual([
      [true, true],
      [false, false],
      [false, true],
    ]);
    expect(w.sent).toHaveLength(1);
    const [m] = w.sent;
    expect([m.to, m.purpose, m.params?.username, m.orgId]).toEqual([
      phone,
      'account_password',
      `sms-a-${unique}`,
      root.id,
    ]);
    const password = m.params?.password as string;
    expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(m.text).not.toContain(password);
    expect(m.text).toMatch(/^【工会】您在工会平台的账号/);
    // the account signs in with what the SMS carried
    const signedIn = await w.services.auth.login(`sms-a-${unique}`, password, '10.9.0.2');
    expect(signedIn.token).toBeTruthy();
    // the sheet downloaded once names the SMS instead of the password
    const out = await readSheet(Buffer.from(answer.accountsXlsxBase64, 'base64'), 'x.xlsx');
    expect(JSON.stringify(out.rows)).not.toContain(password);
    expect(JSON.stringify(out.rows)).toContain('已短信发送');
  });
});
