import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/auth/index.ts';
import { createTestApp } from './api.ts';
import { clockOn } from './clock.ts';
import { createDemoDb, demoDay } from './demo-db.ts';
import { demoId, type Ids, isExport, REQUESTS, requestUrl } from './export-requests.ts';
import {
  Failures,
  figuresOf,
  isCountHeader,
  isDateHeader,
  isMoneyHeader,
  isNumber,
  isTimeFormat,
  looksLikeDate,
  looksLikeTime,
  looksNumeric,
  nameOf,
  type ReadBook,
  type ReadCell,
  readBooks,
  readerMissing,
  textOf,
  YUAN_FORMATS,
} from './export-sheets.ts';
import { missingMoneyTotals, missingTotals, totalFailures } from './export-totals.ts';
import { indentFailures } from './export-unions.ts';
import { wordFailures } from './export-words.ts';
import { jobFinished } from './job-wait.ts';
import { multipartForm } from './multipart.ts';

/**
 * "Every export is a sheet an auditor can sum" (issue 41), over the route table: every route answering an .xlsx
 * (its URL ends in .xlsx, /export or /template) is fetched on the demo data as the administrator and opened by a
 * third-party reader (openpyxl), and its cells are checked: counts and amounts are number cells, amounts are yuan
 * shown with two decimals, dates are date cells, times of day time cells, unions come in tree order, a 合计 row is the sum of its rows,
 * and a list with a column of yuan ends in one.
 * A new export route fails here until it has a request below.
 */

/**
 * Statistics sheets whose unions are of several depths on the demo, where the union rule (export-unions.ts) has
 * indents to hold: the rule finds every sheet listing unions by itself, and these say it still reaches them.
 */
const SEVERAL_DEPTHS = [
  'GET /api/stations/stats.xlsx 「按工会」',
  'GET /api/donations/stats.xlsx 「受赠工会」',
  'GET /api/counselling/stats.xlsx 「按工会」',
  // the demo gives these a row of the city's own (本级) beside its districts', or a district beside grassroots unions
  'GET /api/reports/programs/export.xlsx 「按工会」',
  'GET /api/agreements/stats.xlsx 「下级工会」',
  'GET /api/cases/stats.xlsx 「下级工会」',
  'GET /api/model-workers/stats.xlsx 「劳模按级别与单位」',
];
/** A batch of the demo's year, shared with the district's own places: only while the 双千工程 runs (seed 003). */
const WELLNESS_SEVERAL = 'GET /api/wellness/stats.xlsx 「按工会」';
/** Whether the demo has a 疗休养 batch in the year of the exports (the scheme's years, read off the demo). */
let wellnessThisYear = false;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: Awaited<ReturnType<typeof createTestApp>>;
let dir: string;
/** Each export's answer, by its route and request: its status and, for an .xlsx, what openpyxl read. */
interface Answer {
  key: string;
  url: string;
  status: number;
  type: string;
  body: string;
  book?: ReadBook;
  /** The actions of the audit rows written while it was answered. */
  audited: string[];
  /** The file name it is saved under (Content-Disposition). */
  fileName: string;
}
const answers: Answer[] = [];
let routeKeys: string[] = [];
/** Each union's place in the tree as its page shows it (parents before children, siblings in the tree's order), by name. */
let treeOrder: Map<string, number>;
/** Each union's depth in the tree (0 the root), by name. */
const treeDepth = new Map<string, number>();
/** The name of the tree's root, the union every statistics request asks for. */
let rootName: string;
/** The day the exports are as of. */
let today: string;
/** Why openpyxl cannot read here (a failure of every check, never a skip), or null. */
let missingReader: string | null = null;

/** A cell openpyxl read as a day or a moment, or as a time of day. */
const isDate = (c: ReadCell | null | undefined) => !!c && (c.t === 'd' || c.d);
/** A cell openpyxl read as a time of day alone (its format shows hours, no day). */
const isTime = (c: ReadCell | null | undefined) => isDate(c) && isTimeFormat((c as ReadCell).f);

/** The sheets the checks read; a machine without openpyxl fails them, naming the package. */
function sheets() {
  if (missingReader) expect.fail(missingReader);
  const all = figuresOf(answers);
  // the demo fills the exports: the checks below read sheets, not an empty list
  expect(all.length).toBeGreaterThan(40);
  return all;
}

