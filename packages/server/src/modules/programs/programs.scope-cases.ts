import { expect } from 'vitest';
import { csvUpload, fileUpload, scoped, self, unaimed } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import { demoAdmin } from '../../shared/demo-actors.ts';

/**
 * Scope cases for the programs routes (programs, applications and review, ledger and payment batches, the
 * worker's pages). Setup builds, through the API, programs of 昌平区总工会 with applications at every stage,
 * ledger entries and payment batches, and the demo worker's own applications under 杨镇.
 */

const program = (over: Record<string, unknown> = {}) => ({
  name: '昌平送温暖（范围测试）',
  category: 'relief',
  periodStart: '2020-01-01',
  periodEnd: '2030-12-31',
  periodUnit: 'year',
  intakeModes: ['apply', 'batch', 'proposal', 'nomination'],
  limitMode: 'per_person_per_period',
  reviewChain: [2],
  rule: { op: 'member_of_owner_subtree' },
  amount: { kind: 'fixed', fen: 100_000 },
  ...over,
});
/** A multipart form holding an empty .zip (its end-of-directory record only). */
function emptyZip() {
  // A zip begins with a local header; an empty one is its end record alone, which readers accept.
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return fileUpload('扫描件.zip', 'application/zip', end);
}
const pdf = {
  key: 'proof',
  name: 'proof.pdf',
  mime: 'application/pdf',
  dataBase64: Buffer.from('%PDF-1.4').toString('base64'),
};

type Api = SetupContext['api'];
const idOf = (x: unknown) => (x as { id: number }).id;

async function published(api: Api, who: 'changping' | 'admin', body: Record<string, unknown>) {
  const id = idOf(await api(who, 'POST', '/api/programs', body));
  await api(who, 'POST', `/api/programs/${id}/publish`);
  return id;
}

/** A register of one 2017 payment to a member under 昌平 under its program (made in setup). */
let pastPayments = '';
const sheetBody = (csv: string) => csvUpload('以往发放台账.csv', csv);

