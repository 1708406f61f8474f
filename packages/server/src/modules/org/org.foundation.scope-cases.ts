import { expect } from 'vitest';
import { scoped, unaimedList } from '../../../test/scope-cases/kit.ts';
import type { ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/** Scope cases for the Foundation routes: auth, org, people, audit. */

export const cases: Record<string, ScopeCase> = {
  'GET /api/health': { kind: 'public' },
  'GET /healthz': { kind: 'public' },
  'GET /readyz': { kind: 'public' },
  // its own guard: loopback (an injected request comes from 127.0.0.1) or the metrics token (operations.test.ts)
  'GET /metrics': { kind: 'public' },
  'GET /api/openapi.json': { kind: 'public' },
  'POST /api/auth/login': { kind: 'public' },
  'POST /api/auth/logout': { kind: 'public' },
  'GET /api/auth/me': { kind: 'public' },
  'GET /api/auth/session': { kind: 'public' },
  'POST /api/auth/sms-code': { kind: 'public' },
  'POST /api/auth/sms-login': { kind: 'public' },
  'GET /api/account/sms-sign-in': {
    kind: 'self',
    request: () => ({}),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ enabled: false, alwaysForWorkers: true });
    },
  },
  'PUT /api/account/sms-sign-in': {
    kind: 'self',
    // turning it off is allowed to every account, with a phone or not; it concerns the caller's own account only
    request: () => ({ body: { enabled: false } }),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().enabled).toBe(false);
    },
  },
  'GET /api/account/mail': {
    kind: 'self',
    request: () => ({}),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ configured: false, email: null, kinds: [] });
    },
  },
  'PUT /api/account/mail': {
    kind: 'self',
    // the caller's own settings only: there is no user id to name
    request: () => ({ body: { email: null, kinds: [] } }),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ email: null, kinds: [] });
    },
  },
  'POST /api/auth/switch-role': {
    kind: 'self',
    // a role the caller does not hold (昌平's union id is no assignment of theirs)
    request: (f) => ({ body: { assignmentId: f.cp * 1000 + 7 } }),
    check: (_f, res) => expect(res.statusCode).toBe(404),
  },
  'GET /api/security-settings': { kind: 'admin' },
  'PUT /api/security-settings': {
    kind: 'admin',
    request: () => ({
      body: { minLength: 8, minClasses: 3, historyCount: 5, expiryDays: 90, idleMinutes: 30, maxSessions: 0 },
    }),
  },
  'GET /api/roles': { kind: 'admin' },
  'PUT /api/roles/:role': {
    kind: 'admin',
    request: () => ({ params: { role: 'reviewer' }, body: { withdrawn: [] } }),
  },
  'POST /api/auth/password': {
    kind: 'self',
    request: () => ({ body: { currentPassword: 'not-the-password', newPassword: 'a-new-long-password' } }),
    check: (_f, res) => {
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('WRONG_CURRENT_PASSWORD');
    },
  },

  'GET /api/orgs/roots': unaimedList,
  'GET /api/orgs/search': scoped({
    denied: () => [],
    lists: () => [{ query: { q: '昌平' } }, { query: { q: '工会' } }, { query: { q: '延寿' } }],
    control: () => ({ query: { q: '昌平' } }),
  }),
  'GET /api/orgs/:id': scoped({
    denied: (f) => f.cpOrgs.map((id) => ({ params: { id } })),
    control: (f) => ({ params: { id: f.cp } }),
  }),
  'GET /api/orgs/:id/children': scoped({
    denied: (f) => f.cpOrgs.map((id) => ({ params: { id } })),
    control: (f) => ({ params: { id: f.cp } }),
  }),
  'POST /api/orgs/:id/children': scoped({
    denied: (f) => f.cpOrgs.map((id) => ({ params: { id }, body: { name: '越权新建工会', kind: 'branch' } })),
    control: (f) => ({ params: { id: f.cp }, body: { name: '昌平新建基层工会', kind: 'grassroots' } }),
  }),
  'PATCH /api/orgs/:id': scoped({
    denied: (f) => f.cpOrgs.map((id) => ({ params: { id }, body: { shortName: '越权' } })),
    control: (f) => ({ params: { id: f.cpGrassroots }, body: { shortName: '昌平基层' } }),
  }),
  'POST /api/orgs/:id/move': scoped({
    denied: (f) => [
      ...f.cpOrgs.map((id) => ({ params: { id }, body: { parentId: f.cpTown } })),
      // my own union, moved under 昌平
      { params: { id: f.yzGrassroots }, body: { parentId: f.cpTown } },
      // 昌平's union, moved under mine
      { params: { id: f.cpMovable }, body: { parentId: f.yz } },
    ],
    control: (f) => ({ params: { id: f.cpMovable }, body: { parentId: f.cpTown } }),
  }),
  'POST /api/orgs/:id/close': scoped({
    denied: (f) => [...f.cpOrgs, f.cpEmpty].map((id) => ({ params: { id }, body: { closedOn: f.today } })),
    control: (f) => ({ params: { id: f.cpEmpty }, body: { closedOn: f.today } }),
  }),

  'GET /api/members': scoped({
    denied: (f) => f.cpOrgs.map((orgId) => ({ query: { orgId } })),
    lists: (f) => [{ query: { pageSize: 200 } }, { query: { q: f.cpMemberName } }],
    control: (f) => ({ query: { q: f.cpMemberName } }),
  }),
  'POST /api/members': scoped({
    denied: (f) =>
      f.cpOrgs.map((orgId) => ({ body: { name: '越权会员', idNumber: f.newIdNumber(), orgId } })),
    control: (f) => ({ body: { name: '昌平新会员', idNumber: f.newIdNumber(), orgId: f.cpGrassroots } }),
  }),
  'GET /api/members/:id': scoped({
    denied: (f) => [{ params: { id: f.cpMember } }, { params: { id: f.cpMember2 } }],
    control: (f) => ({ params: { id: f.cpMember } }),
  }),
  'PATCH /api/members/:id': scoped({
    denied: (f) => [
      { params: { id: f.cpMember }, body: { phone: '13912345678', isFrontLine: true } },
      { params: { id: f.cpMember }, body: { bankAccount: '6222020200112233445' } },
    ],
    control: (f) => ({ params: { id: f.cpMember }, body: { phone: '13912345678' } }),
  }),
  'POST /api/members/:id/reveal-id': scoped({
    denied: (f) => [{ params: { id: f.cpMember } }, { params: { id: f.cpMember2 } }],
    control: (f) => ({ params: { id: f.cpMember } }),
  }),
  'POST /api/members/:id/reveal-accounts': scoped({
    denied: (f) => [{ params: { id: f.cpMember } }, { params: { id: f.cpMember2 } }],
    control: (f) => ({ params: { id: f.cpMember } }),
  }),
  'POST /api/members/:id/transfer': scoped({
    denied: (f) => [
      { params: { id: f.cpMember2 }, body: { toOrgId: f.cpGrassroots2, on: f.today } },
      // my own member, transferred into 昌平
      { params: { id: f.yzMember }, body: { toOrgId: f.cpGrassroots, on: f.today } },
      // 昌平's member, transferred into my union
      { params: { id: f.cpMember2 }, body: { toOrgId: f.yzGrassroots, on: f.today } },
    ],
    control: (f) => ({ params: { id: f.cpMember2 }, body: { toOrgId: f.cpGrassroots2, on: f.today } }),
  }),
  'POST /api/members/:id/end-membership': scoped({
    denied: (f) => [
      { params: { id: f.cpMember }, body: { reason: 'retired' } },
      { params: { id: f.ids.cpLeaver }, body: { reason: 'left_unit', effectiveOn: f.today } },
    ],
    // a 昌平 member of its own (setup), so the members the other cases use stay members
    control: (f) => ({ params: { id: f.ids.cpLeaver }, body: { reason: 'retired', effectiveOn: f.today } }),
  }),

  'GET /api/me/profile': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().id).toBe(f.workerPerson);
    },
  },

  'GET /api/audit': { kind: 'admin' },
  'GET /api/audit.xlsx': { kind: 'admin' },
  'GET /api/audit/verify': { kind: 'admin' },
};

/** A member under 昌平 whose membership the end-membership case ends. */
export async function setup({ api, f }: SetupContext): Promise<Record<string, number>> {
  const person = (await api('changping', 'POST', '/api/members', {
    name: '昌平离会会员',
    idNumber: f.newIdNumber(),
    orgId: f.cpGrassroots,
  })) as { id: number };
  return { cpLeaver: person.id };
}
