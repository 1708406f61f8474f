import { Type } from 'typebox';
import { type Actor, ROLE_PERMISSIONS } from '../../http/access.ts';
import { Obj, Ok, Str } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import type { AuthService } from './auth.service.ts';

export const SESSION_COOKIE = 'gonghui_session';

const Me = Obj({
  userId: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.Union([
    Type.Literal('admin'),
    Type.Literal('staff'),
    Type.Literal('reviewer'),
    Type.Literal('worker'),
  ]),
  orgId: Type.Union([Type.Integer(), Type.Null()]),
  personId: Type.Union([Type.Integer(), Type.Null()]),
  permissions: Type.Array(Type.String()),
});

export function authRoutes(app: App, { auth, secureCookies }: { auth: AuthService; secureCookies: boolean }) {
  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username (or phone) and password; sets the session cookie',
        body: Obj({ username: Str(64, { minLength: 1 }), password: Str(200, { minLength: 1 }) }),
        response: { 200: Me },
      },
    },
    async (req, reply) => {
      const { token, actor } = await auth.login(req.body.username, req.body.password, req.ip);
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
      config: { public: true },
      schema: { tags: ['auth'], summary: 'The signed-in user, or 401', response: { 200: Me } },
    },
    async (req) => describe(actorOf(req)),
  );
}

function describe(actor: Actor) {
  return {
    userId: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    orgId: actor.orgId,
    personId: actor.personId,
    permissions: [...ROLE_PERMISSIONS[actor.role]],
  };
}