/** Sibling order is the union tree's: open before closed, then by level and name (org.repository listChildrenOf). */
async function loadTreeOrder(): Promise<Map<string, number>> {
  const { rows } = await t.db.query<{ id: number; parent_id: number | null; name: string }>(
    'select id, parent_id, name from orgs order by status, level, name, id',
  );
  const children = new Map<number | null, typeof rows>();
  for (const r of rows) {
    const key = r.parent_id === null ? null : Number(r.parent_id);
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const order = new Map<string, number>();
  const named = new Map<string, number>();
  for (const r of rows) named.set(r.name, (named.get(r.name) ?? 0) + 1);
  const walk = (parent: number | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      // a name two unions share says nothing of the order
      if (named.get(r.name) === 1) {
        order.set(r.name, order.size);
        treeDepth.set(r.name, depth);
      }
      walk(Number(r.id), depth + 1);
    }
  };
  walk(null, 0);
  return order;
}

beforeAll(async () => {
  const db = await createDemoDb(200);
  today = demoDay(200);
  t = await createTestApp({ db, clock: clockOn(today) });
  wellnessThisYear =
    (
      await db.query('select 1 from wellness_batches where extract(year from starts_on) = $1 limit 1', [
        Number(today.slice(0, 4)),
      ])
    ).rows.length > 0;
  const cookie = await t.login('admin', DEMO_PASSWORD);
  // the audit log's export is the audit administrator's alone (三员分立)
  const auditor = await t.login('auditor', DEMO_PASSWORD);
  const permissionOf = new Map(t.app.declaredRoutes.map((r) => [`${r.method} ${r.url}`, r.permission]));
  const one = (text: string) => demoId(t.db, text);
  const job = await importWithAnError(cookie);
  const x: Ids = {
    today,
    root: await one('select id from orgs where parent_id is null order by id limit 1'),
    year: Number(today.slice(0, 4)),
    activity: await one(
      'select activity_id as id from activity_signups group by 1 order by count(*) desc, 1 limit 1',
    ),
    campaign: await one(
      'select campaign_id as id from care_visits where campaign_id is not null group by 1 order by count(*) desc, 1 limit 1',
    ),
    contest: await one(
      'select contest_id as id from contest_entries group by 1 order by count(*) desc, 1 limit 1',
    ),
    policy: await one(
      'select policy_id as id from insurance_insured group by 1 order by count(*) desc, 1 limit 1',
    ),
    job,
    // the largest batch whose people all have an account for its method (the others' sheet is refused, 409)
    batch: await one(
      `select i.batch_id as id from payment_items i join payment_batches b on b.id = i.batch_id
         left join persons p on p.id = i.person_id
        group by 1 having bool_and(p.id is null or case when b.method = 'bank' then p.bank_account_cipher is not null
                                                        else p.jingka_cipher is not null end)
        order by count(*) desc, 1 limit 1`,
    ),
    ret: await one(
      'select return_id as id from return_submissions group by 1 order by count(*) desc, 1 limit 1',
    ),
    retOrg: 0,
    wellnessBatch: await one('select id from wellness_batches order by id limit 1'),
  };
  x.retOrg = await one(
    `select org_id as id from return_submissions where return_id = ${x.ret} order by org_id limit 1`,
  );
  treeOrder = await loadTreeOrder();
  rootName =
    (await t.db.query<{ name: string }>(`select name from orgs where id = ${x.root}`)).rows[0]?.name ?? '';
  // the audit log's export last: it holds the rows every other export wrote, each said in words
  routeKeys = t.app.declaredRoutes
    .filter((r) => r.method === 'GET' && isExport(r.url))
    .sort((a, b) => Number(a.permission === 'audit.read') - Number(b.permission === 'audit.read'))
    .map((r) => `${r.method} ${r.url}`);
  dir = mkdtempSync(join(tmpdir(), 'gonghui-exports-'));
  const _paths: string[] = [];
  const _keys: string[] = [];
  for (const key of routeKeys) {
    const make = REQUESTS[key];
    if (!make) continue;
    for (const req of [make(x)].flat()) {
      const url = requestUrl(key.slice(4), req);
      const as = permissionOf.get(key) === 'audit.read' ? auditor : cookie;
      const before = await lastAuditId();
      const res = await t.call({ method: 'GET', url, cookie: as });
      const type = String(res.headers['content-type'] ?? '');
      const answer: Answer = {
        key,
        url,
        status: res.statusCode,
        type,
        body: type.includes('json') ? res.body.slice(0, 300) : '',
        fileName: fileNameOf(String(res.headers['content-disposition'] ?? '')),
        audited: (
          await t.db.query<{ action: string }>('select action from audit_log where id > $1 order by id', [
            before,
          ])
        ).rows.map((r) => r.action),
      };
      answers.push(answer);
      if (res.statusCode === 200 && type.startsWith(XLSX)) {
        writeFileSync(join(dir, `${answers.length}.xlsx`), res.rawPayload);
      }
    }
  }
  missingReader = readerMissing();
  if (!missingReader) {
    const read = answers.filter((a) => a.status === 200 && a.type.startsWith(XLSX));
    const books = readBooks(read.map((a) => join(dir, `${answers.indexOf(a) + 1}.xlsx`)));
    read.forEach((a, i) => {
      a.book = books[i];
    });
  }
});

afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The file name a Content-Disposition gives (its UTF-8 `filename*` where there is one). */
function fileNameOf(disposition: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) return decodeURIComponent(utf8[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? '';
}

async function lastAuditId(): Promise<number> {
  const { rows } = await t.db.query<{ id: string | null }>('select max(id)::text as id from audit_log');
  return Number(rows[0]?.id ?? 0);
}

async function importWithAnError(cookie: string): Promise<number> {
  const csv = '姓名,身份证号,手机号,所在工会,入会日期\n错号会员,110105194912310021,,,\n';
  const upload = multipartForm(
    { files: [{ name: 'members.csv', mime: 'text/csv', data: Buffer.from(csv) }] },
    '----gonghuiexports',
  );
  const { rows } = await t.db.query<{ id: number }>(`select id from orgs where name = '杨镇总工会'`);
  const res = await t.call({
    method: 'POST',
    url: `/api/imports/members?mode=valid_only&orgId=${rows[0].id}`,
    cookie,
    ...upload,
  });
  if (res.statusCode !== 200) throw new Error(`import → ${res.statusCode} ${res.body}`);
  const { jobId } = res.json() as { jobId: number };
  const read = async () => (await t.call({ method: 'GET', url: `/api/jobs/${jobId}`, cookie })).json();
  await jobFinished<{ status: string }>(read, `import job ${jobId}`);
  return jobId;
}

describe('every export route', () => {
  it("has a request in its module's exportRequests (<m>.scope-cases.ts)", () => {
    expect(
      routeKeys.filter((k) => !REQUESTS[k]),
      'export routes with no request: add one to exportRequests in packages/server/src/modules/<m>/<m>.scope-cases.ts (a kernel route: KERNEL_REQUESTS in test/export-requests.ts)',
    ).toEqual([]);
    expect(
      Object.keys(REQUESTS).filter((k) => !routeKeys.includes(k)),
      'requests in exportRequests naming no .xlsx route: remove them, or correct the route they name',
    ).toEqual([]);
  });

  it('answers an .xlsx that openpyxl opens', () => {
    if (missingReader) expect.fail(missingReader);
    const failures: string[] = [];
    for (const a of answers) {
      if (a.status !== 200 || !a.type.startsWith(XLSX))
        failures.push(`${a.url} → ${a.status} ${a.type} ${a.body}`);
      else if (!a.book?.ok)
        failures.push(`${a.url}: openpyxl cannot open it: ${a.book?.ok === false ? a.book.error : '?'}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('every export naming people', () => {
  it("is in the audit log: a sheet holding a member's name or phone number writes an audit row (a read of personal data)", async () => {
    if (missingReader) expect.fail(missingReader);
    const { rows } = await t.db.query<{ name: string; phone: string | null }>(
      'select name, phone from persons',
    );
    const personal = new Set(rows.flatMap((r) => [r.name, r.phone ?? '']).filter((v) => v.length >= 2));
    const named = answers.flatMap((a) => {
      const cells = a.book?.ok ? a.book.sheets.flatMap((s) => s.rows.flat().map(textOf)) : [];
      const hits = new Set(cells.filter((v) => personal.has(v)));
      // a template's example row is an invented person (李明, 13800138000), whom a demo member may share a name
      // with; a template filled with people names more than that
      const people = /\/template(\.xlsx)?$/.test(a.url) ? hits.size > 2 : hits.size > 0;
      return people ? [{ ...a, hit: [...hits][0] }] : [];
    });
    // the demo's rosters, registers and member lists name people: the check reads sheets, not none
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((a) => !a.audited.length).map((a) => `${a.url} (${a.hit})`)).toEqual([]);
  });
});

describe('every statistics workbook', () => {
  it('names, in its cells, the union it counts and its period: a sheet mailed on says whose figures they are', () => {
    if (missingReader) expect.fail(missingReader);
    const failures: string[] = [];
    const stats = answers.filter((a) => /\/stats[./]|\/reports\//.test(a.key) && a.book?.ok);
    expect(stats.length).toBeGreaterThan(15);
    for (const a of stats) {
      const cells = a.book?.ok ? a.book.sheets.flatMap((s) => s.rows.flat().map(textOf)) : [];
      // the union asked for by name, not only its own row among the unions below (北京市总工会（本级）)
      const named = cells.some((c) => c.includes(rootName) && !c.includes(`${rootName}（本级）`));
      if (/[?&]orgId=/.test(a.url) && !named) failures.push(`${a.url}: no cell names ${rootName}`);
      if (!cells.some((c) => /\d{4}-\d{2}-\d{2}|\d{4}年/.test(c)))
        failures.push(`${a.url}: no cell names its period`);
    }
    expect(failures).toEqual([]);
  });
});

describe('every list export', () => {
  /**
   * The one rule of list files' names (shared/export-list.ts): a register's list says its union and day —
   * `<union><what>（截至<day>[，脱敏]）` — the union asked (orgId), else the caller's own, for the administrator's whole
   * tree its one root (the platform's log, which holds rows of no union, 全部工会); a record's sheet (a route under `/:id/`) says the record's name as its page shows it and the day
   * (or the month or period it covers) — `<record>-<what>（截至<day>…）`, never its id. A new export fails until it does.
   */
  it('names, in its file name, whose list it is (its union or its record) and the day it is as of', async () => {
    if (missingReader) expect.fail(missingReader);
    const lists = answers.filter(
      (a) => a.book?.ok && !/\/stats[./]|\/reports\/|template|\/errors|\/tables|\/sheets/.test(a.key),
    );
    expect(lists.length).toBeGreaterThan(15);
    const cookie = await t.login('admin', DEMO_PASSWORD);
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const when = `（(截至${today}|${today.slice(0, 7)}|\\d{4}-\\d{2}-\\d{2}至\\d{4}-\\d{2}-\\d{2})(，[^）]+)*）\\.xlsx$`;
    const failures: string[] = [];
    const { rows: roots } = await t.db.query<{ name: string }>(
      'select name from orgs where parent_id is null',
    );
    for (const a of lists) {
      const record = /^GET (\/api\/.*?\/:id)\//.exec(a.key);
      let whose: string;
      if (record) {
        // the record as its page reads it: its title or name (a payment batch: its program and union)
        const url = a.url.split('/').slice(0, record[1].split('/').length).join('/');
        const read = (await t.call({ method: 'GET', url, cookie })).json() as Record<string, unknown>;
        // a detail holding its record under a key of its own (a campaign's, beside its steps and goods)
        const j = (read.campaign ?? read) as Record<string, string | undefined>;
        whose = `${literal(j.title ?? j.name ?? `${j.programName}-${j.orgName}`)}-`;
      } else {
        const orgId = /[?&]orgId=(\d+)/.exec(a.url)?.[1];
        const { rows } = await t.db.query<{ name: string }>('select name from orgs where id = $1', [
          orgId ?? 0,
        ]);
        // the administrator and the auditor have no union: asking none, the list is every union's, named by the root
        const every = a.key.startsWith('GET /api/audit') ? '全部工会' : roots[0].name;
        whose = literal(rows[0]?.name ?? every);
      }
      if (!new RegExp(`^${whose}[^（]+${when}`).test(a.fileName)) failures.push(`${a.url}: ${a.fileName}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('every register list export', () => {
  /**
   * What the file name says (above), said inside the workbook too — a sheet copied out or a file renamed still says
   * it: a cell names the union whose list it is (the union asked, else the root; the log 全部工会) and one holds the
   * day it is as of (shared/export-list.ts, listScopeSheet). A record's sheet (a route under `/:id/`) names its record.
   */
  it('names, in its cells, whose list it is and the day it is as of', async () => {
    if (missingReader) expect.fail(missingReader);
    const lists = answers.filter(
      (a) => a.book?.ok && !/\/stats[./]|\/reports\/|template|\/errors|\/tables|\/sheets|\/:id\//.test(a.key),
    );
    expect(lists.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const a of lists) {
      const orgId = /[?&]orgId=(\d+)/.exec(a.url)?.[1];
      const asked = await t.db.query<{ name: string }>('select name from orgs where id = $1', [orgId ?? 0]);
      const whose = asked.rows[0]?.name ?? (a.key.startsWith('GET /api/audit') ? '全部工会' : rootName);
      const rows = a.book?.ok ? a.book.sheets.flatMap((s) => s.rows) : [];
      const cells = rows.flat();
      // a line saying whose list it is (统计单位 | 顺义区总工会, 范围 | 顺义区总工会及所属工会的…), not a row's union
      const says = (r: (ReadCell | null)[]) =>
        /^(统计单位|范围)$/.test(textOf(r[0])) && textOf(r[1]).startsWith(whose);
      if (!rows.some(says)) failures.push(`${a.url}: no line 统计单位 names ${whose}`);
      const asOf = (c: ReadCell | null) =>
        !!c &&
        ((isDate(c) && String(c.v).startsWith(today)) || (c.t === 's' && textOf(c).includes(`截至${today}`)));
      if (!cells.some(asOf)) failures.push(`${a.url}: no cell says it is as of ${today}`);
    }
    expect(failures).toEqual([]);
  });
});

/**
 * A record's sheets that say no day they are as of, each with why: a form or a report of a period, not a list taken
 * on a day.
 */
const RECORD_SHEETS_OF_A_PERIOD = new Map([
  [
    'GET /api/returns/:id/table.xlsx',
    'a return’s 汇总表 of its 统计期间, the figures as the unions filled them in',
  ],
  ['GET /api/returns/:id/unions/:orgId/sheet.xlsx', 'a return’s form, filled in and sent back'],
  [
    'GET /api/care/campaigns/:id/report.xlsx',
    'a campaign’s report of its 活动期间, its 说明 dating each figure',
  ],
]);

describe('every record’s list export', () => {
  /**
   * A record's list (a route under `/:id/`: an activity's roster, a policy's insured and changes, a contest's
   * entries, a payment batch) says inside the workbook what its file name says, as a register's list does: the
   * record's union on a line 统计单位 (a batch's 工会), and the day it is as of on a line 截至 holding a date cell
   * (shared/export-list.ts, listScopeSheet). A new record's export fails until it does, or is declared above.
   */
  it('names, in its cells, the record’s union and, on a line 截至, the day it is as of as a date', async () => {
    if (missingReader) expect.fail(missingReader);
    const records = answers.filter(
      (a) => a.book?.ok && /\/:id\//.test(a.key) && !/template|\/errors/.test(a.key),
    );
    expect(records.length).toBeGreaterThan(5);
    const cookie = await t.login('admin', DEMO_PASSWORD);
    const failures: string[] = [];
    for (const a of records.filter((r) => !RECORD_SHEETS_OF_A_PERIOD.has(r.key))) {
      // the record as its page reads it, by the route up to its id
      const path = /^GET (\/api\/.*?\/:id)\//.exec(a.key)?.[1] ?? '';
      const url = a.url.split('/').slice(0, path.split('/').length).join('/');
      const j = (await t.call({ method: 'GET', url, cookie })).json() as { orgName?: string };
      const rows = a.book?.ok ? a.book.sheets.flatMap((s) => s.rows) : [];
      if (!rows.some((r) => /^(统计单位|工会)$/.test(textOf(r[0])) && textOf(r[1]) === j.orgName))
        failures.push(`${a.url}: no line 统计单位 names ${j.orgName}`);
      const asOf = (r: (ReadCell | null)[]) =>
        textOf(r[0]) === '截至' && isDate(r[1]) && String(r[1]?.v).startsWith(today);
      if (!rows.some(asOf)) failures.push(`${a.url}: no line 截至 holds ${today} as a date cell`);
    }
    expect(failures).toEqual([]);
    const declared = [...RECORD_SHEETS_OF_A_PERIOD.keys()];
    expect(declared.filter((k) => !records.some((a) => a.key === k))).toEqual([]);
  });
});

describe('the name of every statistics export', () => {
  it('is one pattern: the union, what it counts, its period in brackets (顺义区总工会捐赠统计（2025年）.xlsx)', async () => {
    const stats = answers.filter(
      (a) => a.status === 200 && a.type.startsWith(XLSX) && /\/stats[./]|\/reports\//.test(a.key),
    );
    expect(stats.length).toBeGreaterThan(15);
    const { rows } = await t.db.query<{ name: string }>('select distinct name from orgs');
    const unions = [...rows.map((r) => r.name), '全部工会'];
    const failures = stats
      .filter(
        (a) =>
          !unions.some(
            (u) =>
              a.fileName.startsWith(u) && /^[^（）]+统计（[^（）]+）\.xlsx$/.test(a.fileName.slice(u.length)),
          ),
      )
      .map((a) => `${a.url}: ${a.fileName}`);
    expect(failures).toEqual([]);
  });
});

describe('the cells of every export', () => {
  it('counts and amounts are number cells, never numbers written as text', () => {
    const failures = new Failures();
    for (const f of sheets()) {
      const numericColumn = (col: number) => !f.keyValue && f.body.some((r) => isNumber(r.cells[col]));
      for (const { at, cells } of f.body) {
        cells.forEach((c, col) => {
          if (c?.t !== 's' || !looksNumeric(textOf(c))) return;
          const name = nameOf(f, cells, col);
          if (isCountHeader(name) || isMoneyHeader(name) || numericColumn(col))
            failures.add(f, at, col, name, 'holds numbers as text', `"${c.v}"`);
        });
      }
    }
    expect(failures.list()).toEqual([]);
  });

  it('amounts are yuan shown with two decimals (0.00), never fen', () => {
    const failures = new Failures();
    for (const f of sheets()) {
      for (const { at, cells } of f.body) {
        cells.forEach((c, col) => {
          const name = nameOf(f, cells, col);
          if (!isNumber(c) || !isMoneyHeader(name)) return;
          const { v, f: format } = c as ReadCell & { v: number };
          if (/[（(]分[）)，,]/.test(name)) failures.add(f, at, col, name, 'is in fen', String(v));
          if (!YUAN_FORMATS.has(format))
            failures.add(f, at, col, name, `has the format ${format}`, String(v));
          if (Math.abs(Math.round(v * 100) - v * 100) > 1e-6)
            failures.add(f, at, col, name, 'has more than two decimals', String(v));
        });
      }
    }
    expect(failures.list()).toEqual([]);
  });

  it('dates are date cells shown as days, never text, and a column of days holds only days', () => {
    const failures = new Failures();
    for (const f of sheets()) {
      f.sheet.rows.forEach((cells, at) => {
        if (at === 0) return;
        cells.forEach((c, col) => {
          if (!c) return;
          const name = nameOf(f, cells, col);
          if (c.t === 's' && looksLikeDate(textOf(c)))
            failures.add(f, at, col, name, 'holds days as text', `"${c.v}"`);
          else if (c.t === 'n' && !c.d && isDateHeader(name))
            failures.add(f, at, col, name, 'holds days as plain numbers', String(c.v));
          else if (isDate(c) && !isTime(c) && !/y+\W*m+\W*d+/i.test(c.f))
            failures.add(f, at, col, name, `shows a day in the format ${c.f}`, String(c.v));
        });
      });
      // a column of days (its header names one, or it holds one) holds nothing else: 2025年3月5日, 2025/3/5 or a
      // serial number would not sort or filter with the rest
      if (f.keyValue) continue;
      f.headers.forEach((h, col) => {
        if (!isDateHeader(h) && !f.body.some((r) => isDate(r.cells[col]))) return;
        for (const { at, cells } of f.body)
          if (textOf(cells[col]) !== '' && !isDate(cells[col]))
            failures.add(
              f,
              at,
              col,
              h,
              'holds a value that is no date cell in a column of days',
              `"${cells[col]?.v}"`,
            );
      });
    }
    expect(failures.list()).toEqual([]);
  });

  it('times of day are time cells, never text, and a column of times shows them in one form', () => {
    const failures = new Failures();
    for (const f of sheets()) {
      const formats = new Map<number, string>();
      f.sheet.rows.forEach((cells, at) => {
        if (at === 0) return;
        cells.forEach((c, col) => {
          if (!c) return;
          const name = nameOf(f, cells, col);
          if (c.t === 's' && looksLikeTime(textOf(c)))
            failures.add(f, at, col, name, 'holds a time of day as text', `"${c.v}"`);
          if (!isTime(c)) return;
          const first = formats.get(col) ?? c.f;
          formats.set(col, first);
          if (c.f !== first)
            failures.add(f, at, col, name, `shows times in two formats, ${first} and ${c.f}`, String(c.v));
        });
      });
    }
    expect(failures.list()).toEqual([]);
  });

  it('says everything in words: no code, field key, raw JSON, boolean or value left unset (undefined, null, NaN)', () => {
    expect(wordFailures(sheets())).toEqual([]);
  });

  it('a 合计 row is the sum of its rows, save the columns declared with their kind and noted; a 合计 column the sum of its row', () => {
    expect(totalFailures(sheets())).toEqual([]);
  });

  it('a statistics sheet listing unions or periods has a 合计 row', () => {
    expect(missingTotals(sheets())).toEqual([]);
  });

  it('a list with a column of yuan has a 合计 row', () => {
    expect(missingMoneyTotals(sheets())).toEqual([]);
  });

  it('a statistics sheet listing unions indents each union by its depth below the topmost it lists', () => {
    // a name with 本级 is the union's own row; 本级 alone the asked union's, the root's
    const depthOf = (name: string) =>
      name === '本级' ? treeDepth.get(rootName) : treeDepth.get(name.replace(/[（(]本级[）)]$/, ''));
    const { failures, several } = indentFailures(sheets(), depthOf);
    const wellness = wellnessThisYear ? [WELLNESS_SEVERAL] : [];
    expect(several).toEqual(expect.arrayContaining([...SEVERAL_DEPTHS, ...wellness]));
    expect(failures).toEqual([]);
  });

  it('unions come in tree order wherever a sheet lists them (in rows or in columns)', () => {
    const failures: string[] = [];
    const placeOf = (name: string) => treeOrder.get(name.replace(/[（(]本级[）)]$/, ''));
    const inOrder = (names: string[]) => {
      const places = names.map(placeOf);
      return places.every((p, i) => i === 0 || (p as number) >= (places[i - 1] as number));
    };
    for (const f of sheets()) {
      // unions as columns: two or more headers naming unions
      const heads = f.headers.filter((h) => placeOf(h) !== undefined);
      if (heads.length > 1 && !inOrder(heads)) failures.push(`${f.where} columns: ${heads.join('、')}`);
      // unions as rows: the first column names unions and no row carries a day (rows of records with a day,
      // such as terms falling due, are ordered by their day)
      if (f.keyValue || !/工会|单位/.test(f.headers[0] ?? '') || f.headers[0] === '工作单位') continue;
      const rows = f.body.filter((r) => !textOf(r.cells[0]).startsWith('合计'));
      const names = rows.map((r) => textOf(r.cells[0]));
      const dated = rows.some((r) => r.cells.some((c) => c?.d || c?.t === 'd'));
      if (!names.length || dated || names.some((n) => placeOf(n) === undefined)) continue;
      if (!inOrder(names)) failures.push(`${f.where} rows: ${names.join('、')}`);
    }
    expect(failures).toEqual([]);
  });
});
