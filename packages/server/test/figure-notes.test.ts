import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/auth/index.ts';
import { createTestApp } from './api.ts';
import { clockOn } from './clock.ts';
import { createDemoDb, demoDay } from './demo-db.ts';
import { demoId, type Ids, REQUESTS, requestUrl, statisticsIds } from './export-requests.ts';
import { type ReadBook, readBooksInto, textOf, workbookFolder } from './export-sheets.ts';
import {
  figureKeysOf,
  isStatistics,
  type JsonSchema,
  type Note,
  noteFailures,
  unionListsWithoutDepth,
} from './figure-notes.ts';
import type { Req } from './scope-cases/types.ts';

/**
 * "Every figure names its rule" (issue 41), over the route table: every statistics route (its URL ends in /stats
 * or /report, or it is a report under /api/reports/) is asked on the demo as the administrator, and its answer
 * must carry `notes` — one per figure its OpenAPI answer declares, each saying in Chinese and English what it counts
 * and as of which day (the period's days, or 截至<day>). Its export (the same URL with .xlsx or /export.xlsx) must
 * write the same Chinese notes in the workbook (a 说明 sheet). A new statistics route fails here until it has a
 * request and its notes.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Routes that look like statistics but are not, each with its reason. */
const NOT_STATISTICS: Record<string, string> = {
  'GET /api/reports/years':
    'lists the years an area has figures in, for a statistics page to open on; no figure',
};

/** Requests of statistics routes that have no export (an export's route asks as its export does). */
const OWN_REQUESTS: Record<string, (x: Ids & { claimProgram: number }) => Req> = {
  'GET /api/claims/:programId/stats': (x) => ({ params: { programId: x.claimProgram } }),
};

interface Answer {
  key: string;
  url: string;
  status: number;
  body: string;
  json?: { from?: string | null; asOf?: string; notes?: Note[] };
  /** The export's route and what openpyxl read of it, when the route has one. */
  exportKey?: string;
  exportStatus?: number;
  book?: ReadBook;
}

let t: Awaited<ReturnType<typeof createTestApp>>;
let books: ReturnType<typeof workbookFolder> | undefined;
let today: string;
let routes: string[] = [];
let declared: Set<string>;
let exportsOf: Map<string, string>;
let schemas: Map<string, JsonSchema>;
const answers: Answer[] = [];
let missingReader: string | null = null;

/** A statistics route's export: the same URL ending in .xlsx, or with /export.xlsx after it. */
const exportRoutesOf = (key: string) => [`${key}.xlsx`, `${key}/export.xlsx`];

beforeAll(async () => {
  const db = await createDemoDb(200);
  today = demoDay(200);
  t = await createTestApp({ db, clock: clockOn(today) });
  const cookie = await t.login('admin', DEMO_PASSWORD);
  const x: Ids & { claimProgram: number } = {
    ...(await statisticsIds(t.db, today)),
    claimProgram: await demoId(
      t.db,
      `select id from programs where category = 'flash_claim' order by quota desc nulls last, id limit 1`,
    ),
  };
  declared = new Set(t.app.declaredRoutes.map((r) => `${r.method} ${r.url}`));
  routes = [...declared].filter(
    (k) => k.startsWith('GET ') && isStatistics(k.slice(4)) && !NOT_STATISTICS[k],
  );
  exportsOf = new Map();
  for (const key of routes) {
    const exp = exportRoutesOf(key).find((e) => declared.has(e));
    if (exp) exportsOf.set(key, exp);
  }
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>>; components?: unknown };
  schemas = new Map();
  for (const key of routes) {
    const path = key.slice(4).replace(/:(\w+)/g, '{$1}');
    const op = doc.paths[path]?.get as
      | { responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }> }
      | undefined;
    const schema = op?.responses?.['200']?.content?.['application/json']?.schema;
    if (schema) schemas.set(key, schema);
  }
  books = workbookFolder('gonghui-notes-');
  for (const key of routes) {
    const exportKey = exportsOf.get(key);
    const make = OWN_REQUESTS[key] ?? (exportKey ? REQUESTS[exportKey] : undefined);
    if (!make) continue;
    for (const req of [make(x)].flat()) {
      const url = requestUrl(key.slice(4), req);
      const res = await t.call({ method: 'GET', url, cookie });
      const a: Answer = { key, url, status: res.statusCode, body: res.body.slice(0, 300) };
      if (res.statusCode === 200) a.json = res.json();
      if (exportKey) {
        a.exportKey = exportKey;
        const ex = await t.call({ method: 'GET', url: requestUrl(exportKey.slice(4), req), cookie });
        a.exportStatus = ex.statusCode;
        if (ex.statusCode === 200 && String(ex.headers['content-type']).startsWith(XLSX))
          books.save(ex.rawPayload);
      }
      answers.push(a);
    }
  }
  missingReader = readBooksInto(answers, books.files, (a) => a.exportStatus === 200);
});

afterAll(async () => {
  await t?.close();
  books?.remove();
});

