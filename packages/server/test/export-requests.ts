import type { Db } from '../src/db/db.ts';
import { fillParams } from './api.ts';
import { CASE_FILES } from './scope-cases/found.ts';
import type { ExportRequests, Ids, Req } from './scope-cases/types.ts';

export type { Ids };

/**
 * The requests of the export contract (test/exports.test.ts): one or more per export route of the route table, as
 * the administrator makes them on the demo. Statistics ask for the whole tree (its root), so their sheets list
 * unions; a route answering an .xlsx needs an entry, in its module's scope cases (`exportRequests` of
 * `src/modules/<m>/<m>.scope-cases.ts`, ADR 92) or, for the kernel's, here, or the contract fails.
 */

/** A route answers a file to open in a spreadsheet program: its URL ends in .xlsx, /export or /template. */
export const isExport = (url: string) => /(\.xlsx|\/export|\/template)$/.test(url);

/** The kernel's export routes (unions, accounts, members, jobs, the audit log); each module's are in its folder. */
const KERNEL_REQUESTS: ExportRequests = {
  'GET /api/orgs/import/template.xlsx': () => ({}),
  'GET /api/users/import/template.xlsx': () => ({}),
  'GET /api/imports/members/template': () => ({}),
  'GET /api/members/export.xlsx': () => ({}),
  'GET /api/jobs/:id/errors.xlsx': (x) => ({ params: { id: x.job } }),
  'GET /api/audit.xlsx': () => ({}),
};

/** One request per export route of the route table: the kernel's and those each module's scope cases give (ADR 92). */
export const REQUESTS: ExportRequests = { ...KERNEL_REQUESTS };
for (const { name, file } of CASE_FILES) {
  for (const [key, make] of Object.entries(file.exportRequests ?? {})) {
    if (REQUESTS[key]) throw new Error(`export request ${key} given twice (again in ${name})`);
    REQUESTS[key] = make;
  }
}

/** The URL a request of the contract calls: the route's parameters filled in, its query (what is given) after it. */
export function requestUrl(url: string, req: Req): string {
  let out = fillParams(
    url,
    Object.fromEntries(Object.entries(req.params ?? {}).map(([k, v]) => [k, String(v)])),
  );
  const pairs = Object.entries(req.query ?? {}).filter(
    (e): e is [string, string | number | boolean] => e[1] !== undefined,
  );
  if (pairs.length) out += `?${new URLSearchParams(pairs.map(([k, v]): [string, string] => [k, String(v)]))}`;
  return out;
}

/** The id the first row of `text` gives on the demo; throws when the demo holds none. */
export async function demoId(db: Db, text: string): Promise<number> {
  const { rows } = await db.query<{ id: number }>(text);
  if (!rows[0]) throw new Error(`the demo holds none of: ${text}`);
  return Number(rows[0].id);
}

/**
 * The ids the statistics requests name on the demo of `today`: its root, the year, the campaign with the most visits;
 * the records only a record's export aims at (an activity, a contest, a batch ...) are 0.
 */
export async function statisticsIds(db: Db, today: string): Promise<Ids> {
  return {
    today,
    root: await demoId(db, 'select id from orgs where parent_id is null order by id limit 1'),
    year: Number(today.slice(0, 4)),
    activity: 0,
    campaign: await demoId(
      db,
      'select campaign_id as id from care_visits where campaign_id is not null group by 1 order by count(*) desc, 1 limit 1',
    ),
    contest: 0,
    policy: 0,
    job: 0,
    batch: 0,
    ret: 0,
    retOrg: 0,
    wellnessBatch: 0,
  };
}
