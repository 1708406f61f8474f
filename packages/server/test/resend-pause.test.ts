import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from './clock.ts';
import { openWithSmsProvider } from './factories.ts';

/**
 * Another code asked for within the minute is refused with the seconds actually left in that minute (the page
 * counts them down), where the refusal said 请60秒后再获取验证码 however long ago the first code was sent.
 */

const clock = movableClock();
let w: Awaited<ReturnType<typeof openWithSmsProvider>>;
beforeAll(async () => {
  w = await openWithSmsProvider(clock, 'a code is sent in the transaction that stores it');
});
afterAll(async () => w?.db.close());

const pause = (seconds: number, code: string) => ({
  code,
  messages: { zh: `请${seconds}秒后再获取验证码`, en: `Ask for another code in ${seconds} seconds` },
  details: { retryAfterSeconds: seconds },
});

describe('the pause before another code', () => {
  it('says the seconds left of a sign-in code’s minute', async () => {
    const phone = w.ctx.newPhone();
    await w.services.codeSignIn.requestCode(phone, '10.9.3.1');
    clock.advance(45_500);
    await expect(w.services.codeSignIn.requestCode(phone, '10.9.3.1')).rejects.toMatchObject(
      pause(15, 'SMS_CODE_THROTTLED'),
    );
    clock.advance(14_500);
    await expect(w.services.codeSignIn.requestCode(phone, '10.9.3.1')).resolves.toEqual({
      resendAfterSeconds: 60,
    });
  });

  it('says the seconds left of an activation code’s minute', async () => {
    const input = () => ({ name: '吴九', idNumber: w.ctx.newIdNumber(), phone });
    const phone = w.ctx.newPhone();
    await w.services.activation.startActivation(input(), '10.9.3.2');
    clock.advance(20_000);
    await expect(w.services.activation.startActivation(input(), '10.9.3.2')).rejects.toMatchObject(
      pause(40, 'ACTIVATION_RESEND_TOO_SOON'),
    );
    clock.advance(39_000);
    await expect(w.services.activation.startActivation(input(), '10.9.3.2')).rejects.toMatchObject(
      pause(1, 'ACTIVATION_RESEND_TOO_SOON'),
    );
  });
});