describe('every statistics route', () => {
  it('has a request here and answers', () => {
    expect(routes.length).toBeGreaterThan(15);
    const asked = new Set(answers.map((a) => a.key));
    expect(routes.filter((k) => !asked.has(k))).toEqual([]);
    // the lists above name routes that are there
    expect(Object.keys(NOT_STATISTICS).filter((k) => !declared.has(k))).toEqual([]);
    expect(Object.keys(OWN_REQUESTS).filter((k) => !routes.includes(k))).toEqual([]);
    expect(answers.filter((a) => a.status !== 200).map((a) => `${a.url} → ${a.status} ${a.body}`)).toEqual(
      [],
    );
  });

  it('declares its answer in OpenAPI, so its figures can be read off it', () => {
    expect(routes.filter((k) => !schemas.has(k))).toEqual([]);
  });

  it('gives each union it lists its depth, by which the page indents it as the .xlsx does', () => {
    const lists = [...schemas].flatMap(([key, schema]) =>
      unionListsWithoutDepth(schema).map((l) => `${key} ${l}`),
    );
    expect(lists).toEqual([]);
  });

  it('says what each figure counts and as of which day, in Chinese and English', () => {
    const failures: string[] = [];
    for (const a of answers) {
      if (!a.json) continue;
      const schema = schemas.get(a.key);
      const figures = schema ? figureKeysOf(schema) : [];
      failures.push(...noteFailures(a.url, a.json, figures, today));
    }
    expect(failures).toEqual([]);
  });
});

describe('the export of every statistics route', () => {
  it('writes the same Chinese notes in its workbook', () => {
    if (missingReader) expect.fail(missingReader);
    const failures: string[] = [];
    for (const a of answers) {
      if (!a.exportKey || !a.json) continue;
      if (a.exportStatus !== 200 || !a.book?.ok) {
        failures.push(`${a.exportKey} (${a.url}) → ${a.exportStatus}, not a workbook openpyxl opens`);
        continue;
      }
      const cells = new Set(a.book.sheets.flatMap((s) => s.rows.flat().map((c) => textOf(c))));
      for (const n of a.json.notes ?? [])
        if (!cells.has(n.note.zh.trim()))
          failures.push(`${a.exportKey} (${a.url}) lacks the note of ${n.key}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('the rule itself', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      from: { type: 'string' },
      asOf: { type: 'string' },
      total: { type: 'object', properties: { signed: { type: 'integer' }, orgId: { type: 'integer' } } },
      byResult: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            result: { anyOf: [{ const: 'first' }, { const: 'second' }] },
            n: { type: 'integer' },
          },
        },
      },
      byUnion: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            orgId: { type: 'integer' },
            hidden: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
            byMonth: { type: 'array', items: { type: 'integer' } },
          },
        },
      },
    },
  };
  const note = (key: string, zh: string, en: string): Note => ({
    key,
    label: { zh: key, en: key },
    note: { zh, en },
  });
  const answer = { from: '2026-01-01', asOf: '2026-06-15' };
  const good = [
    note('signed', '签订日在期间内的合同，2026-01-01至2026-06-15', 'Signed, 2026-01-01 to 2026-06-15'),
    note('first', '一等奖，截至2026-06-15', 'First prizes, as of 2026-06-15'),
    note('second', '二等奖，截至2026-06-15', 'Second prizes, as of 2026-06-15'),
    note('hidden', '不足5人的显示为<5，截至2026-06-15', 'Fewer than 5 shown as <5, as of 2026-06-15'),
    note('byUnion.byMonth', '按月，2026-01-01至2026-06-15', 'By month, 2026-01-01 to 2026-06-15'),
  ];

  it('reads the figures off the schema: numbers and lists of numbers, not ids', () => {
    expect(figureKeysOf(schema).map((f) => `${f.parent}.${f.key}`)).toEqual([
      'total.signed',
      'byResult.n',
      'byUnion.hidden',
      'byUnion.byMonth',
    ]);
  });

  it('finds a list of unions whose rows declare no depth, not a list of stations or of months', () => {
    const row = (properties: Record<string, JsonSchema>): JsonSchema => ({
      type: 'array',
      items: { type: 'object', properties },
    });
    const answer = (byUnion: JsonSchema): JsonSchema => ({
      type: 'object',
      properties: {
        byUnion,
        stations: row({ name: { type: 'string' }, orgName: { type: 'string' } }),
        byMonth: row({ month: { type: 'string' } }),
      },
    });
    const named = { orgName: { type: 'string' } };
    expect(unionListsWithoutDepth(answer(row({ ...named, depth: { type: ['integer', 'null'] } })))).toEqual(
      [],
    );
    expect(unionListsWithoutDepth(answer(row(named)))).toEqual(['byUnion']);
  });

  it('passes notes that name every figure and their days', () => {
    expect(noteFailures('/s', { ...answer, notes: good }, figureKeysOf(schema), '2026-06-15')).toEqual([]);
  });

  it('fails an answer without notes, a figure without a note, a note without its days or English', () => {
    const figures = figureKeysOf(schema);
    expect(noteFailures('/s', answer, figures, '2026-06-15')).toContain('/s has no notes');
    expect(noteFailures('/s', { ...answer, notes: good.slice(1) }, figures, '2026-06-15')).toEqual([
      '/s: the figure total.signed has no note',
    ]);
    const bad = [note('signed', '签订的合同', 'Signed'), ...good.slice(1)];
    expect(noteFailures('/s', { ...answer, notes: bad }, figures, '2026-06-15')).toEqual([
      '/s: the note of signed names no day (2026-06-15, or 截至<day>): 签订的合同',
    ]);
    const noEnglish = [note('signed', '签订，2026-01-01至2026-06-15', ''), ...good.slice(1)];
    expect(noteFailures('/s', { ...answer, notes: noEnglish }, figures, '2026-06-15')).toEqual([
      '/s: the note of signed has no English note',
      '/s: the note of signed in English lacks 2026-01-01, 2026-06-15: ',
    ]);
  });
});
