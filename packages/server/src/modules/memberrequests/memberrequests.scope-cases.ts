import { expect } from 'vitest';
import { scoped, setupWorker } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for members' own requests: corrections and transfers of 昌平's members (a move between two of
 * 昌平's unions) are seen and decided only from 昌平's subtree; a worker files and sees only their own.
 */

export async function setup({ f, services }: SetupContext): Promise<Record<string, number>> {
  const mr = services.memberRequests;
  const correction = await mr.fileRequest(setupWorker(f.cpMember), {
    kind: 'correction',
    employer: '昌平区某公司',
  });
  const transfer = await mr.fileRequest(setupWorker(f.cpMember2), {
    kind: 'transfer',
    toOrgId: f.cpGrassroots2,
  });
  return { mrCorrection: correction.id, mrTransfer: transfer.id };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/me/member-requests': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      for (const r of (res.json() as { items: { personId: number }[] }).items)
        expect(r.personId).toBe(f.workerPerson);
    },
  },
  'POST /api/me/member-requests': {
    kind: 'self',
    request: (f) => ({ body: { kind: 'correction', employer: `测试单位${f.workerPerson}` } }),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().personId).toBe(f.workerPerson);
    },
  },
  'GET /api/member-requests': scoped({
    denied: () => [],
    lists: () => [{}, { query: { kind: 'transfer', status: 'pending', pageSize: 200 } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'GET /api/member-requests.xlsx': scoped({
    denied: () => [],
    lists: () => [{ query: { kind: 'correction' } }],
    control: () => ({}),
  }),
  'GET /api/member-requests/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.mrCorrection } }, { params: { id: f.ids.mrTransfer } }],
    control: (f) => ({ params: { id: f.ids.mrTransfer } }),
  }),
  'POST /api/member-requests/:id/accept': scoped({
    denied: (f) => [
      { params: { id: f.ids.mrCorrection }, body: {} },
      { params: { id: f.ids.mrTransfer }, body: {} },
    ],
    control: (f) => ({ params: { id: f.ids.mrCorrection }, body: {} }),
  }),
  'POST /api/member-requests/:id/decline': scoped({
    denied: (f) => [{ params: { id: f.ids.mrTransfer }, body: { reason: '越权不同意' } }],
    control: (f) => ({ params: { id: f.ids.mrTransfer }, body: { reason: '请先与原单位办理离职' } }),
  }),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/member-requests.xlsx': () => ({}),
};
