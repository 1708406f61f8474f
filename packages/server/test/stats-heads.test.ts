import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/auth/index.ts';
import { findOrgById } from '../src/modules/org/index.ts';
import { createTestApp } from './api.ts';
import { clockOn } from './clock.ts';
import { createDemoDb, demoDay } from './demo-db.ts';
import { REQUESTS, requestUrl, statisticsIds } from './export-requests.ts';
import { type ReadBook, readBooksInto, textOf, workbookFolder } from './export-sheets.ts';
import { isStatistics } from './figure-notes.ts';
import { headFailures, periodWordingFailure, type StatsHead, statsHeadFailures } from './stats-heads.ts';

/**
 * "A sheet mailed on says whose figures they are and over which days", over the route table: every statistics
 * .xlsx export (the export of a statistics route, or any .xlsx under /stats or /api/reports/) is asked by clerks of
 * the demo's unions — the federation's, a district's (昌平) and a grassroots union's (汇丰包装) — naming no union, so
 * their own is meant (and by the administrator, who has none: 统计单位 the tree's one root, the union that signs for
 * every union under it, or 400 请选择工会 on a page of one union), and read with openpyxl: one of its sheets must open (its first rows) with 统计单位 naming the clerk's union
 * and 统计期间 in the one wording of `periodLine` (shared/figures-sheet.ts). The statistics route's
 * answer, asked the same way, must name the same union in its head (`orgId`/`orgName`, or `org`). A new statistics
 * export fails here until it writes both lines (and has a request in its module's `exportRequests`).
 */

interface Clerk {
  who: string;
  cookie: string;
  /** The clerk's union; null for the administrator, who has none and whose sheets count every union (its root's). */
  orgId: number | null;
  orgName: string;
}
interface Answer {
  clerk: Clerk;
  key: string;
  url: string;
  status: number;
  body: string;
  /** The statistics route's answer to the same request, when there is one. */
  head?: StatsHead;
  book?: ReadBook;
}

let t: Awaited<ReturnType<typeof createTestApp>>;
let books: ReturnType<typeof workbookFolder> | undefined;
let exportKeys: string[] = [];
const answers: Answer[] = [];
let missingReader: string | null = null;

/** A statistics route's exports: the same URL with .xlsx, or /export.xlsx after it. */
const exportsOf = (key: string) => [`${key}.xlsx`, `${key}/export.xlsx`];
/** The statistics route an export is of. */
const statsRouteOf = (key: string) => key.replace(/(\/export)?\.xlsx$/, '');

beforeAll(async () => {
  const db = await createDemoDb(200);
  const today = demoDay(200);
  t = await createTestApp({ db, clock: clockOn(today) });
  const union = async (id: number) =>
    (await t.db.query<{ name: string }>('select name from orgs where id = $1', [id])).rows[0].name;
  const x = await statisticsIds(t.db, today);
  const { root } = x;
  // a clerk of the federation (an account made here: the demo has none at its root), and the demo's own clerks
  const federation = await t.ctx.newUser('manager', (await findOrgById(t.db, root)) ?? null);
  const clerks: Clerk[] = [];
  for (const [who, password] of [
    [federation.username, federation.password],
    ['changping', DEMO_PASSWORD],
    ['huifeng', DEMO_PASSWORD],
  ]) {
    const cookie = await t.login(who, password);
    const me = (await t.call({ method: 'GET', url: '/api/auth/me', cookie })).json() as { orgId: number };
    clerks.push({ who, cookie, orgId: me.orgId, orgName: await union(me.orgId) });
  }
  // the administrator, who has no union: a sheet of every union names the tree's one root, as a clerk of it would
  clerks.push({
    who: 'admin',
    cookie: await t.login('admin', DEMO_PASSWORD),
    orgId: null,
    orgName: await union(root),
  });
  const declared = new Set(t.app.declaredRoutes.map((r) => `${r.method} ${r.url}`));
  const keys = new Set<string>();
  for (const k of declared) {
    if (!k.startsWith('GET ')) continue;
    if (isStatistics(k.slice(4))) for (const e of exportsOf(k)) if (declared.has(e)) keys.add(e);
    if (/\/stats[./]|^GET \/api\/reports\//.test(k) && k.endsWith('.xlsx')) keys.add(k);
  }
  exportKeys = [...keys].sort();
  books = workbookFolder('gonghui-heads-');
  for (const key of exportKeys) {
    const make = REQUESTS[key];
    if (!make) continue;
    // a route aimed at a record (a campaign's report) is asked by the federation's clerk, whose subtree holds it
    const aimed = key.includes('/:');
    for (const clerk of aimed ? clerks.slice(0, 1) : clerks) {
      for (const req of [make(x)].flat()) {
        // no union asked: the clerk's own is meant
        const { orgId: _asked, ...query } = req.query ?? {};
        const url = requestUrl(key.slice(4), { ...req, query });
        const res = await t.call({ method: 'GET', url, cookie: clerk.cookie });
        const a: Answer = { clerk, key, url, status: res.statusCode, body: res.body.slice(0, 300) };
        if (res.statusCode === 200) books.save(res.rawPayload);
        const statsKey = statsRouteOf(key);
        if (declared.has(statsKey)) {
          const statsUrl = requestUrl(statsKey.slice(4), { ...req, query });
          const json = await t.call({ method: 'GET', url: statsUrl, cookie: clerk.cookie });
          if (json.statusCode === 200) a.head = json.json();
        }
        answers.push(a);
      }
    }
  }
  missingReader = readBooksInto(answers, books.files, (a) => a.status === 200);
});

afterAll(async () => {
  await t?.close();
  books?.remove();
});

describe('every statistics export', () => {
  it('has a request and answers a workbook to a clerk asking no union', () => {
    expect(exportKeys.length).toBeGreaterThan(15);
    expect(exportKeys.filter((k) => !REQUESTS[k])).toEqual([]);
    // a page of one union's figures asks the administrator to choose one (statsUnionChosen)
    const choose = (a: Answer) =>
      a.clerk.orgId === null && a.status === 400 && a.body.includes('STATS_UNION_REQUIRED');
    expect(
      answers
        .filter((a) => a.status !== 200 && !choose(a))
        .map((a) => `${a.clerk.who} ${a.url} → ${a.status} ${a.body}`),
    ).toEqual([]);
  });

  it("opens a sheet with 统计单位, the clerk's own union, and 统计期间 in the one wording", () => {
    if (missingReader) expect.fail(missingReader);
    const failures: string[] = [];
    for (const a of answers) {
      if (!a.book?.ok) {
        if (a.status === 200) failures.push(`${a.url}: not a workbook openpyxl opens`);
        continue;
      }
      // a record's report counts the record's union, whoever asks
      const union = a.key.includes('/:') ? undefined : a.clerk.orgName;
      const rows = a.book.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(textOf)) }));
      failures.push(...headFailures(`${a.clerk.who} ${a.url}`, rows, union));
    }
    expect(failures).toEqual([]);
  });
});

