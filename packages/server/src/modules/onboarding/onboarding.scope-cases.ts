import { expect } from 'vitest';
import { aimed, scoped } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/** Scope cases for activation, online joining and the outbox. */

let serial = 0;
const phone = () => `1370000${String(++serial).padStart(4, '0')}`;

/** Two pending join requests at a grassroots union under 昌平, made through the public route. */
export async function setup({ api, f }: SetupContext): Promise<Record<string, number>> {
  const ask = async (name: string) =>
    (
      (await api('changping', 'POST', '/api/join-requests', {
        orgId: f.cpGrassroots,
        name,
        idNumber: f.newIdNumber(),
        phone: phone(),
      })) as { id: number }
    ).id;
  return { cpJoin: await ask('昌平申请人甲'), cpJoin2: await ask('昌平申请人乙') };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/outbox': { kind: 'admin', request: () => ({ query: { pageSize: 5 } }) },
  'POST /api/activation/start': { kind: 'public' },
  'POST /api/activation/verify': { kind: 'public' },
  'GET /api/join/unions': { kind: 'public' },
  // a worker's new phone: the code goes to the new number; a wrong code changes nothing
  'POST /api/me/phone/code': {
    kind: 'self',
    request: () => ({ body: { phone: '13799990002' } }),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true, resendAfterSeconds: 60 });
    },
  },
  'POST /api/me/phone': {
    kind: 'self',
    request: () => ({ body: { phone: '13799990002', code: '000000' } }),
    check: (_f, res) => {
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('ACTIVATION_CODE_INVALID');
    },
  },
  'POST /api/join-requests': { kind: 'public' },
  'GET /api/join-requests': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }, { query: { orgId: f.cpGrassroots, status: 'pending' } }],
    lists: () => [{}, { query: { status: 'pending', pageSize: 200 } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'GET /api/join-requests.xlsx': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    lists: () => [{}, { query: { status: 'pending' } }],
    control: () => ({}),
  }),
  'POST /api/join-requests/:id/accept': aimed((f) => ({ params: { id: f.ids.cpJoin } })),
  'POST /api/join-requests/:id/decline': scoped({
    denied: (f) => [{ params: { id: f.ids.cpJoin2 }, body: { reason: '越权拒绝' } }],
    control: (f) => ({ params: { id: f.ids.cpJoin2 }, body: { reason: '不在本单位工作' } }),
  }),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/join-requests.xlsx': () => ({}),
};
