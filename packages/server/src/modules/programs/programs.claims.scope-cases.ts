import { expect } from 'vitest';
import { aimed, scoped } from '../../../test/scope-cases/kit.ts';
import type { ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import type { Actor } from '../../access/access.ts';
import { createClaimsService, getMyPickup } from '../../modules/programs/index.ts';
import { flashClaimProgram } from './programs.test-kit.ts';
import type { ProgramInput } from './programs.types.ts';

/**
 * Scope cases for flash claims and the programs reports. Setup makes, through the API, a claim program of
 * 昌平 that is open now, a lottery of 昌平 whose window has closed (ready to draw), and a claim program of
 * 杨镇 the demo worker may claim. A member under 昌平 wins a claim of 昌平 and gets its pickup code.
 */

/** A moment `minutes` after the app's now. */
const at = (c: SetupContext, minutes: number) => new Date(c.now().getTime() + minutes * 60_000).toISOString();

const claimProgram = (c: SetupContext, over: Partial<ProgramInput> = {}) =>
  flashClaimProgram({
    name: '昌平话剧票（范围测试）',
    quota: 5,
    claimStartsAt: at(c, -1),
    claimEndsAt: at(c, 120),
    ...over,
  });

async function published(c: SetupContext, who: 'changping' | 'admin', body: ProgramInput) {
  const { id } = (await c.api(who, 'POST', '/api/programs', body)) as { id: number };
  await c.api(who, 'POST', `/api/programs/${id}/publish`);
  return id;
}

export async function setup(c: SetupContext): Promise<Record<string, number>> {
  const cpClaim = await published(c, 'changping', claimProgram(c));
  const cpLottery = await published(
    c,
    'changping',
    claimProgram(c, {
      name: '昌平疗休养抽签（范围测试）',
      lottery: true,
      claimStartsAt: at(c, -120),
      claimEndsAt: at(c, -60),
    }),
  );
  const yzClaim = await published(
    c,
    'admin',
    claimProgram(c, { name: '杨镇电影票（范围测试）', ownerOrgId: c.f.yz }),
  );
  const cpWinner: Actor = {
    userId: 0,
    username: 'scope-winner',
    displayName: 'scope-winner',
    role: 'worker',
    orgId: null,
    scopePath: null,
    personId: c.f.cpMember,
  };
  const won = await createClaimsService(c.db, { clock: c.now }).claim(cpWinner, cpClaim);
  if (won.applicationId === null) throw new Error(`the 昌平 member did not win: ${won.result}`);
  const pickup = await getMyPickup(c.db, cpWinner, won.applicationId);
  return { cpClaim, cpLottery, yzClaim, cpClaimApp: won.applicationId, cpPickupCode: Number(pickup.code) };
}

const pickupCode = (n: number) => String(n).padStart(8, '0');

interface MyClaims {
  items: { programId: number }[];
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/me/claims': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      const ids = (res.json() as MyClaims).items.map((i) => i.programId);
      expect(ids).toContain(f.ids.yzClaim);
      expect(ids).not.toContain(f.ids.cpClaim);
      expect(ids).not.toContain(f.ids.cpLottery);
    },
  },
  'POST /api/claims/:programId': {
    kind: 'self',
    // a worker under 杨镇 claiming 昌平's tickets
    request: (f) => ({ params: { programId: f.ids.cpClaim } }),
    check: (_f, res) => {
      if (res.statusCode === 200) expect((res.json() as { result: string }).result).not.toBe('granted');
      else expect([403, 404]).toContain(res.statusCode);
    },
  },
  'GET /api/me/claims/pickup/:applicationId': {
    kind: 'self',
    // the demo worker asking for the code of a 昌平 member's claim
    request: (f) => ({ params: { applicationId: f.ids.cpClaimApp } }),
    check: (_f, res) => expect(res.statusCode).toBe(404),
  },
  'POST /api/claims/pickup/redeem': aimed((f) => ({ body: { code: pickupCode(f.ids.cpPickupCode) } })),
  'POST /api/claims/:programId/draw': scoped({
    denied: (f) => [
      { params: { programId: f.ids.cpLottery }, body: {} },
      { params: { programId: f.ids.cpLottery }, body: { seed: '越权抽签' } },
    ],
    control: (f) => ({ params: { programId: f.ids.cpLottery }, body: { seed: 'scope-test' } }),
  }),
  'GET /api/claims/:programId/stats': scoped({
    denied: (f) => [{ params: { programId: f.ids.cpClaim } }, { params: { programId: f.ids.cpLottery } }],
    control: (f) => ({ params: { programId: f.ids.cpClaim } }),
  }),
  'GET /api/reports/programs': scoped({
    denied: (f) => f.cpOrgs.map((orgId) => ({ query: { orgId } })),
    lists: () => [
      {},
      { query: { category: 'flash_claim' } },
      { query: { from: '2020-01-01', to: '2099-12-31' } },
    ],
    control: () => ({}),
  }),
  'GET /api/reports/years': scoped({
    denied: (f) => f.cpOrgs.map((orgId) => ({ query: { orgId, area: 'innovation' } })),
    control: (f) => ({ query: { orgId: f.cp, area: 'innovation' } }),
  }),
  'GET /api/reports/programs/export.xlsx': scoped({
    denied: (f) => f.cpOrgs.map((orgId) => ({ query: { orgId } })),
    lists: () => [{}, { query: { category: 'flash_claim' } }],
    control: () => ({}),
  }),
};
