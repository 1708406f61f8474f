import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { invalid, notYours } from '../../shared/errors.ts';
import { hashSmsCode, newSmsCode } from '../../shared/sms-code.ts';
import type { Sender } from '../outbox/index.ts';
import { changeOwnPhone, checkPhone, findPersonById, type IdProtector } from '../people/index.ts';
import { onboardingErrors } from './onboarding.errors.ts';
import { claimRequest } from './onboarding.throttle.ts';
import {
  CODE_ATTEMPTS,
  CODE_TTL_MINUTES,
  CODES_PER_HOUR,
  checkClaimedCode,
  claimCodeForNumber,
  RESEND_AFTER_SECONDS,
} from './one-time-code.ts';
import {
  claimPhoneChangeCode,
  hasLivePhoneChangeCode,
  replacePhoneChangeCode,
  usePhoneChangeCode,
} from './phone-change.repository.ts';

const samePhone = () =>
  invalid(
    'PHONE_UNCHANGED',
    { zh: '这已是你的手机号', en: 'This is already your phone number' },
    { field: 'phone' },
  );

/**
 * A worker's change of their own phone number (ADR 147), in two steps: a 6-digit code goes to the NEW number through
 * the Sender activation codes go through, with the same limits per number (one a minute, five an hour, counted with
 * the activation codes of that number) and five an hour per worker; the code, confirmed, changes the member's phone
 * and, by people's `changeOwnPhone`, the account's. Whether another account holds the number is told only after the
 * code proves the worker holds it.
 */
export function createPhoneChange(db: Db, ids: IdProtector, sender: Sender, clock: Clock) {
  const key = (kind: string, value: string) => ids.hash(`${kind}:${value}`);

  function personOf(actor: Actor): number {
    if (!actor.personId) throw notYours();
    return actor.personId;
  }

  return {
    /** Sends a code to the new number. */
    async requestPhoneCode(actor: Actor, phone: string): Promise<{ resendAfterSeconds: number }> {
      const personId = personOf(actor);
      checkPhone(phone);
      const person = await findPersonById(db, personId);
      if (person?.phone === phone) throw samePhone();
      const now = clock();
      // counted with the number's activation codes: a number gets as many codes of either kind
      await claimCodeForNumber(db, key, phone, now);
      await claimRequest(db, key('phone-change-person', String(personId)), CODES_PER_HOUR, now);
      const code = newSmsCode();
      await db.tx(async (sql) => {
        await replacePhoneChangeCode(sql, {
          personId,
          phone,
          codeHash: hashSmsCode(code),
          now,
          expiresAt: new Date(now.getTime() + CODE_TTL_MINUTES * 60_000),
        });
        await sender.send(
          {
            channel: 'sms',
            to: phone,
            purpose: 'phone_change_code',
            text: `您正在更换手机号，验证码为 ${code}，${CODE_TTL_MINUTES}分钟内有效。请勿告诉他人。`,
          },
          sql,
        );
      });
      return { resendAfterSeconds: RESEND_AFTER_SECONDS };
    },

    /** Checks the code sent to the new number; then the number is the member's and their account's. */
    async confirmPhone(actor: Actor, phone: string, code: string): Promise<void> {
      const personId = personOf(actor);
      checkPhone(phone);
      const now = clock();
      const claimed = await checkClaimedCode(
        await claimPhoneChangeCode(db, personId, phone, now, CODE_ATTEMPTS),
        code,
        () => hasLivePhoneChangeCode(db, personId, phone, now),
      );
      await db.tx(async (sql) => {
        if (!(await usePhoneChangeCode(sql, claimed.id, now))) throw onboardingErrors.codeInvalid();
        await changeOwnPhone(sql, actor, phone);
      });
    },
  };
}

export type PhoneChange = ReturnType<typeof createPhoneChange>;