export async function setup({ api, db, f, services }: SetupContext): Promise<Record<string, number>> {
  const P = await published(api, 'changping', program());
  const idNumber = f.newIdNumber();
  await services.people.createPerson(demoAdmin('scope'), {
    name: '昌平往年津贴职工',
    idNumber,
    orgId: f.cpGrassroots,
    joinedOn: '2010-01-01',
  });
  pastPayments = `身份证号,姓名,项目,实发金额（元）,批准日期,发放日期\n${idNumber},昌平往年津贴职工,${program().name},8000,2017-03-15,2017-04-01\n`;
  const P2 = idOf(await api('changping', 'POST', '/api/programs', program({ name: '昌平草稿项目' })));
  const P3 = await published(api, 'changping', program({ name: '昌平待结束项目' }));
  const P4 = await published(api, 'changping', program({ name: '昌平推荐项目', intakeModes: ['proposal'] }));
  const P5 = await published(
    api,
    'changping',
    program({ name: '昌平需扫描件项目', requiredEvidence: [{ key: 'proof', zh: '证明', en: 'proof' }] }),
  );
  const { rows } = await db.query<{ id: number }>(
    `select p.id from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id where o.path like $1 || '%' and p.id <> all($2::bigint[]) order by p.id limit 12`,
    [f.cpPath, [f.cpMember, f.cpMember2]],
  );
  const m = rows.map((r) => r.id);
  if (m.length < 12) throw new Error('programs scope cases need 12 members under 昌平');
  const batch = (await api('changping', 'POST', `/api/programs/${P}/batch`, {
    personIds: m.slice(0, 10),
  })) as {
    results: { applicationId: number }[];
  };
  const [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10] = batch.results.map((r) => r.applicationId);
  const approve = (id: number) => api('changping', 'POST', `/api/applications/${id}/approve`, {});
  const entryOf = async (appId: number) =>
    (await db.query<{ id: number }>('select id from ledger_entries where application_id = $1', [appId]))
      .rows[0].id;
  await approve(A1);
  const B1 = idOf(await api('changping', 'POST', '/api/payment-batches', { programId: P }));
  await approve(A9);
  const B3 = idOf(await api('changping', 'POST', '/api/payment-batches', { programId: P }));
  await approve(A7);
  await approve(A8);
  await api('changping', 'POST', `/api/applications/${A5}/return`, { reason: '请补充材料' });
  const files = (await api('changping', 'POST', `/api/applications/${A6}/files`, { files: [pdf] })) as {
    id: number;
  }[];

  const W1 = await published(
    api,
    'admin',
    program({ name: '杨镇职工慰问（范围测试）', ownerOrgId: f.yz, reviewChain: [4] }),
  );
  const W2 = await published(
    api,
    'admin',
    program({ name: '杨镇职工补助（范围测试）', ownerOrgId: f.yz, reviewChain: [4] }),
  );
  const W3 = await published(
    api,
    'admin',
    program({ name: '杨镇职工救助（范围测试）', ownerOrgId: f.yz, reviewChain: [3] }),
  );
  const workerApp = idOf(
    await api('worker', 'POST', '/api/me/applications', { programId: W2, files: [{ ...pdf, key: 'photo' }] }),
  );
  const workerFile = (
    await db.query<{ id: number }>('select id from application_files where application_id = $1', [workerApp])
  ).rows[0].id;
  const workerReturned = idOf(await api('worker', 'POST', '/api/me/applications', { programId: W3 }));
  await api('admin', 'POST', `/api/applications/${workerReturned}/return`, { reason: '请补充说明' });
  return {
    progP: P,
    progP2: P2,
    progP3: P3,
    progP4: P4,
    progP5: P5,
    appA1: A1,
    appA2: A2,
    appA3: A3,
    appA4: A4,
    appA5: A5,
    appA6: A6,
    appA10: A10,
    fileA6: files[0].id,
    workerFile,
    entryE2: await entryOf(A7),
    batchB1: B1,
    batchB3: B3,
    personM11: m[10],
    progW1: W1,
    workerApp,
    workerReturned,
  };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/programs': scoped({
    denied: () => [],
    lists: () => [{}, { query: { status: 'published' } }, { query: { category: 'relief', pageSize: 200 } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  // the rule vocabulary is the same for everyone who reads programs: it holds no union's data
  'GET /api/programs/rule-fields': unaimed,
  'POST /api/programs': scoped({
    denied: (f) => [{ body: program({ ownerOrgId: f.cp }) }, { body: program({ ownerOrgId: f.cpTown }) }],
    control: () => ({ body: program({ name: '昌平新项目' }) }),
  }),
  'GET /api/programs/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.progP } }],
    control: (f) => ({ params: { id: f.ids.progP } }),
  }),
  'PATCH /api/programs/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.progP }, body: { name: '越权改名' } }],
    control: (f) => ({ params: { id: f.ids.progP }, body: { description: '说明已更新' } }),
  }),
  'POST /api/programs/:id/publish': scoped({
    denied: (f) => [{ params: { id: f.ids.progP2 } }],
    control: (f) => ({ params: { id: f.ids.progP2 } }),
  }),
  'POST /api/programs/:id/close': scoped({
    denied: (f) => [{ params: { id: f.ids.progP3 } }],
    control: (f) => ({ params: { id: f.ids.progP3 } }),
  }),
  'GET /api/programs/:id/versions': scoped({
    denied: (f) => [{ params: { id: f.ids.progP } }],
    control: (f) => ({ params: { id: f.ids.progP } }),
  }),
  'POST /api/programs/:id/simulate': scoped({
    denied: (f) => [{ params: { id: f.ids.progP }, body: {} }],
    control: (f) => ({ params: { id: f.ids.progP }, body: {} }),
    writes: false,
  }),
  'POST /api/programs/:id/proposals': scoped({
    denied: (f) => [{ params: { id: f.ids.progP4 }, body: {} }],
    control: (f) => ({ params: { id: f.ids.progP4 }, body: {} }),
  }),
  'POST /api/programs/:id/batch': scoped({
    denied: (f) => [{ params: { id: f.ids.progP }, body: { personIds: [f.cpMember] } }],
    control: (f) => ({ params: { id: f.ids.progP }, body: { personIds: [f.ids.personM11] } }),
  }),
  'POST /api/programs/:id/evidence-archive': scoped({
    denied: (f) => [{ params: { id: f.ids.progP5 }, query: { key: 'proof' }, ...emptyZip() }],
    control: (f) => ({ params: { id: f.ids.progP5 }, query: { key: 'proof', dryRun: false }, ...emptyZip() }),
  }),
  'GET /api/applications': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    lists: () => [{}, { query: { mine: true } }, { query: { status: 'approved', pageSize: 200 } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'GET /api/applications/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.appA1 } }],
    control: (f) => ({ params: { id: f.ids.appA1 } }),
  }),
  'GET /api/applications/:id/files/:fileId': scoped({
    denied: (f) => [{ params: { id: f.ids.appA6, fileId: f.ids.fileA6 } }],
    control: (f) => ({ params: { id: f.ids.appA6, fileId: f.ids.fileA6 } }),
  }),
  'POST /api/applications/:id/files': scoped({
    denied: (f) => [{ params: { id: f.ids.appA6 }, body: { files: [pdf] } }],
    control: (f) => ({ params: { id: f.ids.appA6 }, body: { files: [pdf] } }),
  }),
  'POST /api/applications/:id/approve': scoped({
    denied: (f) => [{ params: { id: f.ids.appA2 }, body: {} }],
    control: (f) => ({ params: { id: f.ids.appA2 }, body: {} }),
  }),
  'POST /api/applications/:id/reject': scoped({
    denied: (f) => [{ params: { id: f.ids.appA3 }, body: { reason: '越权驳回' } }],
    control: (f) => ({ params: { id: f.ids.appA3 }, body: { reason: '不符合条件' } }),
  }),
  'POST /api/applications/:id/return': scoped({
    denied: (f) => [{ params: { id: f.ids.appA4 }, body: { reason: '越权退回' } }],
    control: (f) => ({ params: { id: f.ids.appA4 }, body: { reason: '请补充材料' } }),
  }),
  'POST /api/applications/:id/resubmit': scoped({
    denied: (f) => [{ params: { id: f.ids.appA5 }, body: {} }],
    control: (f) => ({ params: { id: f.ids.appA5 }, body: {} }),
  }),
  'POST /api/applications/bulk': scoped({
    // Ids outside the reviewer's subtree are per-id refusals in a 200 answer (see review.test.ts).
    denied: () => [],
    control: (f) => ({ body: { ids: [f.ids.appA10], action: 'approve' } }),
  }),
  'GET /api/ledger': scoped({
    denied: (f) => [{ query: { programId: f.ids.progP } }],
    lists: () => [{}, { query: { kind: 'entitlement', pageSize: 200 } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  // the export of that list: a program 杨镇 cannot see is refused
  'GET /api/ledger.xlsx': scoped({
    denied: (f) => [{ query: { programId: f.ids.progP } }],
    control: () => ({}),
  }),
  'POST /api/ledger/:entryId/reverse': scoped({
    denied: (f) => [{ params: { entryId: f.ids.entryE2 }, body: { reason: '越权冲销' } }],
    control: (f) => ({ params: { entryId: f.ids.entryE2 }, body: { reason: '重复登记，冲销' } }),
  }),
  'GET /api/programs/past-payments/import/template.xlsx': unaimed,
  // A row naming a person outside the importer's subtree is a row error (past-payments.test.ts); checked only, so
  // the other cases' ledger stays as set up.
  'POST /api/programs/past-payments/import': scoped({
    denied: () => [],
    control: () => ({ query: { dryRun: true }, body: sheetBody(pastPayments) }),
    writes: false,
  }),
  'GET /api/programs/:id/reconciliation': scoped({
    denied: (f) => [{ params: { id: f.ids.progP } }],
    control: (f) => ({ params: { id: f.ids.progP } }),
  }),
  'GET /api/payment-batches': scoped({
    denied: () => [],
    lists: () => [{}, { query: { status: 'draft' } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'POST /api/payment-batches/preview': scoped({
    denied: (f) => [{ body: { programId: f.ids.progP } }, { body: { programId: f.ids.progP, orgId: f.cp } }],
    control: (f) => ({ body: { programId: f.ids.progP } }),
    writes: false,
  }),
  'POST /api/payment-batches': scoped({
    denied: (f) => [{ body: { programId: f.ids.progP } }, { body: { programId: f.ids.progP, orgId: f.cp } }],
    control: (f) => ({ body: { programId: f.ids.progP } }),
  }),
  'GET /api/payment-batches/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.batchB1 } }],
    control: (f) => ({ params: { id: f.ids.batchB1 } }),
  }),
  'GET /api/payment-batches/:id/export.xlsx': scoped({
    denied: (f) => [{ params: { id: f.ids.batchB1 }, query: { confirmMissing: 'true' } }],
    // its payees have no bank account numbers: the clerk confirms exporting anyway
    control: (f) => ({ params: { id: f.ids.batchB1 }, query: { confirmMissing: 'true' } }),
  }),
  'POST /api/payment-batches/:id/mark-paid': scoped({
    denied: (f) => [{ params: { id: f.ids.batchB1 }, body: {} }],
    control: (f) => ({ params: { id: f.ids.batchB1 }, body: { reference: '京卡发放' } }),
  }),
  'POST /api/payment-batches/:id/cancel': scoped({
    denied: (f) => [{ params: { id: f.ids.batchB3 }, body: {} }],
    control: (f) => ({ params: { id: f.ids.batchB3 }, body: { reason: '核对有误' } }),
  }),
  'GET /api/me/programs': self(
    () => ({}),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { id: number; eligibility: { eligible: boolean } }[];
      expect(items.some((p) => p.id === f.ids.progW1)).toBe(true);
      expect(items.some((p) => p.id === f.ids.progP)).toBe(false);
    },
  ),
  'POST /api/me/applications': self(
    (f) => ({ body: { programId: f.ids.progW1 } }),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().personId).toBe(f.workerPerson);
    },
  ),
  'GET /api/me/applications': self(
    () => ({}),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { personId: number }[];
      expect(items.length).toBeGreaterThan(0);
      for (const a of items) expect(a.personId).toBe(f.workerPerson);
    },
  ),
  'GET /api/me/applications/:id': self(
    (f) => ({ params: { id: f.ids.workerApp } }),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().personId).toBe(f.workerPerson);
    },
  ),
  'GET /api/me/applications/:id/files/:fileId': self(
    (f) => ({ params: { id: f.ids.workerApp, fileId: f.ids.workerFile } }),
    (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
    },
  ),
  'POST /api/me/applications/:id/resubmit': self(
    (f) => ({ params: { id: f.ids.workerReturned }, body: {} }),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ personId: f.workerPerson, status: 'submitted' });
    },
  ),
  'POST /api/me/applications/:id/withdraw': self(
    (f) => ({ params: { id: f.ids.workerApp }, body: {} }),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ personId: f.workerPerson, status: 'withdrawn' });
    },
  ),
  'GET /api/me/payments': self(
    () => ({}),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      for (const e of res.json().items as { personId: number }[]) expect(e.personId).toBe(f.workerPerson);
    },
  ),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/payment-batches/:id/export.xlsx': (x) => ({ params: { id: x.batch } }),
  'GET /api/ledger.xlsx': () => ({}),
  'GET /api/reports/programs/export.xlsx': () => ({}),
  'GET /api/programs/past-payments/import/template.xlsx': () => ({}),
};
