import { aimed, csvUpload, scoped, unaimed, unaimedList } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, Fx, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import { outsideProject2019 } from './innovation.test-kit.ts';

/** Scope cases for innovation studios: CRUD, recognition, re-evaluation, statistics. */

/** The year of the app's day. */
const yearOf = (f: Fx) => Number(f.today.slice(0, 4));

/**
 * Under 昌平: two demo studios at district level, two new grassroots studios each proposed for district level
 * by 昌平区总工会 (so they await its own decision), a re-evaluation of the district level with one report filed.
 */
/** A studios register of one studio under 昌平 (made in setup). */
let cpRegister = '';
/** A register of one grant of a demo studio under 昌平 (made in setup). */
let cpGrants = '';
const sheetBody = (csv: string) => csvUpload('工作室台账.csv', csv);

export async function setup({ api, db, f }: SetupContext): Promise<Record<string, number>> {
  const { rows: cp } = await db.query<{ name: string }>('select name from orgs where id = $1', [
    f.cpGrassroots,
  ]);
  cpRegister = `工作室名称,所在工会,认定级别,认定日期\n昌平台账工作室,${cp[0].name},区级,2019-05-01\n`;
  const list = (await api('changping', 'GET', `/api/innovation/studios?level=district&pageSize=3`)) as {
    items: { id: number }[];
  };
  const [cpStudio, cpStudio2, cpStudio3] = list.items.map((s) => s.id);
  const year = yearOf(f);
  const { rows: host } = await db.query<{ name: string; union: string }>(
    `select s.name, coalesce(o.uscc, o.name) as union from innovation_studios s join orgs o on o.id = s.org_id
      where s.id = $1`,
    [cpStudio3],
  );
  cpGrants = `工作室名称,所在工会,类别,年度,金额,批准日期,发放日期,平台外发放\n${host[0].name},${host[0].union},创新项目,2018,30000,2018-05-01,2018-07-01,是\n`;
  const fresh = async (name: string) => {
    const { id } = (await api('changping', 'POST', '/api/innovation/studios', {
      orgId: f.cpGrassroots,
      name,
    })) as { id: number };
    const r = (await api('changping', 'POST', `/api/innovation/studios/${id}/recognitions`, {
      level: 'district',
    })) as { id: number };
    return r.id;
  };
  const cpRecognition = await fresh('昌平范围测试工作室甲');
  const cpRecognition2 = await fresh('昌平范围测试工作室乙');
  const { id: cpReevaluation } = (await api('changping', 'POST', '/api/innovation/reevaluations', {
    orgId: f.cp,
    // The demo holds last year's; this one is older.
    year: year - 3,
    level: 'district',
    dueOn: `${year}-01-31`,
  })) as { id: number };
  await api(
    'changping',
    'PUT',
    `/api/innovation/reevaluations/${cpReevaluation}/studios/${cpStudio3}/report`,
    {
      activities: '开展技术攻关和培训',
      peopleTrained: 12,
    },
  );
  return {
    stuStudio: cpStudio,
    stuStudio2: cpStudio2,
    stuStudio3: cpStudio3,
    stuRecognition: cpRecognition,
    stuRecognition2: cpRecognition2,
    stuReevaluation: cpReevaluation,
  };
}

const stats = (orgId: number) => ({ query: { orgId, fromYear: 2020, toYear: 2024 } });

