import { expect } from 'vitest';
import {
  aimed,
  csvUpload,
  fileUpload,
  notFound,
  scoped,
  self,
  unaimed,
} from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import type { Actor } from '../../access/access.ts';
import { demoAdmin } from '../../shared/demo-actors.ts';

/**
 * Scope cases for 送温暖 campaigns and visits. Setup gives 昌平区总工会 a campaign with apples in stock, a visit
 * to one of its members, one to an enterprise (with a photo) and a past visit outside any campaign; 杨镇 runs a
 * campaign with a visit to the demo worker, whose phone page must show that visit and none of 昌平's.
 */

let serial = 0;
const SETUP: Actor = demoAdmin('scope-setup');
/** A one-file multipart upload (field `file`): a PNG. */
const photo = () => fileUpload('走访.png', 'image/png', Buffer.from('\x89PNG\r\n\x1a\nphoto', 'binary'));

const campaign = (orgId: number) => ({
  orgId,
  title: '冬季送温暖',
  startsOn: '2021-12-01',
  endsOn: '2022-01-31',
  budgetFen: 1_000_000,
  steps: [{ kind: 'visits' as const, title: '走访慰问困难职工' }],
});
const stock = () => ({
  item: '苹果',
  unit: '斤',
  quantity: 100,
  valueFen: 50_000,
  requestId: `scope-${++serial}-stock`,
});
const unitVisit = (campaignId: number, orgId: number, stockId: number) => ({
  campaignId,
  orgId,
  recipientKind: 'enterprise',
  unitName: '昌平测试企业',
  people: 20,
  visitedOn: '2021-12-20',
  visitors: '区总工会',
  goods: [{ stockId, quantity: 1 }],
});

export async function setup({ api, call, f, services }: SetupContext): Promise<Record<string, number>> {
  type Row = { id: number };
  const cp = (await api('changping', 'POST', '/api/care/campaigns', campaign(f.cp))) as Row;
  // A campaign still running (it ends years from now), which its staff may still correct.
  const open = (await api('changping', 'POST', '/api/care/campaigns', {
    ...campaign(f.cp),
    title: '常年送温暖',
    endsOn: '2099-12-31',
  })) as Row;
  const apples = (await api('changping', 'POST', `/api/care/campaigns/${cp.id}/stock`, stock())) as Row;
  const personVisit = (await api('changping', 'POST', '/api/care/visits', {
    campaignId: cp.id,
    orgId: f.cp,
    recipientKind: 'person',
    personId: f.cpMember,
    visitedOn: '2021-12-21',
    visitors: '区总工会',
    goods: [{ stockId: apples.id, quantity: 2 }],
  })) as Row;
  const cpVisit = (await api(
    'changping',
    'POST',
    '/api/care/visits',
    unitVisit(cp.id, f.cp, apples.id),
  )) as Row;
  // A visit of no campaign and no ledger grant, as a past ledger brings one in: the one kind a clerk may correct.
  const pastVisit = (await api('changping', 'POST', '/api/care/visits', {
    orgId: f.cp,
    recipientKind: 'enterprise',
    unitName: '昌平往年走访企业',
    people: 8,
    visitedOn: '2020-12-20',
    visitors: '区总工会',
    goods: [],
  })) as Row;
  const res = await call('changping', {
    method: 'POST',
    url: `/api/care/visits/${cpVisit.id}/photos?kind=photo`,
    ...photo(),
  });
  if (res.statusCode !== 200) throw new Error(`photo upload → ${res.statusCode} ${res.body}`);
  // The demo worker's visit, made outside the sessions under test (their audit rows must stay empty).
  const yz = await services.care.campaigns.createCampaign(SETUP, campaign(f.yz));
  const workerVisit = await services.care.visits.logVisit(SETUP, {
    campaignId: yz.id,
    orgId: f.yz,
    recipientKind: 'person',
    personId: f.workerPerson,
    visitedOn: '2021-12-22',
    visitors: '镇总工会',
    goods: [],
  });
  return {
    cpCampaign: cp.id,
    cpOpenCampaign: open.id,
    cpApples: apples.id,
    cpVisit: cpVisit.id,
    cpPersonVisit: personVisit.id,
    cpPastVisit: pastVisit.id,
    cpPhoto: (res.json() as Row).id,
    workerVisit: workerVisit.id,
  };
}

