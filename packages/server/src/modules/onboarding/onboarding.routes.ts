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
  UnionHits,
  UnionQuery,
} from './onboarding.schemas.ts';

export function onboardingRoutes(
  app: App,
  {
    activation,
    join,
    secureCookies,
  }: { activation: ActivationService; join: JoinService; secureCookies: boolean },
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
