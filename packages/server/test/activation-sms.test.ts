import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../src/modules/outbox/index.ts';
import { movableClock } from './clock.ts';
import { openWithSmsProvider } from './factories.ts';

/**
 * A member's phone account end to end through the Sender a provider plugs in (not the default outbox): the
 * activation code and the sign-in code are handed to it in the deciding transaction, and only for an account.
 */

const clock = movableClock();
/** Messages go through a provider's Sender (not the default outbox), handed over in the deciding transaction. */
let w: Awaited<ReturnType<typeof openWithSmsProvider>>;
beforeAll(async () => {
  w = await openWithSmsProvider(clock, 'a code is sent in the transaction that stores it');
});
afterAll(async () => w?.db.close());

const codeIn = (m: OutgoingMessage | undefined) => m?.text.match(/\d{6}/)?.[0] as string;

describe('a member activates and signs in by SMS through the configured sender', () => {
  it('sends the activation code, then a sign-in code, through the Sender and nothing to a stranger', async () => {
    const root = await w.ctx.newRoot();
    const union = await w.ctx.newOrg(await w.ctx.newOrg(root, 'district'), 'grassroots');
    const phone = w.ctx.newPhone();
    const idNumber = w.ctx.newIdNumber();
    await w.ctx.newPerson(union, { idNumber, phone, name: '吴八' });

    await w.services.activation.startActivation({ name: '吴八', idNumber, phone }, '10.9.0.1');
    await w.services.activation.startActivation(
      { name: '吴八', idNumber: w.ctx.newIdNumber(), phone: w.ctx.newPhone() },
      '10.9.0.1',
    );
    expect(w.sent.map((m) => [m.to, m.purpose])).toEqual([[phone, 'activation_code']]);
    const { token } = await w.services.activation.verifyActivation(
      { phone, code: codeIn(w.sent[0]), password: 'a-long-passphrase' },
      '10.9.0.1',
    );
    expect(token).toBeTruthy();

    await w.services.codeSignIn.requestCode(phone, '10.9.0.2');
    await w.services.codeSignIn.requestCode(w.ctx.newPhone(), '10.9.0.2');
    expect(w.sent.map((m) => [m.to, m.purpose])).toEqual([
      [phone, 'activation_code'],
      [phone, 'login_code'],
    ]);
    // both codes carry the platform's signature, added where the sender is composed
    expect(w.sent[0].text).toMatch(/^【工会】您的账号激活验证码为 \d{6}，/);
    expect(w.sent[1].text).toMatch(/^【工会】您的登录验证码为\d{6}，5分钟内有效。/);
    const session = await w.services.codeSignIn.signInWithCode(phone, codeIn(w.sent[1]), '10.9.0.2');
    expect(session.actor).toMatchObject({ role: 'worker', username: phone });
    // nothing of the code is kept in clear
    const { rows } = await w.db.query('select 1 from sign_in_codes where code_hash like $1', [
      `%${codeIn(w.sent[1])}%`,
    ]);
    expect(rows).toEqual([]);
  });
});
