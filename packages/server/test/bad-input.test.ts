import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_PATTERN } from '../src/http/schema.ts';
import { errorShapeProblem, fillParams, paramsOf, undeclaredAnswers } from './api.ts';
import { isDocs, type Operation, openRouteWalk, type RouteWalk, type Schema, WRITE } from './route-walk.ts';

/**
 * Property-based: every write route, and every GET route with a query or path parameter, answers bad
 * input with a 4xx and the bilingual error body — never a 5xx, never a success. Inputs come from the
 * route's own schema (read from the OpenAPI document), so new routes are covered without editing this file.
 */

const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 40);

const BAD_IDS = [
  '0',
  '-1',
  'abc',
  '9223372036854775808',
  '1.5',
  '1e3',
  '%20',
  '0x10',
  '99999999999999999999',
  '-0',
];
const MALFORMED_JSON = [
  '{',
  '{"a":',
  '{"name": "x",}',
  "{'name': 'x'}",
  '[1, 2',
  'nul',
  '\u0000',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"a": 1} trailing',
  '\ufeff{"a":1}x',
];

let w: RouteWalk;
let t: RouteWalk['t'];
let admin: string;

beforeAll(async () => {
  // Thousands of requests as one administrator, none of which may succeed: the app keeps the session's lookup 5 s
  // as production does (auth's own tests prove the lookup), instead of reading it again for every request.
  w = await openRouteWalk({ sessionCacheSeconds: 5 });
  t = w.t;
  admin = await w.t.signInAs('admin', null);
});

afterAll(async () => {
  await t?.close();
});

function bodySchemaOf(op: Operation | undefined): Schema | undefined {
  return op?.requestBody?.content['application/json']?.schema;
}

function typesOf(s: Schema): Set<string> {
  const out = new Set<string>();
  if (s.anyOf) for (const a of s.anyOf) for (const x of typesOf(a)) out.add(x);
  if (Array.isArray(s.type)) for (const x of s.type) out.add(x);
  else if (s.type) out.add(s.type);
  if (s.const !== undefined) out.add(typeof s.const);
  // OpenAPI 3.0 writes a nullable type as { type, nullable: true }
  if (s.nullable) out.add('null');
  if (s.enum) for (const e of s.enum) out.add(e === null ? 'null' : typeof e);
  if (out.has('integer')) out.add('number');
  return out;
}

/** Values a property schema must refuse. */
function wrongValues(s: Schema): fc.Arbitrary<unknown> {
  const types = typesOf(s);
  const options: fc.Arbitrary<unknown>[] = [];
  if (!types.has('object'))
    options.push(fc.constant({}), fc.dictionary(fc.string(), fc.string(), { minKeys: 1 }));
  if (!types.has('array')) options.push(fc.constant([]), fc.constant([{}]));
  if (!types.has('string')) options.push(fc.constantFrom('abc', '', '1'));
  if (!types.has('number')) options.push(fc.constantFrom(0, 1.5, -1, 2 ** 63));
  if (!types.has('boolean')) options.push(fc.boolean());
  if (!types.has('null') && types.size) options.push(fc.constant(null));
  if (types.has('number')) {
    options.push(fc.constantFrom(1.5, Number.MAX_VALUE));
    if (types.has('integer') || s.anyOf?.some((a) => a.type === 'integer'))
      options.push(fc.constant(2 ** 63));
    const min = s.minimum ?? s.anyOf?.find((a) => a.minimum !== undefined)?.minimum;
    if (min !== undefined) options.push(fc.constant(min - 1));
  }
  if (types.has('string')) {
    const str = s.type === 'string' ? s : (s.anyOf?.find((a) => a.type === 'string') ?? s);
    if (str.maxLength !== undefined) options.push(fc.constant('长'.repeat(str.maxLength + 1)));
    if (str.minLength) options.push(fc.constant(''));
    if (str.enum || s.enum) options.push(fc.constant('not-one-of-them'));
    const misfits = str.pattern ? patternMisfits(str.pattern) : [];
    if (misfits.length) options.push(fc.constantFrom(...misfits));
  }
  return fc.oneof(...options);
}

/** Strings that do not match `pattern` (a date pattern refuses '不是日期'; a name pattern refuses blanks). */
function patternMisfits(pattern: string): string[] {
  const re = new RegExp(pattern, 'u');
  return ['不是日期', '2024-1-1x', '99999-01-01', '   ', '\u200b\u200b'].filter((v) => !re.test(v));
}

/** Query-string values a parameter schema must refuse (everything arrives as text there). */
function wrongQueryValues(s: Schema): fc.Arbitrary<string> {
  const types = typesOf(s);
  const options: string[] = [];
  if (types.has('number')) {
    options.push('abc', '1.5', '9223372036854775808', '1e400', '');
    const min = s.minimum ?? 0;
    options.push(String(min - 1));
    if (s.maximum !== undefined) options.push(String(s.maximum + 1));
  }
  if (types.has('boolean')) options.push('maybe', '2', 'yes');
  if (types.has('string')) {
    if (s.maxLength !== undefined) options.push('长'.repeat(s.maxLength + 1));
    if (s.minLength) options.push('');
    if (s.enum) options.push('not-one-of-them');
    if (s.pattern) options.push(...patternMisfits(s.pattern));
  }
  if (!options.length) options.push('长'.repeat(10_000));
  return fc.constantFrom(...options);
}

