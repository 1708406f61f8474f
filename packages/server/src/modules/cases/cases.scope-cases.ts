import { expect } from 'vitest';
import { aimed, csvUpload, scoped, self, setupWorker, unaimed } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import type { Actor } from '../../access/access.ts';

/**
 * Scope cases for workers' requests. A request is reached by the staff of the subtree holding the union that
 * handles it now or the one it was filed with; setup has 昌平's staff enter one request per decision route (at
 * 昌平区总工会, for one of its members), and the demo worker file three of their own.
 */

const entry = (personId: number, orgId?: number) => ({
  channel: 'hotline',
  category: 'wages',
  description: '昌平职工反映加班费未发',
  personId,
  ...(orgId ? { orgId } : {}),
});

type Detail = { case: { id: number } };

export async function setup({ api, db, services, f }: SetupContext): Promise<Record<string, number>> {
  const enter = async () =>
    ((await api('changping', 'POST', '/api/cases', entry(f.cpMember, f.cp))) as Detail).case.id;
  const ids: Record<string, number> = {};
  for (const name of ['cpCase', 'cpAccept', 'cpAssign', 'cpTransfer', 'cpEscalate', 'cpReply', 'cpClose']) {
    ids[name] = await enter();
  }
  await db.query(
    `insert into case_files (case_id, org_id, file_name, mime, data) values ($1, $2, '工资条.png', 'image/png', '\\x89')`,
    [ids.cpCase, f.cp],
  );
  ids.cpFile = (
    await db.query<{ id: number }>('select id from case_files where case_id = $1', [ids.cpCase])
  ).rows[0].id;
  const { rows } = await db.query<{ id: number }>(`select id from users where username = 'changping'`);
  ids.changpingUser = rows[0].id;
  const worker = setupWorker(f.workerPerson);
  const file = async (description: string, files?: { name: string; mime: string; data: Buffer }[]) =>
    (
      await services.cases.worker.file(worker, {
        channel: 'app',
        category: 'suggestion',
        description,
        anonymous: false,
        files,
      })
    ).case.id;
  ids.myCase = await file('建议增加班车（范围测试）', [
    { name: '班车线路.png', mime: 'image/png', data: Buffer.from('png') },
  ]);
  ids.myFile = (
    await db.query<{ id: number }>('select id from case_files where case_id = $1', [ids.myCase])
  ).rows[0].id;
  ids.myRate = await file('建议增加午休时间（范围测试）');
  ids.myReopen = await file('建议更换工装（范围测试）');
  const admin: Actor = { ...worker, role: 'admin', scopePath: '/', personId: null };
  await services.cases.reply(admin, ids.myRate, '已采纳');
  await services.cases.reply(admin, ids.myReopen, '已采纳');
  const { rows: cp } = await db.query<{ name: string }>('select name from orgs where id = $1', [f.cp]);
  cpRegister = `收到日期,渠道,类别,诉求内容,所在工会,受理日期\n2025-03-03,接待日,工资报酬,昌平台账诉求,${cp[0].name},2025-03-04\n`;
  return ids;
}

/** A requests register of one row at 昌平区总工会 (made in setup). */
let cpRegister = '';
/** A holiday calendar of one day off. */
const holidaySheet = '日期,休/班,名称\n2027-10-01,休,国庆节\n';
const sheetBody = (csv: string) => csvUpload('诉求台账.csv', csv);

const on = (name: string, body?: unknown) =>
  aimed((f) => ({ params: { id: f.ids[name] }, ...(body === undefined ? {} : { body }) }));
const month = { from: '2020-01', to: '2030-12' };

