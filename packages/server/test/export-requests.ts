import type { Req } from './scope-cases/types.ts';

/**
 * The requests of the export contract (test/exports.test.ts): one or more per export route of the route table, as
 * the administrator makes them on the demo. Statistics ask for the whole tree (its root), so their sheets list
 * unions; a route answering an .xlsx needs an entry here, or the contract fails.
 */

/** A route answers a file to open in a spreadsheet program: its URL ends in .xlsx, /export or /template. */
export const isExport = (url: string) => /(\.xlsx|\/export|\/template)$/.test(url);

/** The demo's objects the requests aim at, found in beforeAll. */
export interface Ids {
  today: string;
  /** The root of the demo's tree: statistics of the whole tree, its unions listed. */
  root: number;
  year: number;
  activity: number;
  campaign: number;
  contest: number;
  policy: number;
  job: number;
  batch: number;
  ret: number;
  retOrg: number;
  wellnessBatch: number;
}

/** One request per export route of the route table, as the administrator makes it. */
export const REQUESTS: Record<string, (x: Ids) => Req | Req[]> = {
  'GET /api/orgs/import/template.xlsx': () => ({}),
  'GET /api/users/import/template.xlsx': () => ({}),
  'GET /api/imports/members/template': () => ({}),
  'GET /api/members/export.xlsx': () => ({}),
  'GET /api/jobs/:id/errors.xlsx': (x) => ({ params: { id: x.job } }),
  'GET /api/audit.xlsx': () => ({}),
  'GET /api/records/template.xlsx': () =>
    ['certificate', 'award', 'training', 'patent'].map((kind) => ({ query: { kind } })),
  'GET /api/learning/stats.xlsx': (x) => ({ query: { orgId: x.root, year: x.year } }),
  'GET /api/payment-batches/:id/export.xlsx': (x) => ({ params: { id: x.batch } }),
  'GET /api/reports/programs/export.xlsx': () => ({}),
  'GET /api/join-requests.xlsx': () => ({}),
  'GET /api/contests/stats.xlsx': (x) => ({ query: { orgId: x.root, year: x.year } }),
  'GET /api/contests/:id/entries.xlsx': (x) => ({ params: { id: x.contest } }),
  'GET /api/agreements/import/template.xlsx': () => ({}),
  'GET /api/agreements/coverage-template.xlsx': () => ({}),
  'GET /api/agreements/stats.xlsx': (x) => ({ query: { orgId: x.root, year: x.year } }),
  'GET /api/reports/selections/export.xlsx': () => ({}),
  'GET /api/selections/import/template.xlsx': () => ({}),
  'GET /api/activities/import/template.xlsx': () => ({}),
  'GET /api/stations/services/import/template.xlsx': () => ({}),
  'GET /api/innovation/achievements/import/template.xlsx': () => ({}),
  'GET /api/innovation/studios/grants/import/template.xlsx': () => ({}),
  'GET /api/programs/past-payments/import/template.xlsx': () => ({}),
  'GET /api/innovation/studios/import/template.xlsx': () => ({}),
  'GET /api/innovation/studios/stats/export.xlsx': (x) => ({
    query: { orgId: x.root, fromYear: x.year - 2, toYear: x.year },
  }),
  'GET /api/cases.xlsx': () => ({}),
  'GET /api/cases/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01`, to: x.today.slice(0, 7) },
  }),
  'GET /api/cases/import/template.xlsx': () => ({}),
  'GET /api/cases/calendar/import/template.xlsx': () => ({}),
  'GET /api/counselling/sessions/import/template.xlsx': () => ({}),
  'GET /api/hardship/files.xlsx': () => ({}),
  'GET /api/hardship/import/template.xlsx': () => ({}),
  'GET /api/hardship/stats.xlsx': (x) => ({ query: { orgId: x.root, year: x.year } }),
  'GET /api/pledges/import/template.xlsx': () => ({}),
  'GET /api/pledges/stats.xlsx': (x) => ({ query: { orgId: x.root, fromYear: x.year - 2, toYear: x.year } }),
  'GET /api/donations/import/template.xlsx': () => ({}),
  'GET /api/donations/stats.xlsx': (x) => ({ query: { orgId: x.root, from: '2015-01-01', to: x.today } }),
  'GET /api/care/campaigns/:id/report.xlsx': (x) => ({ params: { id: x.campaign } }),
  'GET /api/care/visits.xlsx': () => ({}),
  'GET /api/returns/:id/table.xlsx': (x) => ({ params: { id: x.ret } }),
  'GET /api/returns/:id/unions/:orgId/sheet.xlsx': (x) => ({ params: { id: x.ret, orgId: x.retOrg } }),
  'GET /api/insurance/claims/import/template.xlsx': () => ({}),
  'GET /api/wellness/import/template.xlsx': () => ({}),
  'GET /api/insurance/policies/:id/insured.xlsx': (x) => ({ params: { id: x.policy } }),
  'GET /api/insurance/policies/:id/changes.xlsx': (x) => ({
    params: { id: x.policy },
    query: { full: true },
  }),
  'GET /api/insurance/stats.xlsx': (x) => ({
    query: { orgId: x.root, fromYear: x.year - 1, toYear: x.year },
  }),
  'GET /api/congresses/stats.xlsx': (x) => ({
    query: { orgId: x.root, fromYear: x.year - 2, toYear: x.year },
  }),
  'GET /api/activities/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01-01`, to: x.today },
  }),
  'GET /api/activities/:id/roster.xlsx': (x) => ({ params: { id: x.activity } }),
  'GET /api/activities/:id/signups/template.xlsx': (x) => ({ params: { id: x.activity } }),
  'GET /api/member-requests.xlsx': () => ({}),
  'GET /api/counselling/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01-01`, to: x.today },
  }),
  'GET /api/stations/export': () => ({ query: { format: 'xlsx' } }),
  'GET /api/stations/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01-01`, to: x.today },
  }),
  'GET /api/wellness/batches/:id/attendance/template.xlsx': (x) => ({ params: { id: x.wellnessBatch } }),
  'GET /api/wellness/stats.xlsx': (x) => ({ query: { orgId: x.root, fromYear: x.year - 1, toYear: x.year } }),
  'GET /api/activities/calls/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01-01`, to: x.today },
  }),
  'GET /api/elections/stats.xlsx': (x) => ({
    query: { orgId: x.root, fromYear: x.year - 2, toYear: x.year },
  }),
  'GET /api/model-workers/import/template.xlsx': () => ({}),
  'GET /api/model-workers/export.xlsx': () => ({}),
  'GET /api/model-workers/stats.xlsx': (x) => ({ query: { orgId: x.root, fromYear: 2020, toYear: x.year } }),
};
