import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { type Actor, permissionsOf, ROLES } from '../../access/access.ts';
import { routeMould } from '../../http/route-mould.ts';
import { Id, Nullable, Obj, Ok, Str, StrEnum } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuthService } from './auth.service.ts';
import { maySignInByCode } from './code-sign-in.service.ts';

export const SESSION_COOKIE = 'gonghui_session';

export const RoleName = StrEnum(ROLES);

export const Me = Obj({
  userId: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleName,
  orgId: Nullable(Type.Integer()),
  personId: Nullable(Type.Integer()),
  assignmentId: Type.Integer(),
  permissions: Type.Array(Type.String()),
  mustChangePassword: Type.Boolean(),
  /** The staff password is older than the security settings allow (mustChangePassword is then true as well). */
  passwordExpired: Type.Boolean(),
  /** The account's sign-in before this session's: when, from which address, and wrong passwords given since. */
  lastSignIn: Nullable(
    Obj({
      at: Type.String({ format: 'date-time' }),
      ip: Nullable(Type.String()),
      failedAttempts: Type.Integer(),
    }),
  ),
  roles: Type.Array(
    Obj({
      assignmentId: Type.Integer(),
      role: RoleName,
      orgId: Nullable(Type.Integer()),
      orgName: Nullable(Type.String()),
    }),
  ),
  passwordRules: Nullable(
    Obj(
      {
        minLength: Type.Integer({ description: 'characters at the least' }),
        minClasses: Type.Integer({ description: 'of lower case, upper case, digits, other symbols' }),
        historyCount: Type.Integer({ description: 'recent passwords a new one may not repeat' }),
      },
      {
        description:
          "What a staff account's new password must meet beyond the general rules, as the security settings say now; " +
          "null for a worker's account",
      },
    ),
  ),
  maySignInBySms: Type.Boolean({
    description:
      'The account may sign in by SMS code (PUT /api/account/sms-sign-in for its staff roles): never one holding ' +
      'the security or the audit administrator role',
  }),
});

/** The 401 of a sign-in: wrong credentials, or a challenge to solve before the password is checked. */
const LoginRefused = Obj(
  {
    error: Obj({
      code: StrEnum(['INVALID_CREDENTIALS', 'LOGIN_CHALLENGE_REQUIRED', 'LOGIN_CHALLENGE_FAILED'] as const),
      message: Type.String(),
      messageZh: Type.String(),
      messageEn: Type.String(),
      details: Type.Optional(
        Obj({
          challenge: Type.String({ description: 'Send back as `challenge`, with the solution' }),
          difficulty: Type.Integer({
            description: 'Leading zero bits SHA-256(challenge + ":" + solution) needs',
          }),
        }),
      ),
    }),
  },
  {
    description:
      'Wrong username or password (INVALID_CREDENTIALS); or the login failed often lately and the sign-in needs a ' +
      'solved challenge (LOGIN_CHALLENGE_REQUIRED), or the one sent was wrong, expired or used (LOGIN_CHALLENGE_FAILED): ' +
      'details carry a fresh challenge',
  },
);

/** The signed-in user as every sign-in route answers it; with the session's token, the sign-in before it. */
export async function describeActor(auth: AuthService, actor: Actor, token?: string) {
  const roles = await auth.listRoles(actor.userId);
  return {
    userId: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    orgId: actor.orgId,
    personId: actor.personId,
    assignmentId: actor.assignmentId ?? 0,
    permissions: permissionsOf(actor),
    mustChangePassword: actor.mustChangePassword ?? false,
    passwordExpired: actor.passwordExpired ?? false,
    lastSignIn: token ? await auth.findPreviousSignIn(token) : null,
    roles,
    passwordRules: await auth.passwordRules(actor.userId),
    maySignInBySms: maySignInByCode(roles),
  };
}

/** Sets the session cookie a sign-in answers with. */
export function setSessionCookie(reply: FastifyReply, token: string, secureCookies: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies,
  });
}