export const cases: Record<string, ScopeCase> = {
  'GET /api/cases': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }, { query: { orgId: f.cpTown } }],
    lists: () => [{ query: { pageSize: 200 } }, { query: { status: 'open' } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'GET /api/cases.xlsx': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }, { query: { orgId: f.cpTown } }],
    lists: () => [{ query: {} }, { query: { status: 'open' } }],
    control: () => ({ query: {} }),
  }),
  'POST /api/cases': scoped({
    denied: (f) => [{ body: entry(f.cpMember) }, { body: entry(f.cpMember2, f.cp) }],
    control: (f) => ({ body: entry(f.cpMember2) }),
  }),
  'GET /api/cases/stats': aimed((f) => ({ query: { orgId: f.cp, ...month } }), {
    lists: () => [{ query: month }],
  }),
  'GET /api/cases/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...month } }), {
    lists: () => [{ query: month }],
  }),
  'GET /api/cases/calendar': scoped({ denied: () => [], control: () => ({ query: { year: 2026 } }) }),
  'PUT /api/cases/calendar/:day': {
    kind: 'admin',
    request: () => ({ params: { day: '2026-03-11' }, body: { working: false, name: '测试' } }),
  },
  'DELETE /api/cases/calendar/:day': { kind: 'admin', request: () => ({ params: { day: '2026-03-11' } }) },
  'GET /api/cases/categories': unaimed,
  'GET /api/cases/settings': unaimed,
  'PUT /api/cases/settings': { kind: 'admin', request: () => ({ body: { afterHours: '17:30' } }) },
  'POST /api/cases/calendar/notice': {
    kind: 'admin',
    request: () => ({ body: { year: 2027, text: '一、元旦：1月1日（周五）放假，共1天。', dryRun: true } }),
  },
  'GET /api/cases/calendar/import/template.xlsx': { kind: 'admin', request: () => ({}) },
  'POST /api/cases/calendar/import': {
    kind: 'admin',
    request: () => ({ query: { dryRun: true }, body: sheetBody(holidaySheet) }),
  },
  'GET /api/cases/import/template.xlsx': unaimed,
  // A register naming a union outside the importer's subtree is a row error (see cases.import.api.test.ts).
  'POST /api/cases/import': scoped({ denied: () => [], control: () => ({ body: sheetBody(cpRegister) }) }),
  'PUT /api/cases/categories/:code': {
    kind: 'admin',
    request: () => ({
      params: { code: 'wages' },
      body: { nameZh: '工资报酬', nameEn: 'Wages and pay', ackDays: 2, answerDays: 10, active: true },
    }),
  },
  'POST /api/cases/categories': {
    kind: 'admin',
    request: () => ({
      body: {
        nameZh: '范围测试类别',
        nameEn: 'Scope test category',
        ackDays: 2,
        answerDays: 10,
        active: true,
      },
    }),
  },
  'GET /api/cases/:id': on('cpCase'),
  'GET /api/cases/:id/files/:fileId': aimed((f) => ({ params: { id: f.ids.cpCase, fileId: f.ids.cpFile } })),
  'POST /api/cases/:id/accept': on('cpAccept', {}),
  'POST /api/cases/:id/assign': aimed((f) => ({
    params: { id: f.ids.cpAssign },
    body: { userId: f.ids.changpingUser },
  })),
  'POST /api/cases/:id/transfer': scoped({
    denied: (f) => [{ params: { id: f.ids.cpTransfer }, body: { orgId: f.cpTown } }],
    control: (f) => ({ params: { id: f.ids.cpTransfer }, body: { orgId: f.cpTown, note: '属地办理' } }),
  }),
  'POST /api/cases/:id/escalate': on('cpEscalate', { note: '需市总协调' }),
  'POST /api/cases/:id/reply': on('cpReply', { text: '已协调补发' }),
  'POST /api/cases/:id/close': on('cpClose', { note: '已办结' }),
  'POST /api/me/cases': self(
    () => ({ body: { channel: 'app', category: 'other', description: '范围测试诉求', anonymous: true } }),
    (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().case.anonymous).toBe(true);
    },
  ),
  'GET /api/me/cases/categories': self(
    () => ({}),
    (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect((res.json() as { nameZh: string }[]).map((c) => c.nameZh)).toContain('女职工权益');
    },
  ),
  'GET /api/me/cases': self(
    () => ({}),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      const ids = (res.json().items as { id: number }[]).map((c) => c.id);
      expect(ids).toContain(f.ids.myCase);
      expect(ids).not.toContain(f.ids.cpCase);
    },
  ),
  'GET /api/me/cases/:id': self(
    (f) => ({ params: { id: f.ids.myCase } }),
    (f, res) => {
      expect(res.statusCode).toBe(200);
      expect((res.json().files as { id: number }[]).map((x) => x.id)).toEqual([f.ids.myFile]);
    },
  ),
  'GET /api/me/cases/:id/files/:fileId': self(
    (f) => ({ params: { id: f.ids.myCase, fileId: f.ids.myFile } }),
    (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.body).toBe('png');
    },
  ),
  'POST /api/me/cases/:id/reply': self((f) => ({
    params: { id: f.ids.myCase },
    body: { text: '补充：每天早上七点' },
  })),
  'POST /api/me/cases/:id/rate': self((f) => ({ params: { id: f.ids.myRate }, body: { rating: 5 } })),
  'POST /api/me/cases/:id/reopen': self((f) => ({
    params: { id: f.ids.myReopen },
    body: { reason: '仍未落实' },
  })),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/cases.xlsx': () => ({}),
  'GET /api/cases/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01`, to: x.today.slice(0, 7) },
  }),
  'GET /api/cases/import/template.xlsx': () => ({}),
  'GET /api/cases/calendar/import/template.xlsx': () => ({}),
};