export const cases: Record<string, ScopeCase> = {
  'GET /api/innovation/studios': aimed((f) => ({ query: { orgId: f.cp } }), {
    lists: () => [{}, { query: { level: 'city', pageSize: 200 } }],
  }),
  'POST /api/innovation/studios': scoped({
    denied: (f) => [{ body: { orgId: f.cpGrassroots, name: '越权新建工作室' } }],
    control: (f) => ({ body: { orgId: f.cpGrassroots, name: '昌平新建工作室' } }),
  }),
  'GET /api/innovation/studios/import/template.xlsx': unaimed,
  // A register naming a union outside the importer's subtree is a row error (see studios.import.api.test.ts).
  'POST /api/innovation/studios/import': scoped({
    denied: () => [],
    control: () => ({ body: sheetBody(cpRegister) }),
  }),
  'GET /api/innovation/studios/grants/import/template.xlsx': unaimed,
  // A register naming a union outside the importer's subtree is a row error (studios.grants.import.api.test.ts).
  'POST /api/innovation/studios/grants/import': scoped({
    denied: () => [],
    control: () => ({ body: sheetBody(cpGrants) }),
  }),
  'GET /api/innovation/studios/:id/grants': aimed((f) => ({ params: { id: f.ids.stuStudio } })),
  'POST /api/innovation/studios/:id/grants': aimed((f) => ({
    params: { id: f.ids.stuStudio },
    body: outsideProject2019,
  })),
  'GET /api/innovation/studios/stats': scoped({
    denied: (f) => [stats(f.cp), stats(f.cpGrassroots)],
    control: (f) => stats(f.cp),
  }),
  'GET /api/innovation/studios/stats/export.xlsx': aimed((f) => stats(f.cp)),
  'GET /api/innovation/studios/:id': aimed((f) => ({ params: { id: f.ids.stuStudio } })),
  'PATCH /api/innovation/studios/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.stuStudio }, body: { description: '越权修改' } }],
    control: (f) => ({ params: { id: f.ids.stuStudio }, body: { description: '主攻技术革新与人才培养' } }),
  }),
  'POST /api/innovation/studios/:id/recognitions': scoped({
    denied: (f) => [{ params: { id: f.ids.stuStudio2 }, body: { level: 'city' } }],
    control: (f) => ({ params: { id: f.ids.stuStudio2 }, body: { level: 'city', note: '推荐为市级' } }),
  }),
  'GET /api/innovation/recognitions': scoped({
    denied: () => [],
    lists: () => [{}, { query: { mine: true } }],
    control: () => ({ query: { mine: true } }),
  }),
  'POST /api/innovation/recognitions/:id/approve': aimed((f) => ({
    params: { id: f.ids.stuRecognition },
    body: {},
  })),
  'POST /api/innovation/recognitions/:id/reject': scoped({
    denied: (f) => [{ params: { id: f.ids.stuRecognition2 }, body: { reason: '越权驳回' } }],
    control: (f) => ({ params: { id: f.ids.stuRecognition2 }, body: { reason: '材料不全' } }),
  }),
  'GET /api/innovation/reevaluations': unaimedList,
  'POST /api/innovation/reevaluations': aimed((f) => ({
    body: { orgId: f.cp, year: yearOf(f), level: 'district', dueOn: `${yearOf(f) + 1}-01-31` },
  })),
  'GET /api/innovation/reevaluations/:id': aimed((f) => ({ params: { id: f.ids.stuReevaluation } })),
  'PUT /api/innovation/reevaluations/:id/studios/:studioId/report': scoped({
    denied: (f) => [
      {
        params: { id: f.ids.stuReevaluation, studioId: f.ids.stuStudio },
        body: { activities: '越权提交', peopleTrained: 1 },
      },
    ],
    control: (f) => ({
      params: { id: f.ids.stuReevaluation, studioId: f.ids.stuStudio },
      body: { activities: '全年开展技术攻关8次', peopleTrained: 30 },
    }),
  }),
  'POST /api/innovation/reevaluations/:id/studios/:studioId/decision': aimed((f) => ({
    params: { id: f.ids.stuReevaluation, studioId: f.ids.stuStudio3 },
    body: { outcome: 'pass' },
  })),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/innovation/studios/grants/import/template.xlsx': () => ({}),
  'GET /api/innovation/studios/import/template.xlsx': () => ({}),
  'GET /api/innovation/studios/stats/export.xlsx': (x) => [
    { query: { orgId: x.root, fromYear: x.year - 2, toYear: x.year } },
    // the years the demo's studios were granted their subsidies (助推资金 paid from 2016): a sheet of them to check
    { query: { orgId: x.root, fromYear: 2016, toYear: x.year } },
  ],
};