/** A JSON value nested `depth` levels deep. */
const deep = (depth: number, kind: 'array' | 'object') =>
  kind === 'array'
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The large payloads, made once for every route. */
const MEGABYTE = 'x'.repeat(1024 * 1024);
const HUGE_BODY = JSON.stringify({ x: '工'.repeat(1024 * 1024) });

/** One bad request body for an object schema, as the raw payload to send. */
function badBodies(schema: Schema): fc.Arbitrary<{ what: string; payload: string }> {
  const props = Object.keys(schema.properties ?? {});
  const json = (what: string, arb: fc.Arbitrary<unknown>) =>
    arb.map((v) => ({ what, payload: JSON.stringify(v) ?? 'null' }));
  const arbs: fc.Arbitrary<{ what: string; payload: string }>[] = [
    json(
      'not an object',
      fc.oneof(fc.array(fc.anything()), fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    ),
    json(
      'unknown field',
      fc
        .tuple(
          fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !props.includes(k) && k !== '__proto__'),
          fc.jsonValue(),
        )
        .map(([k, v]) => ({ [k]: v })),
    ),
    fc.constantFrom(...MALFORMED_JSON).map((payload) => ({ what: 'malformed JSON', payload })),
    fc
      .tuple(fc.integer({ min: 1000, max: 20000 }), fc.constantFrom('array' as const, 'object' as const))
      .map(([depth, kind]) => ({
        what: `nested ${depth} deep`,
        payload: `{"${props[0] ?? 'x'}": ${deep(depth, kind)}}`,
      })),
    fc.constant({
      what: 'huge string (1 MB)',
      payload: `{${JSON.stringify(props[0] ?? 'x')}:"${MEGABYTE}"}`,
    }),
    fc.constant({ what: 'huge body (2 MB)', payload: HUGE_BODY }),
  ];
  if (props.length) {
    arbs.push(
      fc.constantFrom(...props).chain((p) =>
        wrongValues(schema.properties![p]).map((v) => ({
          what: `wrong ${p}`,
          payload: JSON.stringify({ [p]: v }),
        })),
      ),
    );
  }
  return fc.oneof(...arbs);
}

function checkAnswer(res: LightMyRequestResponse, label: string) {
  const problem = errorShapeProblem(res);
  if (res.statusCode < 400 || res.statusCode >= 500 || problem) {
    throw new Error(`${label} → ${res.statusCode} ${problem ?? ''} ${res.body.slice(0, 300)}`);
  }
}

const writeRoutes = () => t.app.declaredRoutes.filter((r) => WRITE.includes(r.method) && !isDocs(r.url));

/** `payload` sent as it is by the administrator to a write route's `url`, as `contentType`. */
const sendRaw = (
  r: ReturnType<typeof writeRoutes>[number],
  url: string,
  payload: string,
  contentType = 'application/json',
) => t.call({ method: r.method, url, cookie: admin, payload, headers: { 'content-type': contentType } });

describe('bad input to write routes (as an administrator)', () => {
  it('covers the write routes of the table', () => {
    expect(writeRoutes().length).toBeGreaterThanOrEqual(10);
  });

  it('bad bodies get a bilingual 4xx, never a 5xx or a success', async () => {
    let tried = 0;
    for (const r of writeRoutes()) {
      const schema = bodySchemaOf(w.operationOf(r.method, r.url));
      if (!schema) continue;
      const url = w.realUrl(r.url);
      await fc.assert(
        fc.asyncProperty(badBodies(schema), async ({ what, payload }) => {
          tried++;
          const res = await sendRaw(r, url, payload);
          checkAnswer(res, `${r.method} ${url} (${what}: ${payload.slice(0, 120)})`);
        }),
        { numRuns: RUNS },
      );
    }
    expect(tried).toBeGreaterThan(0);
  }, 600_000);

  it('malformed JSON gets a bilingual 400 on every write route, body schema or not', async () => {
    for (const r of writeRoutes()) {
      const url = w.realUrl(r.url);
      for (const payload of MALFORMED_JSON.slice(0, 6)) {
        const res = await sendRaw(r, url, payload);
        checkAnswer(res, `${r.method} ${url} (${JSON.stringify(payload)})`);
      }
    }
  });

  it('a wrong content type on a JSON route is a bilingual 4xx', async () => {
    for (const r of writeRoutes()) {
      if (!bodySchemaOf(w.operationOf(r.method, r.url))) continue;
      const url = w.realUrl(r.url);
      for (const ct of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
        const res = await sendRaw(r, url, 'name=x', ct);
        checkAnswer(res, `${r.method} ${url} (${ct})`);
      }
      const empty = await sendRaw(r, url, '');
      checkAnswer(empty, `${r.method} ${url} (empty body)`);
    }
  });
});

