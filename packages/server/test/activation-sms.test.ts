import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import type { OutgoingMessage, Sender } from '../src/modules/outbox/index.ts';
import type { Services } from '../src/services.ts';
import { movableClock } from './clock.ts';
import { openTestContext, type TestContext, testServices } from './factories.ts';

/**
 * A member's phone account end to end through the Sender a provider plugs in (not the default outbox): the
 * activation code and the sign-in code are handed to it in the deciding transaction, and only for an account.
 */

const clock = movableClock();
const sent: OutgoingMessage[] = [];
/** Stands for a provider's sender: keeps what it was handed, only when the caller's transaction commits. */
const provider: Sender = {
  async send(message, sql) {
    if (!sql) throw new Error('a code is sent in the transaction that stores it');
    await sql.query('select 1');
    sent.push(message);
  },
};

let db: Db;
let ctx: TestContext;
let services: Services;
beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock }));
  services = testServices(db, { clock, sender: provider });
});
afterAll(async () => db?.close());

const codeIn = (m: OutgoingMessage | undefined) => m?.text.match(/\d{6}/)?.[0] as string;

describe('a member activates and signs in by SMS through the configured sender', () => {
  it('sends the activation code, then a sign-in code, through the Sender and nothing to a stranger', async () => {
    const root = await ctx.newRoot();
    const union = await ctx.newOrg(await ctx.newOrg(root, 'district'), 'grassroots');
    const phone = ctx.newPhone();
    const idNumber = ctx.newIdNumber();
    await ctx.newPerson(union, { idNumber, phone, name: '吴八' });

    await services.activation.startActivation({ name: '吴八', idNumber, phone }, '10.9.0.1');
    await services.activation.startActivation(
      { name: '吴八', idNumber: ctx.newIdNumber(), phone: ctx.newPhone() },
      '10.9.0.1',
    );
    expect(sent.map((m) => [m.to, m.purpose])).toEqual([[phone, 'activation_code']]);
    const { token } = await services.activation.verifyActivation(
      { phone, code: codeIn(sent[0]), password: 'a-long-passphrase' },
      '10.9.0.1',
    );
    expect(token).toBeTruthy();

    await services.codeSignIn.requestCode(phone, '10.9.0.2');
    await services.codeSignIn.requestCode(ctx.newPhone(), '10.9.0.2');
    expect(sent.map((m) => [m.to, m.purpose])).toEqual([
      [phone, 'activation_code'],
      [phone, 'login_code'],
    ]);
    expect(sent[1].text).toMatch(/^您的登录验证码为\d{6}，5分钟内有效。/);
    const session = await services.codeSignIn.signInWithCode(phone, codeIn(sent[1]), '10.9.0.2');
    expect(session.actor).toMatchObject({ role: 'worker', username: phone });
    // nothing of the code is kept in clear
    const { rows } = await db.query('select 1 from sign_in_codes where code_hash like $1', [
      `%${codeIn(sent[1])}%`,
    ]);
    expect(rows).toEqual([]);
  });
});