/**
 * A register of one past visit of 昌平区总工会 to a unit of its own. 杨镇 naming 昌平's union or one of its members
 * is a row error naming nothing of 昌平's (care.import.api.test.ts).
 */
const visitsRegister = () =>
  csvUpload(
    '送温暖走访台账.csv',
    '走访工会,对象类型,单位名称,惠及人数,走访日期\n昌平区总工会,企业,昌平台账走访企业,12,2020-01-10\n',
  );

const campaignParam = (f: { ids: Record<string, number> }) => ({ params: { id: f.ids.cpCampaign } });

export const cases: Record<string, ScopeCase> = {
  'GET /api/care/campaigns': aimed((f) => ({ query: { orgId: f.cp } }), {
    lists: () => [{}, { query: { year: 2022 } }],
  }),
  'POST /api/care/campaigns': scoped({
    denied: (f) => [{ body: campaign(f.cp) }, { body: campaign(f.cpGrassroots) }],
    control: (f) => ({ body: campaign(f.cpGrassroots) }),
  }),
  'GET /api/care/campaigns/:id': scoped({ denied: (f) => [campaignParam(f)], control: campaignParam }),
  'PATCH /api/care/campaigns/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.cpOpenCampaign }, body: { title: '越权修改' } }],
    control: (f) => ({ params: { id: f.ids.cpOpenCampaign }, body: { budgetFen: 2_000_000 } }),
  }),
  'POST /api/care/campaigns/:id/stock': aimed((f) => ({ ...campaignParam(f), body: stock() })),
  'GET /api/care/campaigns/:id/report': scoped({ denied: (f) => [campaignParam(f)], control: campaignParam }),
  'GET /api/care/campaigns/:id/report.xlsx': scoped({
    denied: (f) => [campaignParam(f)],
    control: campaignParam,
  }),
  'GET /api/care/visits': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }, { query: { campaignId: f.ids.cpCampaign } }],
    lists: () => [{}],
    control: (f) => ({ query: { campaignId: f.ids.cpCampaign } }),
  }),
  'GET /api/care/visits.xlsx': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }, { query: { campaignId: f.ids.cpCampaign } }],
    control: (f) => ({ query: { campaignId: f.ids.cpCampaign } }),
  }),
  'POST /api/care/visits': scoped({
    denied: (f) => [
      { body: unitVisit(f.ids.cpCampaign, f.cp, f.ids.cpApples) },
      // 杨镇's own union cannot log a visit into 昌平's campaign or take its stock.
      { body: unitVisit(f.ids.cpCampaign, f.yz, f.ids.cpApples) },
    ],
    control: (f) => ({ body: unitVisit(f.ids.cpCampaign, f.cpTown, f.ids.cpApples) }),
  }),
  'GET /api/care/visits/import/template.xlsx': unaimed,
  'POST /api/care/visits/import': scoped({ denied: () => [], control: () => ({ body: visitsRegister() }) }),
  'GET /api/care/visits/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.cpVisit } }, { params: { id: f.ids.cpPersonVisit } }],
    control: (f) => ({ params: { id: f.ids.cpPersonVisit } }),
  }),
  'PATCH /api/care/visits/:id': aimed((f) => ({
    params: { id: f.ids.cpPastVisit },
    body: { visitors: '区总工会慰问组' },
  })),
  'POST /api/care/visits/:id/photos': aimed((f) => ({
    params: { id: f.ids.cpVisit },
    query: { kind: 'receipt' },
    ...photo(),
  })),
  'GET /api/care/visits/:id/photos/:photoId': aimed((f) => ({
    params: { id: f.ids.cpVisit, photoId: f.ids.cpPhoto },
  })),
  'GET /api/me/care/visits': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      const ids = (res.json() as { items: { id: number }[] }).items.map((v) => v.id);
      expect(ids).toContain(f.ids.workerVisit);
      expect(ids).not.toContain(f.ids.cpPersonVisit);
    },
  },
  'POST /api/me/care/visits/:id/confirm': self((f) => ({ params: { id: f.ids.cpPersonVisit } }), notFound),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/care/campaigns/:id/report.xlsx': (x) => ({ params: { id: x.campaign } }),
  'GET /api/care/visits.xlsx': () => ({}),
  'GET /api/care/visits/import/template.xlsx': () => ({}),
};
