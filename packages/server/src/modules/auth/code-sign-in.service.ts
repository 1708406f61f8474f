import { createHmac, randomBytes } from 'node:crypto';
import { type Actor, isOverseer } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { hashSmsCode, newSmsCode, smsCodeMatches } from '../../shared/sms-code.ts';
import { recordAudit } from '../audit/index.ts';
import { maskPhone, type Sender } from '../outbox/index.ts';
import { findOrCreateChallengeKey, listActorRows } from './auth.repository.ts';
import type { AuthService, LoginResult } from './auth.service.ts';
import {
  claimSignInCode,
  countSignInRequest,
  findCodeSignInUser,
  findSmsSignIn,
  findUserIdByPhone,
  insertSignInCode,
  purgeSignInCodes,
  setSmsSignIn,
  useSignInCode,
} from './code-sign-in.repository.ts';
import { recordSignInFailure } from './sign-in-audit.ts';

/** How long a code works, how many wrong guesses void it, and the pause the page counts down before a resend. */
export const SIGN_IN_CODE_TTL_MINUTES = 5;
export const SIGN_IN_CODE_ATTEMPTS = 5;
export const RESEND_AFTER_SECONDS = 60;
/** Codes one number may be sent an hour; code requests and sign-ins one address may make an hour. */
export const SIGN_IN_CODES_PER_HOUR = 5;
export const SIGN_IN_REQUESTS_PER_ADDRESS = 20;
export const SIGN_IN_TRIES_PER_ADDRESS = 30;
const HOUR = 3600;

const throttled = (seconds: number) =>
  new AppError(
    'throttled',
    'SMS_CODE_THROTTLED',
    seconds <= RESEND_AFTER_SECONDS
      ? { zh: `请${seconds}秒后再获取验证码`, en: `Ask for another code in ${seconds} seconds` }
      : { zh: '验证码请求过于频繁，请一小时后再试', en: 'Too many code requests; try again in an hour' },
    { retryAfterSeconds: seconds },
  );

const codeInvalid = (remaining?: number) =>
  new AppError(
    'unauthenticated',
    'SMS_CODE_INVALID',
    remaining
      ? { zh: `验证码错误，还可尝试${remaining}次`, en: `The code is wrong; ${remaining} attempts left` }
      : {
          zh: '验证码错误或已失效，请重新获取',
          en: 'The code is wrong or no longer valid; ask for a new one',
        },
    remaining ? { remaining } : undefined,
  );

export type Portal = 'staff' | 'worker';

/**
 * Whether an account holding these roles may sign in by SMS code at all: never one holding the security or the audit
 * administrator's role, whose codes would land in the system administrator's outbox (ADR 148).
 */
export const maySignInByCode = (roles: readonly { role: string }[]): boolean =>
  !roles.some((r) => isOverseer(r.role));

/**
 * Sign-in by a 6-digit code sent by SMS (ADR 81). Workers may always; an account holding a staff role only when its
 * holder turned it on (`setSmsSignIn`). A code request answers the same for every well-formed number: a code row is
 * written whether or not an account has the number, and only an account's code is handed to the Sender. Requests
 * are counted in the database (sign_in_counters, shared by every server process) per address, per number per
 * minute and per number per hour; each code takes SIGN_IN_CODE_ATTEMPTS guesses, lasts SIGN_IN_CODE_TTL_MINUTES
 * by the clock, and is used once. Only a salted hash of a code is stored; the code leaves only as the SMS text.
 */
