import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { Obj, Str, StrEnum } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import type { AccountsDeps } from './accounts.schemas.ts';
import { DISPLAY_NAME, PASSWORD, USERNAME } from './accounts.schemas.ts';
import { SESSION_COOKIE } from './auth.routes.ts';
import { createFirstAdmin, findMissingAdministrators, hasAnyAccount } from './setup.service.ts';

const tags = ['accounts'];

/** The first run: whether an account exists, the first administrator, and the unions still without one. */
export function setupRoutes(app: App, deps: AccountsDeps): void {
  const on = routeMould(app, tags);
  const { db, auth } = deps;
  on.open.get('/api/setup', {
    config: { public: true },
    summary: 'Whether the platform still needs its first administrator (no account exists yet)',
    response: Obj({ needed: Type.Boolean() }),
    run: async () => ({ needed: !(await hasAnyAccount(db)) }),
  });
  app.post(
    '/api/setup',
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Create the first platform administrator with the one-time token the server printed; signs in',
        body: Obj({
          token: Str(100, { minLength: 1 }),
          username: USERNAME,
          displayName: DISPLAY_NAME,
          password: PASSWORD,
        }),
        response: { 200: Obj({ userId: Type.Integer() }) },
      },
    },
    async (req, reply) => {
      const userId = await createFirstAdmin(db, req.body, req.ip);
      const { token } = await auth.signInAs(userId, req.ip);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
      });
      return { userId };
    },
  );
  on.get('/api/setup/administrators', {
    config: { permission: 'users.manage_all' },
    summary:
      'The security and audit administrators (三员分立) the platform still lacks: the first run asks the system administrator for them',
    response: Obj({ missing: Type.Array(StrEnum(['security_admin', 'audit_admin'] as const)) }),
    run: async (_actor) => ({ missing: await findMissingAdministrators(db) }),
  });
}
