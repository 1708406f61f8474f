import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { invalid } from '../../shared/errors.ts';
import { hashSmsCode, newSmsCode } from '../../shared/sms-code.ts';
import { normaliseText } from '../../shared/text.ts';
import { recordAudit } from '../audit/index.ts';
import { type AuthService, checkPasswordPolicy, insertUser } from '../auth/index.ts';
import type { Sender } from '../outbox/index.ts';
import {
  checkPhone,
  findPersonById,
  findPersonIdByHash,
  ID_PROBLEM_TEXT,
  type IdProtector,
  parseIdNumber,
} from '../people/index.ts';
import { onboardingErrors } from './onboarding.errors.ts';
import {
  claimActivationAttempt,
  deleteUnusedActivationCodes,
  hasLiveActivationCode,
  hasUserForPersonOrPhone,
  insertActivationCode,
  listUsersTaking,
  useActivationCode,
} from './onboarding.repository.ts';
import { claimRequest } from './onboarding.throttle.ts';
import {
  CODE_ATTEMPTS,
  CODE_TTL_MINUTES,
  CODES_PER_HOUR,
  checkClaimedCode,
  claimCodeForNumber,
  RESEND_AFTER_SECONDS,
} from './one-time-code.ts';

/** Activation requests one address may make an hour (start and verify each). */
export const ACTIVATIONS_PER_ADDRESS = 30;

export interface ActivationStart {
  name: string;
  idNumber: string;
  phone: string;
}

export interface ActivationVerify {
  phone: string;
  code: string;
  username?: string;
  password: string;
}

export function parseIdOrThrow(idNumber: string, today: string): string {
  const parsed = parseIdNumber(idNumber, today);
  if (!parsed.ok) throw invalid('ID_NUMBER_INVALID', ID_PROBLEM_TEXT[parsed.problem], { field: 'idNumber' });
  return parsed.value.number;
}

export function createActivationService(
  db: Db,
  ids: IdProtector,
  sender: Sender,
  auth: AuthService,
  clock: Clock,
) {
  const key = (kind: string, value: string) => ids.hash(`${kind}:${value}`);

  /**
   * The member this start request names, when name, ID number and phone all match an active membership. Names are
   * compared as a clerk reads them (normaliseText): `赵 小红`, typed with the space many phone keyboards put after a
   * surname, or with a full-width one, is `赵小红`.
   */
  async function findActivatable(sql: Sql, input: ActivationStart, number: string) {
    const personId = await findPersonIdByHash(sql, ids.lookups(number));
    if (personId === undefined) return undefined;
    const person = await findPersonById(sql, personId);
    if (!person?.orgId || normaliseText(person.name) !== normaliseText(input.name)) return undefined;
    if (person.phone !== input.phone) return undefined;
    const taken = await hasUserForPersonOrPhone(sql, personId, input.phone);
    return taken ? undefined : person;
  }

  return {
    /**
     * Sends a one-time code when the member exists and has no account. Answers the same either way, so
     * the answer does not tell whether someone is a member; requests are counted per phone, ID number and
     * address whether or not they match.
     */
    async startActivation(input: ActivationStart, ip: string): Promise<{ resendAfterSeconds: number }> {
      const number = parseIdOrThrow(input.idNumber, todayInChina(clock()));
      checkPhone(input.phone);
      const idHash = ids.hash(number);
      const now = clock();
      await claimRequest(db, key('activation-ip', ip), ACTIVATIONS_PER_ADDRESS, now);
      await claimCodeForNumber(db, key, input.phone, now);
      await claimRequest(db, key('activation-id', idHash), CODES_PER_HOUR, now);
      await db.tx(async (sql) => {
        const person = await findActivatable(sql, input, number);
        if (!person) return;
        const code = newSmsCode();
        // A new code replaces the earlier ones of this person.
        await deleteUnusedActivationCodes(sql, person.id);
        await insertActivationCode(sql, {
          personId: person.id,
          phone: input.phone,
          codeHash: hashSmsCode(code),
          ttlMinutes: CODE_TTL_MINUTES,
        });
        await sender.send(
          {
            channel: 'sms',
            to: input.phone,
            purpose: 'activation_code',
            text: `您的账号激活验证码为 ${code}，${CODE_TTL_MINUTES}分钟内有效。请勿告诉他人。`,
          },
          sql,
        );
      });
      return { resendAfterSeconds: RESEND_AFTER_SECONDS };
    },

    /**
     * Checks the code and creates the member's worker account, then opens a session. Every guess is
     * claimed before it is compared (one guarded update), so parallel wrong guesses never exceed the limit.
     */
    async verifyActivation(input: ActivationVerify, ip: string) {
      checkPhone(input.phone);
      const username = input.username?.trim() || input.phone;
      checkPasswordPolicy(input.password, username);
      await claimRequest(db, key('activation-verify-ip', ip), ACTIVATIONS_PER_ADDRESS, clock());
      const claimed = await checkClaimedCode(
        await claimActivationAttempt(db, input.phone, CODE_ATTEMPTS),
        input.code,
        () => hasLiveActivationCode(db, input.phone),
      );
      const userId = await db.tx(async (sql) => {
        const personId = await useActivationCode(sql, claimed.id);
        if (personId === undefined) throw onboardingErrors.codeInvalid();
        const taken = await listUsersTaking(sql, personId, username, input.phone);
        if (taken.some((r) => r.personId === personId)) throw onboardingErrors.alreadyActivated();
        if (taken.length) throw onboardingErrors.usernameTaken();
        const person = await findPersonById(sql, personId);
        const id = await insertUser(sql, {
          username,
          password: input.password,
          displayName: person?.name ?? username,
          roles: [{ role: 'worker', orgId: null }],
          personId,
          phone: input.phone,
        });
        const actor: Actor = {
          userId: id,
          username,
          displayName: person?.name ?? username,
          role: 'worker',
          orgId: null,
          scopePath: null,
          personId,
          ip,
        };
        await recordAudit(sql, actor, {
          action: 'account.activate',
          entity: 'user',
          entityId: id,
          orgId: person?.orgId ?? null,
          after: { username, personId },
        });
        return id;
      });
      const session = await auth.signInAs(userId, ip);
      return { token: session.token, username };
    },
  };
}

export type ActivationService = ReturnType<typeof createActivationService>;
