import type { Db } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { claimAttempt, countFailedLogins, findAttemptWait } from './auth.repository.ts';

/** Attempts a (login, address) pair gets before each further one must wait. */
export const FREE_ATTEMPTS = 5;
/** The longest wait between two attempts of one pair, and how long a pair's count lasts. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** Distinct logins that one address may fail within the window before the address itself is refused. */
export const SPRAY_LOGINS = 20;

const throttled = (seconds: number) =>
  new AppError(
    'throttled',
    'LOGIN_THROTTLED',
    {
      zh: `登录尝试过于频繁，请${seconds >= 60 ? `${Math.ceil(seconds / 60)}分钟` : `${seconds}秒`}后再试`,
      en: `Too many sign-in attempts; try again in ${seconds >= 60 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`}`,
    },
    { retryAfterSeconds: seconds },
  );

/**
 * Counts one sign-in attempt for the (login, address) pair before the password is checked, in one
 * statement, so parallel requests cannot pass the limit together. The first FREE_ATTEMPTS are free; after
 * that attempt n waits 2^(n - FREE_ATTEMPTS) seconds after the previous one (at most MAX_DELAY_SECONDS).
 * A wrong guess from one address therefore never locks the account out for its owner elsewhere. An
 * address that failed on SPRAY_LOGINS different logins within the window is refused outright.
 */
export async function claimLoginAttempt(db: Db, login: string, ip: string): Promise<void> {
  if ((await countFailedLogins(db, ip, MAX_DELAY_SECONDS)) >= SPRAY_LOGINS)
    throw throttled(MAX_DELAY_SECONDS);
  const attempts = await claimAttempt(db, login, ip, FREE_ATTEMPTS, MAX_DELAY_SECONDS);
  if (attempts === undefined) {
    throw throttled((await findAttemptWait(db, login, ip, FREE_ATTEMPTS, MAX_DELAY_SECONDS)) ?? 1);
  }
}
