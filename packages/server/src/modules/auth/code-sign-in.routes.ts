import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { Obj, Str, StrEnum } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { describeActor, Me, setSessionCookie } from './auth.routes.ts';
import type { AuthService } from './auth.service.ts';
import {
  type CodeSignIn,
  RESEND_AFTER_SECONDS,
  SIGN_IN_CODE_ATTEMPTS,
  SIGN_IN_CODE_TTL_MINUTES,
  SIGN_IN_CODES_PER_HOUR,
  SIGN_IN_REQUESTS_PER_ADDRESS,
  SIGN_IN_TRIES_PER_ADDRESS,
} from './code-sign-in.service.ts';

const Phone = Str(11, { minLength: 11, pattern: '^1\\d{10}$', description: 'Mobile phone number' });
const Portal = Type.Optional(StrEnum(['staff', 'worker'] as const));
const SmsSignIn = Obj({
  enabled: Type.Boolean({ description: 'Staff roles may sign in by SMS code (the worker role always may)' }),
  hasPhone: Type.Boolean(),
  alwaysForWorkers: Type.Literal(true),
});

/** Sign-in by SMS code (public), and the signed-in user's own choice to allow it for their staff roles. */
export function codeSignInRoutes(
  app: App,
  { auth, codeSignIn, secureCookies }: { auth: AuthService; codeSignIn: CodeSignIn; secureCookies: boolean },
): void {
  const on = routeMould(app, ['auth']);
  on.open.post('/api/auth/sms-code', {
    config: { public: true, errors: [429] },
    summary: 'Ask for a 6-digit sign-in code by SMS',
    description:
      `When an account may sign in by code with this phone number (a worker; staff who turned it on), a code ` +
      `valid ${SIGN_IN_CODE_TTL_MINUTES} minutes is sent to it. The answer is the same 200 whether or not ` +
      `an account has the number. Limits (429, details.retryAfterSeconds): one code a number every ` +
      `${RESEND_AFTER_SECONDS} seconds, ${SIGN_IN_CODES_PER_HOUR} an hour, and ${SIGN_IN_REQUESTS_PER_ADDRESS} ` +
      'requests an hour per address.',
    body: Obj({ phone: Phone, portal: Portal }),
    response: Obj({ ok: Type.Literal(true), resendAfterSeconds: Type.Integer() }),
    run: async ({ body, req }) => {
      const { resendAfterSeconds } = await codeSignIn.requestCode(body.phone, req.ip, body.portal);
      return { ok: true as const, resendAfterSeconds };
    },
  });

  app.post(
    '/api/auth/sms-login',
    {
      config: { public: true, errors: [401, 429] },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a phone number and the SMS code; sets the session cookie',
        description:
          `The same session as a password sign-in. A code is used once; after ${SIGN_IN_CODE_ATTEMPTS} wrong ` +
          `guesses it no longer works (401 SMS_CODE_INVALID, ask for a new one). ${SIGN_IN_TRIES_PER_ADDRESS} ` +
          'sign-ins an hour per address (429).',
        body: Obj({ phone: Phone, code: Str(6, { pattern: '^\\d{6}$' }), portal: Portal }),
        response: { 200: Me },
      },
    },
    async (req, reply) => {
      const { phone, code, portal } = req.body;
      const { token, actor } = await codeSignIn.signInWithCode(phone, code, req.ip, portal);
      setSessionCookie(reply, token, secureCookies);
      return describeActor(auth, actor, token);
    },
  );

  on.get('/api/account/sms-sign-in', {
    config: { permission: 'account.self' },
    summary: 'Whether I may sign in by SMS code with my staff roles',
    response: SmsSignIn,
    use: codeSignIn.getSmsSignIn,
  });

  on.put('/api/account/sms-sign-in', {
    config: { permission: 'account.self' },
    summary: 'Allow or refuse sign-in by SMS code for my staff roles (needs a phone number on the account)',
    body: Obj({ enabled: Type.Boolean() }),
    response: SmsSignIn,
    run: (actor, { body }) => codeSignIn.setSmsSignIn(actor, body.enabled),
  });
}
