import { Type } from 'typebox';
import { type Actor, ROLE_PERMISSIONS, ROLES } from '../../access/access.ts';
import { Id, Nullable, Obj, Ok, Str, StrEnum } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuthService } from './auth.service.ts';

export const SESSION_COOKIE = 'gonghui_session';

export const RoleName = StrEnum(ROLES);

const Me = Obj({
  userId: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleName,
  orgId: Nullable(Type.Integer()),
  personId: Nullable(Type.Integer()),
  assignmentId: Type.Integer(),
  permissions: Type.Array(Type.String()),
  mustChangePassword: Type.Boolean(),
  roles: Type.Array(
    Obj({
      assignmentId: Type.Integer(),
      role: RoleName,
      orgId: Nullable(Type.Integer()),
      orgName: Nullable(Type.String()),
    }),
  ),
});

export function authRoutes(app: App, { auth, secureCookies }: { auth: AuthService; secureCookies: boolean }) {
  const describe = async (actor: Actor) => ({
    userId: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    orgId: actor.orgId,
    personId: actor.personId,
    assignmentId: actor.assignmentId ?? 0,
    permissions: [...ROLE_PERMISSIONS[actor.role]],
    mustChangePassword: actor.mustChangePassword ?? false,
    roles: await auth.listRoles(actor.userId),
  });
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
          'Attempts are counted per (login, address): after 5, each further attempt waits twice as long as the last (429).',
        body: Obj({
          username: Str(64, { minLength: 1 }),
          password: Str(200, { minLength: 1 }),
          portal: Type.Optional(StrEnum(['staff', 'worker'] as const)),
        }),
        response: { 200: Me },
      },
    },
    async (req, reply) => {
      const { token, actor } = await auth.login(
        req.body.username,
        req.body.password,
        req.ip,
        req.body.portal,
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
      });
      return describe(actor);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out', response: { 200: Ok } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await auth.logout(token);
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
    async (req) => describe(actorOf(req)),
  );

  app.post(
    '/api/auth/switch-role',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['auth'],
        summary: 'Act as another of my roles (e.g. from staff at a street union to reviewer at its district)',
        body: Obj({ assignmentId: Id }),
        response: { 200: Me },
      },
    },
    async (req) => {
      const next = await auth.switchRole(tokenOf(req.cookies), actorOf(req), req.body.assignmentId);
      return describe(next);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['auth'],
        summary: 'Change my password (the current one is required); my other sessions end',
        body: Obj({ currentPassword: Str(200, { minLength: 1 }), newPassword: Str(200, { minLength: 1 }) }),
        response: { 200: Ok },
      },
    },
    async (req) => {
      await auth.changePassword(
        actorOf(req),
        tokenOf(req.cookies),
        req.body.currentPassword,
        req.body.newPassword,
      );
      return { ok: true as const };
    },
  );
}
