import { expect } from 'vitest';
import { aimed, fileUpload, PNG_1PX, scoped, self, setupWorker } from '../../../test/scope-cases/kit.ts';
import type { ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for the member card: a worker reaches only their own card; staff print the cards of their subtree's
 * members only and see a card's photo only for a member of their subtree. Checking a code is open to every union's
 * staff (a member of another union shows at the door too), and answers with what the card itself shows.
 */
let cpToken = '';

export async function setup({ services, f }: SetupContext): Promise<Record<string, number>> {
  const cpWorker = setupWorker(f.cpMember);
  await services.card.setPhoto(cpWorker, PNG_1PX);
  cpToken = (await services.card.mine(cpWorker)).token;
  return {};
}

const photoUpload = () => fileUpload('me.png', 'image/png', PNG_1PX);

export const cases: Record<string, ScopeCase> = {
  'GET /api/me/card': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      const payload = JSON.parse(Buffer.from(res.json().token.split('.')[1], 'base64url').toString());
      expect(payload.p).toBe(f.workerPerson);
    },
  },
  'GET /api/me/card/photo': self(
    () => ({}),
    (_f, res) => expect(res.json().error.code).toBe('CARD_NO_PHOTO'),
  ),
  'PUT /api/me/card/photo': self(photoUpload, (_f, res) => expect(res.statusCode, res.body).toBe(200)),
  'GET /api/me/card.pdf': self(
    () => ({}),
    (_f, res) => expect(res.headers['content-type']).toBe('application/pdf'),
  ),
  'GET /api/members/:id/card.pdf': aimed((f) => ({ params: { id: f.cpMember } })),
  'GET /api/card/key': { kind: 'public' },
  'POST /api/card/verify': scoped({ denied: () => [], control: () => ({ body: { token: cpToken } }) }),
  // a desk sees the pickups of programs its own union may see (the claims' own scope, tested with the pickup codes)
  'POST /api/card/pickups': scoped({ denied: () => [], control: () => ({ body: { token: cpToken } }) }),
  'POST /api/card/photo': aimed(() => ({ body: { token: cpToken } }), { writes: false }),
};
