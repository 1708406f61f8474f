import { aimed, csvUpload, scoped, unaimed, unaimedList } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/** Scope cases for the model workers register: a model worker is reached through their union's subtree. */
const title = { level: 'city', kind: 'model', title: '北京市劳动模范', year: 2020 };
const body = (orgId: number, name: string) => ({ orgId, name, honours: [title] });
/** Every year up to the demo's: the register written in setup counts in the year it was written. */
const years = (f: { today: string }) => ({ fromYear: 2020, toYear: Number(f.today.slice(0, 4)) });

/** A register of one model worker of 昌平's (made in setup). */
let cpRegister = '';
const sheetBody = (csv: string) => csvUpload('劳模名册.csv', csv);

export async function setup({ api, db, f }: SetupContext): Promise<Record<string, number>> {
  const { rows } = await db.query<{ name: string }>('select name from orgs where id = $1', [f.cpGrassroots]);
  cpRegister =
    '姓名,所在工会,称号级别,称号类别,荣誉称号,授予年度\n' +
    `范围测试劳模,${rows[0].name},区级,劳动模范,昌平区劳动模范,2019\n`;
  const a = (await api('changping', 'POST', '/api/model-workers', body(f.cpGrassroots, '昌平劳模甲'))) as {
    id: number;
  };
  // a member the members list counts as 劳模 and the register does not hold
  await api('changping', 'POST', '/api/members', {
    name: '昌平名册外劳模',
    idNumber: f.newIdNumber(),
    orgId: f.cpGrassroots,
    modelWorkerLevel: 'district',
  });
  return { cpModelWorker: a.id };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/model-workers': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    lists: () => [{}, { query: { level: 'city' } }],
    control: () => ({}),
  }),
  'POST /api/model-workers': scoped({
    denied: (f) => [
      { body: body(f.cp, '越权登记') },
      { body: body(f.cpGrassroots, '越权登记') },
      // 昌平's member linked by id, registered for 杨镇's own union
      { body: { ...body(f.yzGrassroots, '越权关联'), personId: f.cpMember } },
    ],
    control: (f) => ({ body: body(f.cpGrassroots, '昌平劳模乙') }),
  }),
  'GET /api/model-workers/import/template.xlsx': unaimed,
  // A register naming a union outside the importer's subtree is a row error (see modelworkers.service.test.ts).
  'POST /api/model-workers/import': scoped({
    denied: () => [],
    control: () => ({ body: sheetBody(cpRegister) }),
  }),
  'GET /api/model-workers/export.xlsx': aimed((f) => ({ query: { orgId: f.cp } })),
  'GET /api/model-workers/studios': unaimedList,
  'GET /api/model-workers/unlisted-members': aimed((f) => ({ query: { orgId: f.cp } }), {
    lists: () => [{}],
  }),
  'GET /api/model-workers/stats': aimed((f) => ({ query: { orgId: f.cp, ...years(f) } }), {
    lists: (f) => [{ query: years(f) }],
  }),
  'GET /api/model-workers/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...years(f) } })),
  'GET /api/model-workers/:id': aimed((f) => ({ params: { id: f.ids.cpModelWorker } })),
  'PATCH /api/model-workers/:id': aimed((f) => ({
    params: { id: f.ids.cpModelWorker },
    body: { health: 'fair' },
  })),
  'POST /api/model-workers/:id/honours': scoped({
    denied: (f) => [
      { params: { id: f.ids.cpModelWorker }, body: { honour: { ...title, title: '越权称号' } } },
    ],
    control: (f) => ({
      params: { id: f.ids.cpModelWorker },
      body: { honour: { level: 'national', kind: 'model', title: '全国劳动模范', year: 2025 } },
    }),
  }),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/model-workers/import/template.xlsx': () => ({}),
  'GET /api/model-workers/export.xlsx': () => ({}),
  'GET /api/model-workers/stats.xlsx': (x) => ({ query: { orgId: x.root, fromYear: 2020, toYear: x.year } }),
};