export function createCodeSignIn(db: Db, auth: AuthService, sender: Sender, clock: Clock) {
  let key: Promise<Buffer> | undefined;
  const counterKey = async (what: string, value: string) => {
    key ??= findOrCreateChallengeKey(db, randomBytes(32).toString('base64')).then((k) =>
      Buffer.from(k, 'base64'),
    );
    key.catch(() => {
      key = undefined;
    });
    return `sms-sign-in:${what}:${createHmac('sha256', await key)
      .update(value)
      .digest('base64url')}`;
  };

  /**
   * Counts a request in its window; past `limit` refused, a resend's pause with the seconds left in it (the page
   * counts them down), an hour's limit as an hour.
   */
  async function claim(what: string, value: string, limit: number, windowSeconds: number) {
    const { n, secondsLeft } = await countSignInRequest(
      db,
      await counterKey(what, value),
      clock(),
      windowSeconds,
    );
    if (n > limit) throw throttled(windowSeconds <= RESEND_AFTER_SECONDS ? secondsLeft : windowSeconds);
  }

  /**
   * The assignment a code sign-in acts as, or undefined when the account may not sign in by code. A security or
   * audit administrator never may: without an SMS provider every code lands in the system administrator's outbox,
   * which would let the overseen sign in as those who oversee it (ADR 148).
   */
  async function pickAssignment(userId: number, smsSignIn: boolean, portal: Portal) {
    const rows = await listActorRows(db, userId);
    if (!maySignInByCode(rows)) return undefined;
    const worker = rows.find((r) => r.role === 'worker');
    const staff = rows.filter((r) => r.role !== 'worker');
    if (portal === 'worker' && worker) return worker;
    if (staff.length && smsSignIn) return staff[0];
    return staff.length ? undefined : worker;
  }

  return {
    /** Sends a code to the number when an account may sign in with it; answers the same either way. */
    async requestCode(
      phone: string,
      ip: string,
      portal: Portal = 'worker',
    ): Promise<{ resendAfterSeconds: number }> {
      await claim('ip', ip, SIGN_IN_REQUESTS_PER_ADDRESS, HOUR);
      await claim('phone-minute', phone, 1, RESEND_AFTER_SECONDS);
      await claim('phone-hour', phone, SIGN_IN_CODES_PER_HOUR, HOUR);
      const code = newSmsCode();
      const now = clock();
      const user = await findCodeSignInUser(db, phone);
      const assignment = await pickAssignment(user?.userId ?? 0, user?.smsSignIn ?? false, portal);
      await db.tx(async (sql) => {
        await insertSignInCode(sql, {
          phone,
          codeHash: hashSmsCode(code),
          now,
          expiresAt: new Date(now.getTime() + SIGN_IN_CODE_TTL_MINUTES * 60_000),
        });
        if (!user || !assignment) return;
        await sender.send(
          {
            channel: 'sms',
            to: phone,
            purpose: 'login_code',
            text: `您的登录验证码为${code}，${SIGN_IN_CODE_TTL_MINUTES}分钟内有效。请勿告诉他人。`,
          },
          sql,
        );
      });
      return { resendAfterSeconds: RESEND_AFTER_SECONDS };
    },

    /**
     * Checks the code and opens the same session a password sign-in does (audited as auth.login, method sms_code).
     * Every guess is claimed before it is compared, so parallel wrong guesses never exceed the limit. A wrong code
     * (or none live for the number) is audited as auth.login_failed, the phone masked; the address limit bounds them.
     */
    async signInWithCode(
      phone: string,
      code: string,
      ip: string,
      portal: Portal = 'worker',
    ): Promise<LoginResult> {
      await claim('try-ip', ip, SIGN_IN_TRIES_PER_ADDRESS, HOUR);
      const now = clock();
      const claimed = await claimSignInCode(db, phone, now, SIGN_IN_CODE_ATTEMPTS);
      if (!claimed || !smsCodeMatches(claimed.codeHash, code)) {
        const userId = (await findUserIdByPhone(db, phone)) ?? null;
        await db.tx((sql) =>
          recordSignInFailure(sql, userId, ip, { phone: maskPhone(phone), reason: 'wrong_code' }),
        );
        throw codeInvalid(claimed ? SIGN_IN_CODE_ATTEMPTS - claimed.attempts : undefined);
      }
      if (!(await useSignInCode(db, claimed.id, now))) throw codeInvalid();
      const user = await findCodeSignInUser(db, phone);
      const assignment = user && (await pickAssignment(user.userId, user.smsSignIn, portal));
      if (!assignment) throw codeInvalid();
      return auth.startSessionAs(assignment.userId, assignment.assignmentId, ip, 'sms_code');
    },

    /** Housekeeping: codes and counters older than a day. */
    async purgeOld(now = clock()): Promise<void> {
      await purgeSignInCodes(db, now);
    },

    /** Whether the signed-in user may sign in by SMS code, and whether their account has a phone for it. */
    async getSmsSignIn(
      actor: Actor,
    ): Promise<{ enabled: boolean; hasPhone: boolean; alwaysForWorkers: true }> {
      const found = await findSmsSignIn(db, actor.userId);
      return { enabled: found.on, hasPhone: found.phone !== null, alwaysForWorkers: true };
    },

    /** Turns code sign-in for the user's staff roles on or off (their worker role always may). */
    async setSmsSignIn(actor: Actor, enabled: boolean) {
      const found = await findSmsSignIn(db, actor.userId);
      if (enabled && !maySignInByCode(await listActorRows(db, actor.userId))) {
        throw new AppError('invalid', 'SMS_SIGN_IN_NOT_FOR_OVERSEERS', {
          zh: '安全管理员、审计管理员不能使用短信验证码登录，请用密码登录',
          en: 'A security or audit administrator does not sign in by SMS code; sign in with the password',
        });
      }
      if (enabled && found.phone === null) {
        throw new AppError('invalid', 'SMS_SIGN_IN_NEEDS_PHONE', {
          zh: '账号未登记手机号，不能开启短信验证码登录，请联系管理员登记',
          en: 'The account has no phone number; ask an administrator to add one before turning on sign-in by SMS code',
        });
      }
      await db.tx(async (sql) => {
        await setSmsSignIn(sql, actor.userId, enabled);
        await recordAudit(sql, actor, {
          action: 'auth.sms_sign_in',
          entity: 'user',
          entityId: actor.userId,
          after: { enabled },
        });
      });
      return this.getSmsSignIn(actor);
    },
  };
}

export type CodeSignIn = ReturnType<typeof createCodeSignIn>;