export function authRoutes(app: App, { auth, secureCookies }: { auth: AuthService; secureCookies: boolean }) {
  const on = routeMould(app, ['auth']);
  const describe = (actor: Actor, token?: string) => describeActor(auth, actor, token);
  const tokenOf = (cookies: Record<string, string | undefined>) => {
    const token = cookies[SESSION_COOKIE];
    if (!token)
      throw new AppError('unauthenticated', 'UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in' });
    return token;
  };

  app.post(
    '/api/auth/login',
    {
      config: { public: true, errors: [401, 429] },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username (or phone) and password; sets the session cookie',
        description:
          'Attempts are counted per (login, address): after 5, each further attempt waits twice as long as the last ' +
          '(429); an address failing on 20 logins is refused (429). A login that failed 10 times in the last hour, ' +
          'from any address, is never refused: it answers 401 LOGIN_CHALLENGE_REQUIRED with details {challenge, ' +
          'difficulty}, and the sign-in is sent again with `challenge` and a decimal `solution` such that ' +
          'SHA-256(challenge + ":" + solution) starts with `difficulty` zero bits (12 to 16). A challenge lasts two ' +
          'minutes and is accepted once; it is checked before the password.',
        body: Obj({
          username: Str(64, { minLength: 1 }),
          password: Str(200, { minLength: 1 }),
          portal: Type.Optional(StrEnum(['staff', 'worker'] as const)),
          challenge: Type.Optional(Str(200, { minLength: 1 })),
          solution: Type.Optional(Str(20, { pattern: '^[0-9]{1,20}$' })),
        }),
        response: { 200: Me, 401: LoginRefused },
      },
    },
    async (req, reply) => {
      const { username, password, portal, challenge, solution } = req.body;
      const proof = challenge !== undefined && solution !== undefined ? { challenge, solution } : undefined;
      const { token, actor } = await auth.login(username, password, req.ip, portal, proof);
      setSessionCookie(reply, token, secureCookies);
      return describe(actor, token);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out', response: { 200: Ok } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await auth.logout(token, req.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { public: true, errors: [401] },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user with the role the session acts as and every role held, or 401',
        response: { 200: Me },
      },
    },
    async (req) => describe(actorOf(req), req.cookies[SESSION_COOKIE]),
  );

  app.get(
    '/api/auth/session',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'The session, signed in or not: the user as /api/auth/me gives it, or null (never 401)',
        description:
          'For a page that only wants to know whether someone is signed in (a public page, the app opening): a signed-out visitor is an answer, not an error. ' +
          '`ended` says why a session the browser still held was ended early (idle too long, or replaced by a sign-in elsewhere), once: the cookie is cleared.',
        response: {
          200: Obj({
            me: Type.Union([Me, Type.Null()]),
            ended: Nullable(
              Obj({
                code: StrEnum(['SESSION_IDLE', 'SESSION_REPLACED'] as const),
                messageZh: Type.String(),
                messageEn: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({
      me: req.actor ? await describe(req.actor, req.cookies[SESSION_COOKIE]) : null,
      ended: req.sessionEnd
        ? {
            code: req.sessionEnd.code as 'SESSION_IDLE' | 'SESSION_REPLACED',
            messageZh: req.sessionEnd.messages.zh,
            messageEn: req.sessionEnd.messages.en,
          }
        : null,
    }),
  );

  on.post('/api/auth/switch-role', {
    config: { permission: 'account.self' },
    summary: 'Act as another of my roles (e.g. from staff at a street union to reviewer at its district)',
    body: Obj({ assignmentId: Id }),
    response: Me,
    run: async (actor, { body, req }) => {
      const next = await auth.switchRole(tokenOf(req.cookies), actor, body.assignmentId);
      return describe(next, tokenOf(req.cookies));
    },
  });

  on.post('/api/auth/password', {
    config: { permission: 'account.self' },
    summary: 'Change my password (the current one is required); my other sessions end',
    body: Obj({ currentPassword: Str(200, { minLength: 1 }), newPassword: Str(200, { minLength: 1 }) }),
    response: Ok,
    run: async (actor, { body, req }) => {
      await auth.changePassword(actor, tokenOf(req.cookies), body.currentPassword, body.newPassword);
      return { ok: true as const };
    },
  });
}