describe('every statistics route asked no union', () => {
  it("names the clerk's own union in its answer's head", () => {
    const failures: string[] = [];
    const heads = answers.filter((a) => a.head && !a.key.includes('/:'));
    expect(heads.length).toBeGreaterThan(30);
    for (const a of heads) {
      const { orgId, orgName } = a.clerk;
      if (orgId !== null)
        failures.push(
          ...statsHeadFailures(`${a.clerk.who} ${a.url}`, a.head as StatsHead, { orgId, orgName }),
        );
    }
    expect(failures).toEqual([]);
  });
});

describe('the rule itself', () => {
  const sheet = (rows: string[][]) => [{ name: '说明', rows: [['项目', '内容'], ...rows] }];
  const good = [
    ['统计单位', '昌平区总工会'],
    ['统计期间', '2026-01-01至2026-12-31，计至2026-11-30'],
  ];

  it('passes a sheet opening with the union and the period in the one wording', () => {
    expect(headFailures('/s', sheet(good), '昌平区总工会')).toEqual([]);
    expect(
      headFailures('/s', sheet([good[0], ['统计期间', '全部期间，计至2026-11-30']]), '昌平区总工会'),
    ).toEqual([]);
  });

  it('fails a sheet that names no union, another union, or its period another way', () => {
    expect(headFailures('/s', sheet([good[1]]), '昌平区总工会')).toEqual([
      '/s: no sheet opens with 统计单位 | 昌平区总工会 and 统计期间',
    ]);
    expect(headFailures('/s', sheet([['统计单位', '全部工会'], good[1]]), '昌平区总工会')).toEqual([
      '/s: no sheet opens with 统计单位 | 昌平区总工会 and 统计期间 (统计单位 says 全部工会)',
    ]);
    expect(
      headFailures('/s', sheet([good[0], ['期间', '2026-01-01至2026-12-31']]), '昌平区总工会'),
    ).toHaveLength(1);
    expect(
      headFailures('/s', sheet([good[0], ['统计期间', '2026-01-01 至 2026-12-31']]), '昌平区总工会'),
    ).toEqual([
      '/s 「说明」: 统计期间 is not written 2026-01-01至2026-12-31[，计至2026-11-30]: 2026-01-01 至 2026-12-31',
    ]);
    // the lines below the sheet's first rows are not its head
    const low = sheet([['a', '1'], ['b', '2'], ['c', '3'], ['d', '4'], ...good]);
    expect(headFailures('/s', low, '昌平区总工会')).toHaveLength(1);
  });

  it('fails 计至 a day the period is over by', () => {
    expect(periodWordingFailure('2025-01-01至2025-12-31，计至2025-12-31')).toBe(
      '统计期间 says 计至 a day the period is over by: 2025-01-01至2025-12-31，计至2025-12-31',
    );
    expect(periodWordingFailure('2025-01-01至2025-12-31')).toBeNull();
  });

  it("fails an answer's head naming no union or another than the clerk's", () => {
    const clerk = { orgId: 20, orgName: '昌平区总工会' };
    expect(statsHeadFailures('/s', { orgId: 20, orgName: '昌平区总工会' }, clerk)).toEqual([]);
    expect(statsHeadFailures('/s', { org: { id: 20, name: '昌平区总工会' } }, clerk)).toEqual([]);
    expect(statsHeadFailures('/s', { orgId: 0, orgName: '' }, clerk)).toEqual([
      '/s: its head names , not 昌平区总工会',
      "/s: its head's union is 0, not 20",
    ]);
    expect(statsHeadFailures('/s', {}, clerk)).toEqual(['/s: its head names no union (orgName or org)']);
  });
});
