import { routeMould } from '../../http/route-mould.ts';
import type { App } from '../../http/types.ts';
import { SESSION_COOKIE } from '../auth/index.ts';
import type { ActivationService } from './activation.service.ts';
import type { JoinService } from './join.service.ts';
import {
  AcceptJoinBody,
  ActivationStartBody,
  ActivationStarted,
  ActivationVerified,
  ActivationVerifyBody,
  DeclineBody,
  JoinExportQuery,
  JoinQuerySchema,
  JoinRequestBody,
  JoinRequestCreated,
  JoinRequestList,
  JoinRequestSchema,
  PhoneChanged,
  PhoneCodeBody,
  PhoneConfirmBody,
  UnionHits,
  UnionQuery,
} from './onboarding.schemas.ts';
import type { PhoneChange } from './phone-change.service.ts';

export function onboardingRoutes(
  app: App,
  {
    activation,
    join,
    phoneChange,
    secureCookies,
  }: { activation: ActivationService; join: JoinService; phoneChange: PhoneChange; secureCookies: boolean },
): void {
  const on = routeMould(app, ['onboarding']);
  on.open.post('/api/activation/start', {
    config: { public: true, errors: [429] },
    summary: 'A member asks for a one-time code to activate their phone account',
    description:
      'When name, ID number and phone match an active membership without an account, a 6-digit code valid ' +
      'for 10 minutes is sent to the phone. The answer is the same 200 whether or not anything matched, so ' +
      'it does not tell whether a person is a member. At most 5 requests an hour per phone and per ID ' +
      'number, and 30 per address; another code for the same phone after resendAfterSeconds (429 with ' +
      'details.retryAfterSeconds).',
    body: ActivationStartBody,
    response: ActivationStarted,
    run: async ({ body, req }) => ({
      ok: true as const,
      ...(await activation.startActivation(body, req.ip)),
    }),
  });

  app.post(
    '/api/activation/verify',
    {
      config: { public: true, errors: [429] },
      schema: {
        tags: ['onboarding'],
        summary: 'Check the code, create the worker account and sign in (sets the session cookie)',
        description:
          'The username defaults to the phone number; the password must pass the policy. Every guess counts: ' +
          'after 5 wrong codes the code stops working (429) and a new one must be asked for.',
        body: ActivationVerifyBody,
        response: { 200: ActivationVerified },
      },
    },
    async (req, reply) => {
      const { token, username } = await activation.verifyActivation(req.body, req.ip);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
      });
      return { ok: true as const, username };
    },
  );

  on.post('/api/me/phone/code', {
    config: { permission: 'self.write', errors: [429] },
    summary: 'Send a code to my new phone number (workers; step 1 of 2)',
    description:
      'A 6-digit code valid for 10 minutes goes to the NEW number. As activation codes: another for the same ' +
      'number after resendAfterSeconds, at most 5 an hour per number and per worker (429 with ' +
      'details.retryAfterSeconds).',
    body: PhoneCodeBody,
    response: ActivationStarted,
    run: async (actor, { body }) => ({
      ok: true as const,
      ...(await phoneChange.requestPhoneCode(actor, body.phone)),
    }),
  });

  on.post('/api/me/phone', {
    config: { permission: 'self.write', errors: [429] },
    summary: 'Confirm my new phone number with its code (workers; step 2 of 2)',
    description:
      'The member register and the worker account take the new number: it signs in, by code and by password ' +
      'where the login name was the old number, which then signs no one in (ADR 147). 400 for a wrong or expired ' +
      "code, 429 after 5 wrong codes, 409 (details.field = 'phone') when another account holds the number.",
    body: PhoneConfirmBody,
    response: PhoneChanged,
    run: async (actor, { body }) => {
      await phoneChange.confirmPhone(actor, body.phone, body.code);
      return { ok: true as const, phone: body.phone };
    },
  });

  on.open.get('/api/join/unions', {
    config: { public: true },
    summary: 'Grassroots unions to join (网上入会), by part of the name or the exact credit code',
    description: 'Active grassroots unions and branches; at most 20; names only, nothing personal.',
    querystring: UnionQuery,
    response: UnionHits,
    run: ({ query }) => join.findUnions(query.q),
  });

  on.open.post('/api/join-requests', {
    config: { public: true, errors: [429] },
    summary: 'Ask to join a grassroots union online (网上入会); the union reviews the request',
    description:
      'Refused when the ID number already belongs to a member or has a pending request (409). At most 20 ' +
      'requests an hour per address (429).',
    body: JoinRequestBody,
    response: JoinRequestCreated,
    run: ({ body, req }) => join.createJoinRequest(body, req.ip),
  });

  on.get('/api/join-requests', {
    config: { permission: 'members.join.review' },
    summary: 'Join requests to the unions of my subtree, newest first',
    querystring: JoinQuerySchema,
    response: JoinRequestList,
    use: join.listJoinRequests,
  });

  on.workbook('/api/join-requests.xlsx', {
    config: { permission: 'members.join.review' },
    summary: 'The join requests as listed, as .xlsx (ID numbers masked; audited)',
    querystring: JoinExportQuery,
    run: (actor, { query }) => join.exportJoinRequests(actor, query),
  });

  const joinRequest = on.record('/api/join-requests/:id', {
    config: { permission: 'members.join.review' },
    response: JoinRequestSchema,
  });
  joinRequest.post('/accept', {
    summary:
      'Accept: the person becomes a member of the union from the day accepted (effectiveOn, default today) ' +
      'and is asked to activate',
    body: AcceptJoinBody,
    dated: true,
    run: (actor, { params, body }) => join.acceptJoinRequest(actor, params.id, body.effectiveOn),
  });

  joinRequest.post('/decline', {
    summary: 'Decline with a reason, which the applicant is sent',
    body: DeclineBody,
    run: (actor, { params, body }) =>
      join.declineJoinRequest(actor, params.id, body.reason, body.effectiveOn),
  });
}