describe('dates that are not days of the calendar', () => {
  it('are refused naming the field, in bodies and query strings', async () => {
    const isDate = (x: Schema | undefined): boolean =>
      !!x && (x.pattern === DATE_PATTERN || !!x.anyOf?.some((a) => a.pattern === DATE_PATTERN));
    let tried = 0;
    for (const r of writeRoutes()) {
      const schema = bodySchemaOf(w.operationOf(r.method, r.url));
      for (const [prop, ps] of Object.entries(schema?.properties ?? {})) {
        if (!isDate(ps)) continue;
        for (const day of ['2023-02-29', '2024-02-30', '2024-13-01', '0000-00-00']) {
          const url = w.realUrl(r.url);
          const res = await t.call({ method: r.method, url, cookie: admin, body: { [prop]: day } });
          tried++;
          checkAnswer(res, `${r.method} ${url} ${prop}=${day}`);
          expect(res.statusCode, `${r.method} ${url} ${prop}=${day}`).toBe(400);
          // the first problem reported may be another (missing) field; a lone date field names itself
          if (Object.keys(schema?.properties ?? {}).length === 1) expect(res.body).toContain(prop);
        }
      }
    }
    expect(tried).toBeGreaterThan(0);
    const auditor = await t.signInAs('audit_admin', null);
    const res = await t.call({ method: 'GET', url: '/api/audit?from=2023-02-29', cookie: auditor });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.messageEn).toContain('from');
  });
});

describe('bad path ids', () => {
  const idRoutes = () => t.app.declaredRoutes.filter((r) => paramsOf(r.url).length && !isDocs(r.url));
  /** The route with every path parameter `id`, called as the administrator (an empty body on a write). */
  const callWithIds = async (r: { method: string; url: string }, id: string | number) => {
    const url = fillParams(r.url, Object.fromEntries(paramsOf(r.url).map((p) => [p, id])));
    const res = await t.call({
      method: r.method,
      url,
      cookie: admin,
      body: WRITE.includes(r.method) ? {} : undefined,
    });
    checkAnswer(res, `${r.method} ${url}`);
    return { url, res };
  };

  it('every route with a path parameter refuses bad ids with a bilingual 4xx', async () => {
    const routes = idRoutes();
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.constantFrom(...BAD_IDS),
            fc
              .string({ minLength: 1, maxLength: 30 })
              .filter((s) => !/^\d+$/.test(s.trim()) || Number(s) === 0),
          ),
          async (bad) => {
            await callWithIds(r, bad);
          },
        ),
        { numRuns: 25 },
      );
    }
  }, 600_000);

  it('ids of objects that do not exist are a bilingual 404 (or 400 where the body is checked first)', async () => {
    for (const r of idRoutes()) {
      const { url, res } = await callWithIds(r, 2 ** 53 - 1);
      // A route the administrator may never call (a counsellor's own notes, ADR 54) refuses before looking anything up.
      const counsellorOnly = r.permission === 'counselling.counsel';
      if (r.method === 'GET') expect(res.statusCode, url).toBe(counsellorOnly ? 403 : 404);
    }
  });
});

describe('bad query strings on GET routes', () => {
  const queryRoutes = () =>
    t.app.declaredRoutes
      .filter((r) => r.method === 'GET' && !isDocs(r.url))
      .map((r) => ({
        r,
        query: w.operationOf('GET', r.url)?.parameters?.filter((p) => p.in === 'query') ?? [],
      }))
      .filter((x) => x.query.length);

  it('there are GET routes with query parameters to test', () => {
    expect(queryRoutes().length).toBeGreaterThanOrEqual(2);
  });

  it('unknown, repeated, wrong-typed and oversized parameters get a bilingual 400', async () => {
    for (const { r, query } of queryRoutes()) {
      const names = query.map((q) => q.name);
      const base = w.realUrl(r.url);
      const bad = fc.oneof(
        fc
          .string({ minLength: 1, maxLength: 12 })
          .filter((k) => !names.includes(k) && /^[\w-]+$/.test(k))
          .map((k) => `${encodeURIComponent(k)}=1`),
        fc
          .constantFrom(...query)
          .chain((p) => wrongQueryValues(p.schema).map((v) => `${p.name}=${encodeURIComponent(v)}`)),
        fc.constantFrom(...query).map((p) => `${p.name}=${encodeURIComponent('长'.repeat(10_000))}`),
      );
      await fc.assert(
        fc.asyncProperty(bad, async (qs) => {
          const url = `${base}?${qs}`;
          const res = await t.call({ method: 'GET', url, cookie: admin });
          checkAnswer(res, `GET ${url.slice(0, 200)}`);
        }),
        { numRuns: RUNS },
      );
    }
  }, 600_000);
});

describe('the OpenAPI document', () => {
  it('declares every status the routes answered in this file', async () => {
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(t.answered.size).toBeGreaterThan(10);
    expect(undeclaredAnswers(t.answered, spec)).toEqual([]);
  });
});
