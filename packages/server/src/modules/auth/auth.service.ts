import { randomBytes } from 'node:crypto';
import type { Actor, Role } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { type Clock, systemClock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { checkGrants } from './auth.grants.ts';
import { changeOwnPassword } from './auth.password-change.ts';
import {
  type ActorRow,
  deleteLoginAttempts,
  deleteSession,
  insertLoginFailure,
  listActorRows,
  purgeExpiredSessions,
  setSessionAssignment,
} from './auth.repository.ts';
import { createSessionLookup } from './auth.session-lookup.ts';
import { hashToken, openSession, toActor } from './auth.sessions.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { checkPasswordPolicy } from './password-policy.ts';
import {
  countFailedSignIn,
  findSecuritySettings,
  findSessionPreviousLogin,
  isPasswordExpired,
  isStaffAccount,
} from './security.repository.ts';
import { type PasswordSignInFailure, recordSignInFailure } from './sign-in-audit.ts';
import { createLoginThrottle, type Proof } from './throttle.ts';
import {
  findActiveUserId,
  findLoginUser,
  insertGrants,
  insertUserRow,
  type RoleGrant,
} from './users.repository.ts';

export const DEMO_PASSWORD = 'gonghui-demo';

let dummy: Promise<string> | undefined;
const dummyHash = () => {
  dummy ??= hashPassword(randomBytes(16).toString('base64'));
  return dummy;
};

export { checkGrants, invalidRoles } from './auth.grants.ts';

/** Roles in the order a sign-in picks its first assignment. */
const ROLE_ORDER: Record<Role, number> = {
  admin: 0,
  security_admin: 0,
  audit_admin: 0,
  manager: 1,
  staff: 2,
  reviewer: 3,
  counsellor: 4,
  worker: 5,
  judge: 6,
};

export interface NewUser {
  username: string;
  password: string;
  /**
   * `password` hashed ahead (hashPassword), as an import does for its rows side by side before its transaction;
   * without it the password is hashed here. The password is checked against the policy either way.
   */
  passwordHash?: string;
  displayName: string;
  roles: RoleGrant[];
  personId?: number | null;
  phone?: string | null;
  /** The user must change the password at the next sign-in (an administrator chose it). */
  mustChangePassword?: boolean;
}

export interface AuthOptions {
  sessionTtlHours: number;
  production: boolean;
  /**
   * Seconds a resolved session may be reused by this process without asking the database (0 = never).
   * Sign-out on this instance takes effect at once; on another instance within this many seconds.
   */
  sessionCacheSeconds?: number;
  /** The clock sign-in challenges expire by, in ms since the epoch (Date.now unless a test sets it). */
  now?: () => number;
  /**
   * The clock the account rules decide by (ADR 82): a session's idle time, a password's age, when a sign-in
   * happened. The session's absolute lifetime and the throttles stay on the database's clock.
   */
  clock?: Clock;
}

export type { SessionLookup } from './auth.session-lookup.ts';

export interface LoginResult {
  token: string;
  actor: Actor;
}

/** Inserts a user and its role assignments inside the caller's transaction; returns the user id. */
export async function insertUser(sql: Sql, input: NewUser): Promise<number> {
  checkGrants(input.roles);
  checkPasswordPolicy(input.password, input.username);
  const id = await insertUserRow(sql, {
    username: input.username,
    phone: input.phone ?? null,
    displayName: input.displayName,
    passwordHash: input.passwordHash ?? (await hashPassword(input.password)),
    personId: input.personId ?? null,
    mustChangePassword: input.mustChangePassword ?? false,
  });
  await insertGrants(sql, id, input.roles);
  return id;
}

export function createAuthService(db: Db, options: AuthOptions) {
  const cacheMs = (options.sessionCacheSeconds ?? 0) * 1000;
  const clock = options.clock ?? systemClock;
  const { resolveSession, forget } = createSessionLookup(db, clock, cacheMs);

  const throttle = createLoginThrottle(db, options.now ?? Date.now);
  const invalidCredentials = () =>
    new AppError('unauthenticated', 'INVALID_CREDENTIALS', {
      zh: '用户名或密码错误',
      en: 'Wrong username or password',
    });

  /**
   * A new session acting as `row`, audited as a sign-in; `also` runs in the same transaction. Every way of
   * signing in comes through here, so the account rules of openSession (auth.sessions.ts) hold for each.
   */
  async function startSession(
    row: ActorRow,
    ip?: string,
    also?: (sql: Sql) => Promise<void>,
    method?: 'sms_code',
  ) {
    const actor = toActor({ ...row, passwordExpired: await isPasswordExpired(db, row.userId, clock()) }, ip);
    const token = randomBytes(32).toString('base64url');
    const replaced = await openSession(db, {
      row,
      actor,
      token,
      ttlHours: options.sessionTtlHours,
      clock,
      also,
      method,
    });
    // the sessions it ended may be cached here: their holders are told at their next request, not seconds later
    if (replaced > 0) forget();
    return { token, actor };
  }

  return {
    resolveSession,

    /**
     * Signs in by username or phone. Before the password is checked, a login with many recent failures
     * needs `proof`, a solved challenge, and attempts are counted per (login, address), so parallel guesses
     * cannot outrun the limit; an address that sprays many logins is refused (throttle.ts).
     * `portal: 'worker'` picks the worker role when the user has one (the phone pages).
     */
    async login(
      login: string,
      password: string,
      ip: string,
      portal: 'staff' | 'worker' = 'staff',
      proof?: Proof,
    ): Promise<LoginResult> {
      const loginKey = await throttle.claim(login, ip, proof);
      const user = await findLoginUser(db, login);
      // An unknown login costs the same hashing as a known one, so timing does not tell which logins exist.
      const passwordOk = user
        ? await verifyPassword(password, user.passwordHash)
        : await verifyPassword(password, await dummyHash()).then(() => false);
      const ok = passwordOk && !!user?.isActive;
      const assignments = ok && user ? await listActorRowsInOrder(db, user.userId) : [];
      if (!user || !ok || assignments.length === 0) {
        // Said only in the audit log: the caller is told the same whatever the reason.
        const reason: PasswordSignInFailure = !user
          ? 'unknown_login'
          : !passwordOk
            ? 'wrong_password'
            : !user.isActive
              ? 'disabled'
              : 'no_role';
        await db.tx(async (sql) => {
          await insertLoginFailure(sql, loginKey, ip);
          if (user?.isActive) await countFailedSignIn(sql, user.userId);
          await recordSignInFailure(sql, user?.userId ?? null, ip, { login, reason });
        });
        throw invalidCredentials();
      }
      if (options.production && password === DEMO_PASSWORD) {
        throw new AppError('forbidden', 'DEMO_PASSWORD_REFUSED', {
          zh: '生产环境不允许使用演示密码，请联系管理员重置密码',
          en: 'The demo password is refused in production; ask an administrator to reset it',
        });
      }
      const preferred =
        (portal === 'worker' && assignments.find((a) => a.role === 'worker')) ||
        assignments.find((a) => a.role !== 'worker') ||
        assignments[0];
      return startSession(preferred, ip, (sql) => deleteLoginAttempts(sql, loginKey, ip));
    },

    /** Opens a session for a user who has just proved who they are another way (set-up, activation). */
    async signInAs(userId: number, ip?: string): Promise<LoginResult> {
      const [first] = await listActorRowsInOrder(db, userId);
      if (!first) throw invalidCredentials();
      return startSession(first, ip);
    },

    /** Opens a session acting as one of the user's assignments, who proved who they are by an SMS code. */
    async startSessionAs(
      userId: number,
      assignmentId: number,
      ip: string,
      method: 'sms_code',
    ): Promise<LoginResult> {
      const row = (await listActorRowsInOrder(db, userId)).find((r) => r.assignmentId === assignmentId);
      if (!row) throw invalidCredentials();
      return startSession(row, ip, undefined, method);
    },

    /** Ends the session; a live one's sign-out is audited (auth.logout) as its user's, from `ip`. */
    async logout(token: string, ip?: string): Promise<void> {
      forget(hashToken(token));
      const { actor } = await resolveSession(token, ip);
      await db.tx(async (sql) => {
        const ended = await deleteSession(sql, hashToken(token));
        if (ended && actor)
          await recordAudit(sql, actor, { action: 'auth.logout', entity: 'user', entityId: actor.userId });
      });
      forget(hashToken(token)); // a lookup sent before the delete committed is not cached either
    },

    /** The actor behind a session token, or null when the token is unknown, expired or ended. */
    async findActorBySession(token: string, ip?: string): Promise<Actor | null> {
      return (await resolveSession(token, ip)).actor;
    },

    /** The sign-in before the session's own (time, address, wrong passwords since), or null for a first one. */
    async findPreviousSignIn(token: string) {
      const found = await findSessionPreviousLogin(db, hashToken(token));
      if (!found?.at) return null;
      return { at: new Date(found.at).toISOString(), ip: found.ip, failedAttempts: found.failed };
    },

    /**
     * What a new password of the account must meet beyond the general rules, as the security settings say now: a
     * staff account's length, character classes and recent passwords not to repeat; null for a worker's.
     */
    async passwordRules(userId: number) {
      if (!(await isStaffAccount(db, userId))) return null;
      const { minLength, minClasses, historyCount } = await findSecuritySettings(db);
      return { minLength, minClasses, historyCount };
    },

    /** The roles the user holds, for the role switcher: each with its union's name. */
    async listRoles(userId: number) {
      return (await listActorRowsInOrder(db, userId)).map((r) => ({
        assignmentId: r.assignmentId,
        role: r.role,
        orgId: r.orgId,
        orgName: r.orgName,
      }));
    },

    /** Makes the session act as another of the user's role assignments. */
    async switchRole(token: string, actor: Actor, assignmentId: number): Promise<Actor> {
      const row = (await listActorRowsInOrder(db, actor.userId)).find((r) => r.assignmentId === assignmentId);
      if (!row) {
        throw new AppError('not_found', 'ROLE_NOT_FOUND', {
          zh: '您没有这个角色',
          en: 'You do not hold this role',
        });
      }
      const next = toActor(row, actor.ip);
      await db.tx(async (sql) => {
        await setSessionAssignment(sql, hashToken(token), assignmentId);
        await recordAudit(sql, next, {
          action: 'auth.switch_role',
          entity: 'user',
          entityId: actor.userId,
          after: { role: row.role, orgId: row.orgId },
        });
      });
      forget(hashToken(token));
      return next;
    },

    /** The user replaces their own password (auth.password-change.ts); their other sessions end. */
    async changePassword(actor: Actor, token: string, current: string, next: string): Promise<void> {
      await changeOwnPassword(db, clock, actor, hashToken(token), current, next);
      forget();
    },

    /** Creates a user with its roles (the accounts service checks who may; this only writes). */
    async createUser(input: NewUser): Promise<number> {
      return db.tx((sql) => insertUser(sql, input));
    },

    /** Forgets cached sessions, e.g. after an account was disabled or its roles changed. */
    forgetSessions(): void {
      forget();
    },

    async purgeExpiredSessions(): Promise<void> {
      await purgeExpiredSessions(db);
    },
  };
}

/** The user's usable role assignments (active user, open union), in the order a sign-in picks from. */
async function listActorRowsInOrder(sql: Sql, userId: number) {
  const rows = await listActorRows(sql, userId);
  return rows.sort((x, y) => ROLE_ORDER[x.role] - ROLE_ORDER[y.role] || x.assignmentId - y.assignmentId);
}

export type AuthService = ReturnType<typeof createAuthService>;

/** The actor a named active user acts as by default (their first role), or null; for the command line. */
export async function findDefaultActor(sql: Sql, username: string, ip?: string): Promise<Actor | null> {
  const userId = await findActiveUserId(sql, username);
  if (userId === undefined) return null;
  const [first] = await listActorRowsInOrder(sql, userId);
  return first ? toActor(first, ip) : null;
}
