import type { Db } from '../../db/db.ts';
import { smsCodeMatches } from '../../shared/sms-code.ts';
import { onboardingErrors } from './onboarding.errors.ts';
import { claimRequest } from './onboarding.throttle.ts';

/**
 * What every one-time code a member is sent by SMS keeps to (activation, a change of phone): how long it works, how
 * many guesses it takes, the pause before a number may ask for another, and how many codes a number gets an hour.
 */
export const CODE_TTL_MINUTES = 10;
export const RESEND_AFTER_SECONDS = 60;
export const CODE_ATTEMPTS = 5;
export const CODES_PER_HOUR = 5;

/**
 * Counts a code asked for `phone` against the number's limits, one a minute and CODES_PER_HOUR an hour, whatever
 * kind of code it is (429 otherwise). `key` is the caller's keyed hash of a kind and a value.
 */
export async function claimCodeForNumber(
  db: Db,
  key: (kind: string, value: string) => string,
  phone: string,
  now: Date,
): Promise<void> {
  await claimRequest(db, key('activation-phone-minute', phone), 1, now, {
    windowSeconds: RESEND_AFTER_SECONDS,
    refused: (secondsLeft) => onboardingErrors.resendTooSoon(secondsLeft),
  });
  await claimRequest(db, key('activation-phone', phone), CODES_PER_HOUR, now);
}

/**
 * A guess at a code, claimed first (one guarded update counting it, so parallel guesses never pass the limit):
 * answers the claimed code when `code` is it; otherwise refuses — with the guesses left, or as dead once they are
 * used up (also when nothing could be claimed but a live code exists, `live()`).
 */
export async function checkClaimedCode<C extends { attempts: number; codeHash: string }>(
  claimed: C | undefined,
  code: string,
  live: () => Promise<boolean>,
): Promise<C> {
  if (!claimed) throw (await live()) ? onboardingErrors.codeDead() : onboardingErrors.codeInvalid();
  if (smsCodeMatches(claimed.codeHash, code)) return claimed;
  if (claimed.attempts >= CODE_ATTEMPTS) throw onboardingErrors.codeDead();
  throw onboardingErrors.codeInvalid(CODE_ATTEMPTS - claimed.attempts);
}
