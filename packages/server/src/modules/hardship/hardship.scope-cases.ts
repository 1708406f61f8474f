import { aimed, csvUpload, scoped, unaimed } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/** Scope cases for hardship files: a file is reached through the union holding it (the worker's union). */

const file = (personId: number, idNumber?: string) => ({
  personId,
  level: 'deep',
  causes: ['illness'],
  members: [
    { name: '昌平困难职工', relation: 'self', yearlyIncomeFen: 3_000_000 },
    { name: '昌平家属', relation: 'spouse', idNumber, yearlyIncomeFen: 0 },
  ],
  // Opened at the start of 2025, so the 2025 steps below follow it (ADR 40).
  effectiveOn: '2025-01-01',
});

/** A hardship files register of one household under 昌平 (made in setup). */
let cpRegister = '';
const sheetBody = (csv: string) => csvUpload('困难职工档案台账.csv', csv);

export async function setup({ api, f }: SetupContext): Promise<Record<string, number>> {
  const person = async (name: string, idNumber = f.newIdNumber()) =>
    (
      (await api('changping', 'POST', '/api/members', {
        name,
        idNumber,
        orgId: f.cpGrassroots,
      })) as {
        id: number;
      }
    ).id;
  const registered = f.newIdNumber();
  await person('昌平台账困难职工', registered);
  cpRegister = `职工身份证号,困难类别,致困原因,建档日期,认定日期\n${registered},相对困难,大病,2022-03-01,2022-03-10\n`;
  const [p1, p2, p3, p4] = [
    await person('昌平建档甲'),
    await person('昌平建档乙'),
    await person('昌平建档丙'),
    await person('昌平建档丁'),
  ];
  const draft = (await api('changping', 'POST', '/api/hardship/files', file(p1, f.newIdNumber()))) as {
    id: number;
  };
  const verified = (await api('changping', 'POST', '/api/hardship/files', file(p2))) as { id: number };
  await api('changping', 'POST', `/api/hardship/files/${verified.id}/verify`, { verifiedOn: '2025-01-10' });
  const toClose = (await api('changping', 'POST', '/api/hardship/files', file(p3))) as { id: number };
  const detail = (await api('changping', 'GET', `/api/hardship/files/${draft.id}`)) as {
    members: { id: number; relation: string }[];
  };
  const spouse = detail.members.find((m) => m.relation === 'spouse') as { id: number };
  return {
    cpHardshipFile: draft.id,
    cpFileVerified: verified.id,
    cpFileToClose: toClose.id,
    cpFileMember: spouse.id,
    cpUnfiled: p4,
  };
}

const year = 2025;

export const cases: Record<string, ScopeCase> = {
  'GET /api/hardship/files': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }, { query: { orgId: f.cpGrassroots, status: 'draft' } }],
    lists: () => [{}, { query: { level: 'deep', cause: 'illness' } }, { query: { q: '昌平' } }],
    control: () => ({}),
  }),
  'GET /api/hardship/files.xlsx': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    lists: () => [{}, { query: { level: 'deep' } }],
    control: () => ({}),
  }),
  'POST /api/hardship/files': scoped({
    denied: (f) => [{ body: file(f.ids.cpUnfiled) }, { body: file(f.cpMember) }],
    control: (f) => ({ body: file(f.ids.cpUnfiled) }),
  }),
  'GET /api/hardship/import/template.xlsx': unaimed,
  // A register naming a worker outside the importer's subtree is a row error (see hardship.import.api.test.ts).
  'POST /api/hardship/import': scoped({ denied: () => [], control: () => ({ body: sheetBody(cpRegister) }) }),
  'GET /api/hardship/stats': scoped({
    denied: (f) => [{ query: { orgId: f.cp, year } }, { query: { orgId: f.cpGrassroots, year } }],
    lists: () => [{ query: { year } }],
    control: (f) => ({ query: { orgId: f.cp, year } }),
  }),
  'GET /api/hardship/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, year } }), {
    lists: () => [{ query: { year } }],
  }),
  'GET /api/hardship/files/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.cpHardshipFile } }, { params: { id: f.ids.cpFileVerified } }],
    control: (f) => ({ params: { id: f.ids.cpHardshipFile } }),
  }),
  'PATCH /api/hardship/files/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.cpFileVerified }, body: { address: '越权修改的住址' } }],
    control: (f) => ({ params: { id: f.ids.cpFileVerified }, body: { address: '昌平区回龙观2号' } }),
  }),
  'POST /api/hardship/files/:id/verify': aimed((f) => ({
    params: { id: f.ids.cpHardshipFile },
    body: { verifiedOn: '2025-03-01' },
  })),
  'POST /api/hardship/files/:id/review': scoped({
    denied: (f) => [
      { params: { id: f.ids.cpFileVerified }, body: { reviewedOn: '2025-12-20', level: 'relative' } },
    ],
    control: (f) => ({ params: { id: f.ids.cpFileVerified }, body: { reviewedOn: '2025-12-20' } }),
  }),
  'POST /api/hardship/files/:id/close': scoped({
    denied: (f) => [
      { params: { id: f.ids.cpFileToClose }, body: { closedOn: '2025-06-01', reason: '越权销档' } },
    ],
    control: (f) => ({
      params: { id: f.ids.cpFileToClose },
      body: { closedOn: '2025-06-01', reason: '情况好转' },
    }),
  }),
  'GET /api/hardship/files/:id/members/:memberId/id-number': aimed((f) => ({
    params: { id: f.ids.cpHardshipFile, memberId: f.ids.cpFileMember },
  })),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/hardship/files.xlsx': () => ({}),
  'GET /api/hardship/import/template.xlsx': () => ({}),
  'GET /api/hardship/stats.xlsx': (x) => ({ query: { orgId: x.root, year: x.year } }),
};
