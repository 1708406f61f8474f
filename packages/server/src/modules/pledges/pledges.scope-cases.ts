import { expect } from 'vitest';
import { DAY_REASONS } from '../../../test/effective-day.exceptions.ts';
import { aimed, csvUpload, fileUpload, scoped, unaimed } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/** Scope cases for 办实事 projects: a project is reached through the union that promised it. */

const photo = () => fileUpload('验收照片.png', 'image/png', Buffer.from('\x89PNG\r\n\x1a\nphoto', 'binary'));

const pledge = (orgId: number) => ({
  orgId,
  year: 2025,
  title: '昌平户外劳动者驿站提档升级',
  category: 'conditions',
  budgetFen: 30_000_000,
  department: '职工服务部',
  milestones: [{ title: '制定实施方案', dueOn: '2025-03-31' }],
});

/** A 办实事 projects register of one 2022 project of 昌平's (made in setup). */
let cpRegister = '';
const sheetBody = (csv: string) => csvUpload('办实事项目台账.csv', csv);

export async function setup({ api, call, db, f }: SetupContext): Promise<Record<string, number>> {
  const { rows: cp } = await db.query<{ name: string }>('select name from orgs where id = $1', [
    f.cpGrassroots,
  ]);
  cpRegister =
    '所在工会,年度,项目名称,项目类别,预算金额,责任部门,项目完成日期,实际投入,受益职工人数\n' +
    `${cp[0].name},2022,昌平台账职工书屋,福利体系,5万,工会办公室,2022-11-30,4.8万,300\n`;
  const make = async () =>
    ((await api('changping', 'POST', '/api/pledges', pledge(f.cp))) as { id: number }).id;
  const [a, b, c] = [await make(), await make(), await make()];
  const detail = (await api('changping', 'GET', `/api/pledges/${a}`)) as { milestones: { id: number }[] };
  const res = await call('changping', { method: 'POST', url: `/api/pledges/${a}/evidence`, ...photo() });
  if (res.statusCode !== 200) throw new Error(`evidence upload → ${res.statusCode} ${res.body}`);
  return {
    cpPledge: a,
    cpPledge2: b,
    cpPledge3: c,
    cpMilestone: detail.milestones[0].id,
    cpEvidence: (res.json() as { id: number }).id,
  };
}

const years = { fromYear: 2024, toYear: 2026 };
const completion = { completedOn: '2025-11-20', spentFen: 29_000_000, beneficiaryCount: 1200 };

export const cases: Record<string, ScopeCase> = {
  'GET /api/pledges': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }, { query: { orgId: f.cpTown, fromYear: 2024 } }],
    lists: () => [{}, { query: { category: 'conditions', status: 'planned' } }],
    control: () => ({}),
  }),
  'POST /api/pledges': scoped({
    denied: (f) => [{ body: pledge(f.cp) }, { body: pledge(f.cpGrassroots) }],
    control: (f) => ({ body: pledge(f.cpGrassroots) }),
  }),
  'GET /api/pledges/import/template.xlsx': unaimed,
  // A register naming a union outside the importer's subtree is a row error (see pledges.import.api.test.ts).
  'POST /api/pledges/import': scoped({ denied: () => [], control: () => ({ body: sheetBody(cpRegister) }) }),
  'GET /api/pledges/stats': aimed((f) => ({ query: { orgId: f.cp, ...years } }), {
    lists: () => [{ query: years }],
  }),
  'GET /api/pledges/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...years } }), {
    lists: () => [{ query: years }],
  }),
  'GET /api/me/pledges': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      const ids = (res.json() as { items: { id: number }[] }).items.map((i) => i.id);
      expect(ids).not.toContain(f.ids.cpPledge);
    },
  },
  'GET /api/pledges/:id': aimed((f) => ({ params: { id: f.ids.cpPledge } })),
  'PATCH /api/pledges/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.cpPledge }, body: { department: '越权修改' } }],
    control: (f) => ({ params: { id: f.ids.cpPledge }, body: { department: '昌平工会办公室' } }),
  }),
  'POST /api/pledges/:id/milestones/:milestoneId/done': aimed((f) => ({
    params: { id: f.ids.cpPledge, milestoneId: f.ids.cpMilestone },
    body: { doneOn: '2025-03-20' },
  })),
  'POST /api/pledges/:id/complete': aimed((f) => ({ params: { id: f.ids.cpPledge2 }, body: completion })),
  'POST /api/pledges/:id/cancel': scoped({
    denied: (f) => [{ params: { id: f.ids.cpPledge3 }, body: { reason: '越权撤销' } }],
    control: (f) => ({ params: { id: f.ids.cpPledge3 }, body: { reason: '资金调整' } }),
  }),
  'POST /api/pledges/:id/evidence': aimed((f) => ({ params: { id: f.ids.cpPledge }, ...photo() })),
  'GET /api/pledges/:id/evidence/:evidenceId': aimed((f) => ({
    params: { id: f.ids.cpPledge, evidenceId: f.ids.cpEvidence },
  })),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/pledges/import/template.xlsx': () => ({}),
  'GET /api/pledges/stats.xlsx': (x) => [
    { query: { orgId: x.root, fromYear: x.year - 2, toYear: x.year } },
    // the years of the demo's series and outputs (北京邮政's insurance since 2014, seed 001): 连续项目与成果 to check
    { query: { orgId: x.root, fromYear: 2014, toYear: 2020 } },
  ],
};

/** Its write routes that take no day it happened, and why (test/effective-day.test.ts). */
export const dayExceptions: Record<string, string> = {
  'POST /api/pledges': `${DAY_REASONS.DEFINITION} (a pledge of its year)`,
  'PATCH /api/pledges/:id': DAY_REASONS.CORRECTION,
  'POST /api/pledges/:id/evidence': DAY_REASONS.UPLOAD,
};
