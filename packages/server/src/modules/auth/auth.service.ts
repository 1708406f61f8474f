import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/db.ts';
import type { Actor, Role } from '../../http/access.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { hashPassword, verifyPassword } from './password.ts';

export const DEMO_PASSWORD = 'gonghui-demo';
const FAILURE_WINDOW_MINUTES = 15;
const MAX_FAILURES = 5;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

let dummy: Promise<string> | undefined;
const dummyHash = () => {
  dummy ??= hashPassword(randomBytes(16).toString('base64'));
  return dummy;
};

interface ActorRow {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
  orgPath: string | null;
  personId: number | null;
}

const ACTOR_SELECT = `select u.id as "userId", u.username, u.display_name as "displayName", u.role,
    u.org_id as "orgId", o.path as "orgPath", u.person_id as "personId"
  from users u left join orgs o on o.id = u.org_id`;

function toActor(r: ActorRow, ip?: string): Actor {
  return {
    userId: r.userId,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    orgId: r.orgId,
    scopePath: r.role === 'admin' ? '/' : r.orgPath,
    personId: r.personId,
    ip,
  };
}

export interface AuthOptions {
  sessionTtlHours: number;
  production: boolean;
  /**
   * Seconds a resolved session may be reused by this process without asking the database (0 = never).
   * Sign-out on this instance takes effect at once; on another instance within this many seconds.
   */
  sessionCacheSeconds?: number;
}

export function createAuthService(db: Db, options: AuthOptions) {
  const cacheMs = (options.sessionCacheSeconds ?? 0) * 1000;
  const cache = new Map<string, { row: ActorRow; until: number }>();
  const invalidCredentials = () =>
    new AppError('unauthenticated', 'INVALID_CREDENTIALS', {
      zh: '用户名或密码错误',
      en: 'Wrong username or password',
    });

  return {
    /** Signs in by username or phone. Repeated failures for one login or one address are throttled. */
    async login(login: string, password: string, ip: string): Promise<{ token: string; actor: Actor }> {
      const recent = await db.query<{ n: number }>(
        `select count(*) as n from login_failures
          where (login = $1 or ip = $2) and at > now() - interval '${FAILURE_WINDOW_MINUTES} minutes'`,
        [login, ip],
      );
      if (recent.rows[0].n >= MAX_FAILURES * 4 || (await failuresFor(login)) >= MAX_FAILURES) {
        throw new AppError('throttled', 'LOGIN_THROTTLED', {
          zh: `登录失败次数过多，请${FAILURE_WINDOW_MINUTES}分钟后再试`,
          en: `Too many failed sign-ins; try again in ${FAILURE_WINDOW_MINUTES} minutes`,
        });
      }
      const { rows } = await db.query<ActorRow & { passwordHash: string; isActive: boolean }>(
        `${ACTOR_SELECT.replace('u.person_id as "personId"', 'u.person_id as "personId", u.password_hash as "passwordHash", u.is_active as "isActive"')}
          where u.username = $1 or u.phone = $1`,
        [login],
      );
      const user = rows[0];
      // An unknown login costs the same hashing as a known one, so timing does not tell which logins exist.
      const ok = user
        ? user.isActive && (await verifyPassword(password, user.passwordHash))
        : await verifyPassword(password, await dummyHash()).then(() => false);
      if (!user || !ok) {
        await db.query('insert into login_failures (login, ip) values ($1, $2)', [login, ip]);
        throw invalidCredentials();
      }
      if (options.production && password === DEMO_PASSWORD) {
        throw new AppError('forbidden', 'DEMO_PASSWORD_REFUSED', {
          zh: '生产环境不允许使用演示密码，请联系管理员重置密码',
          en: 'The demo password is refused in production; ask an administrator to reset it',
        });
      }
      const token = randomBytes(32).toString('base64url');
      const actor = toActor(user, ip);
      await db.tx(async (sql) => {
        await sql.query(
          `insert into sessions (token_hash, user_id, expires_at)
           values ($1, $2, now() + make_interval(hours => $3))`,
          [hashToken(token), user.userId, options.sessionTtlHours],
        );
        await sql.query('delete from login_failures where login = $1', [login]);
        await recordAudit(sql, actor, { action: 'auth.login', entity: 'user', entityId: user.userId });
      });
      return { token, actor };

      async function failuresFor(l: string) {
        const r = await db.query<{ n: number }>(
          `select count(*) as n from login_failures
            where login = $1 and at > now() - interval '${FAILURE_WINDOW_MINUTES} minutes'`,
          [l],
        );
        return r.rows[0].n;
      }
    },

    async logout(token: string): Promise<void> {
      cache.delete(hashToken(token));
      await db.query('delete from sessions where token_hash = $1', [hashToken(token)]);
    },

    /** The actor behind a session token, or null when the token is unknown or expired. */
    async findActorBySession(token: string, ip?: string): Promise<Actor | null> {
      const tokenHash = hashToken(token);
      const now = Date.now();
      const hit = cache.get(tokenHash);
      if (hit && hit.until > now) return toActor(hit.row, ip);
      const { rows } = await db.query<ActorRow & { expiresAt: Date }>(
        `${ACTOR_SELECT.replace(' from users u', ', s.expires_at as "expiresAt" from users u')}
          join sessions s on s.user_id = u.id
          where s.token_hash = $1 and s.expires_at > now() and u.is_active`,
        [tokenHash],
      );
      const row = rows[0];
      if (!row) {
        cache.delete(tokenHash);
        return null;
      }
      if (cacheMs > 0) {
        if (cache.size >= 10_000) cache.clear();
        cache.set(tokenHash, { row, until: Math.min(now + cacheMs, new Date(row.expiresAt).getTime()) });
      }
      return toActor(row, ip);
    },

    async createUser(input: {
      username: string;
      password: string;
      displayName: string;
      role: Role;
      orgId?: number | null;
      personId?: number | null;
      phone?: string | null;
    }): Promise<number> {
      const hash = await hashPassword(input.password);
      const { rows } = await db.query<{ id: number }>(
        `insert into users (username, phone, display_name, password_hash, role, org_id, person_id)
         values ($1, $2, $3, $4, $5, $6, $7) returning id`,
        [
          input.username,
          input.phone ?? null,
          input.displayName,
          hash,
          input.role,
          input.orgId ?? null,
          input.personId ?? null,
        ],
      );
      return rows[0].id;
    },

    async purgeExpiredSessions(): Promise<void> {
      await db.query('delete from sessions where expires_at < now()');
      await db.query(`delete from login_failures where at < now() - interval '1 day'`);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
