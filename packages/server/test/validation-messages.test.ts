import type { ErrorObject } from 'ajv';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../src/access/access.ts';
import { FIELD_LABELS_ZH } from '../src/http/field-labels.ts';
import { DATE_PATTERN } from '../src/http/schema.ts';
import { describeValidation } from '../src/http/validation-messages.ts';
import { fillParams, paramsOf } from './api.ts';
import { isDocs, type Operation, openRouteWalk, type RouteWalk, type Schema, WRITE } from './route-walk.ts';

/**
 * Issue 41: every validation error of every route reads as a sentence in Chinese (messageZh, with no Latin letters
 * in it) and one in English (messageEn), naming the field in the clerk's words. Bad bodies, queries and path ids are
 * built from each route's own schema (the OpenAPI document), so a new route is covered without editing this file.
 */

/**
 * Latin text a Chinese message may hold: none. Values the clerk writes are shown by example (如2025-03-31), and a
 * name we do not know (an unknown field, a code outside a list) goes only into the English message and `details`.
 */
const LATIN_ALLOWED: RegExp[] = [];
const latinIn = (zh: string) => LATIN_ALLOWED.reduce((s, re) => s.replace(re, ''), zh).match(/[A-Za-z]+/g);

let w: RouteWalk;
let t: RouteWalk['t'];
const cookies: { admin: string; counsellor: string } = { admin: '', counsellor: '' };

beforeAll(async () => {
  // thousands of requests as two accounts that never change: their session kept as production keeps it (ADR 126)
  w = await openRouteWalk({ sessionCacheSeconds: 5 });
  t = w.t;
  cookies.admin = await w.t.signInAs('admin', null);
  cookies.counsellor = await w.t.signInAs('counsellor', w.district);
});

afterAll(async () => {
  await t?.close();
});

const bodySchemaOf = (op: Operation | undefined) =>
  w.deref(op?.requestBody?.content['application/json']?.schema);

function typesOf(s: Schema): Set<string> {
  const out = new Set<string>();
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) for (const x of typesOf(alt)) out.add(x);
  for (const x of Array.isArray(s.type) ? s.type : s.type ? [s.type] : []) out.add(x);
  if (s.nullable) out.add('null');
  for (const e of s.enum ?? []) out.add(e === null ? 'null' : typeof e);
  if (out.has('integer')) out.add('number');
  return out;
}

/** Values a property's schema refuses: a wrong type, and each limit it states crossed. */
function wrongValues(raw: Schema): unknown[] {
  const s = w.deref(raw) ?? {};
  const types = typesOf(s);
  const str = [s, ...(s.anyOf ?? [])].find((a) => a.type === 'string') ?? s;
  const num = [s, ...(s.anyOf ?? [])].find((a) => a.minimum !== undefined);
  const out: unknown[] = [types.has('string') ? { 对象: 1 } : '文字'];
  if (num?.minimum !== undefined) out.push(num.minimum - 1);
  if (str.maxLength !== undefined) out.push('长'.repeat(str.maxLength + 1));
  if (str.pattern) out.push(...misfits(str.pattern).slice(0, 1));
  if (str.enum || s.enum) out.push('not-one-of-them');
  return out;
}

/** Text a pattern refuses (a date pattern refuses '不是日期'; a name pattern refuses blanks). */
function misfits(pattern: string): string[] {
  const re = new RegExp(pattern, 'u');
  return ['不是日期', '   ', '\u200b\u200b', '2024-1-1x'].filter((v) => !re.test(v));
}

/** Query values a parameter refuses (everything arrives as text there). */
function wrongQueryValues(s: Schema): string[] {
  const types = typesOf(w.deref(s) ?? {});
  const out: string[] = [];
  if (types.has('number')) out.push('abc', String((s.minimum ?? 0) - 1));
  if (types.has('boolean')) out.push('maybe');
  if (types.has('string')) {
    if (s.maxLength !== undefined) out.push('长'.repeat(s.maxLength + 1));
    if (s.pattern) out.push(...misfits(s.pattern).slice(0, 1));
    if (s.enum) out.push('not-one-of-them');
  }
  return out.length ? out : ['长'.repeat(10_000)];
}

const failures: string[] = [];
let validationAnswers = 0;

/** An answer to bad input: a 4xx whose Chinese holds no Latin letters and whose English is there. */
function judge(res: LightMyRequestResponse, label: string) {
  let error: { code?: string; messageZh?: string; messageEn?: string } | undefined;
  try {
    error = res.json().error;
  } catch {
    error = undefined;
  }
  if (res.statusCode < 400 || res.statusCode >= 500 || !error) {
    failures.push(`${label} → ${res.statusCode} ${res.body.slice(0, 200)}`);
    return;
  }
  if (error.code === 'VALIDATION_FAILED') validationAnswers++;
  const latin = latinIn(error.messageZh ?? '');
  if (!error.messageZh || latin) failures.push(`${label} → messageZh "${error.messageZh}" (Latin: ${latin})`);
  if (!error.messageEn) failures.push(`${label} → no messageEn`);
}

function cookieFor(permission: string | undefined) {
  return permission && !ROLE_PERMISSIONS.admin.has(permission as never) ? cookies.counsellor : cookies.admin;
}

describe('every validation error reads in Chinese and in English', () => {
  it('bad bodies, queries and path ids of every route', async () => {
    const routes = t.app.declaredRoutes.filter((r) => !isDocs(r.url) && !r.public);
    let writes = 0;
    for (const r of routes) {
      const op = w.operationOf(r.method, r.url);
      const url = w.realUrl(r.url);
      const cookie = cookieFor(r.permission);
      const send = (u: string, payload?: string) =>
        t.call({
          method: r.method,
          url: u,
          cookie,
          ...(WRITE.includes(r.method)
            ? { payload: payload ?? '{}', headers: { 'content-type': 'application/json' } }
            : {}),
        });
      if (WRITE.includes(r.method)) {
        writes++;
        const body = bodySchemaOf(op);
        if (body?.properties) {
          const bodies: unknown[] = [[], { zzUnknownField: 1 }];
          for (const [p, ps] of Object.entries(body.properties))
            for (const v of wrongValues(ps)) bodies.push({ [p]: v });
          for (const b of bodies)
            judge(await send(url, JSON.stringify(b)), `${r.method} ${url} ${JSON.stringify(b).slice(0, 80)}`);
        } else {
          judge(await send(url, '{'), `${r.method} ${url} {`);
        }
      }
      for (const q of op?.parameters?.filter((x) => x.in === 'query') ?? []) {
        for (const v of wrongQueryValues(q.schema)) {
          const u = `${url}?${q.name}=${encodeURIComponent(v)}`;
          judge(await send(u), `${r.method} ${u.slice(0, 120)}`);
        }
      }
      if (paramsOf(r.url).length) {
        const u = fillParams(r.url, Object.fromEntries(paramsOf(r.url).map((p) => [p, 'abc'])));
        judge(await send(u), `${r.method} ${u}`);
      }
    }
    expect(writes).toBeGreaterThan(100);
    expect(validationAnswers).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 600_000);
});

describe('the field-label dictionary', () => {
  it('names every property of the route table’s bodies, queries and path parameters in Chinese', () => {
    const names = new Set<string>();
    const seen = new Set<string>();
    // a property its module names itself (its schema's Chinese `title`) needs no line in the shared dictionary
    const titled = (s: Schema | undefined) => typeof s?.title === 'string' && !latinIn(s.title);
    const walk = (s: Schema | undefined) => {
      if (!s) return;
      if (s.$ref) {
        if (seen.has(s.$ref)) return;
        seen.add(s.$ref);
        return walk(w.deref(s));
      }
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if (!titled(v)) names.add(k);
        walk(v);
      }
      for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(alt);
      walk(s.items);
      if (typeof s.additionalProperties === 'object') walk(s.additionalProperties);
    };
    for (const ops of Object.values(w.spec.paths))
      for (const op of Object.values(ops)) {
        for (const p of op.parameters ?? []) {
          if (!titled(p.schema)) names.add(p.name);
          walk(p.schema);
        }
        for (const c of Object.values(op.requestBody?.content ?? {})) walk(c.schema);
      }
    expect(names.size).toBeGreaterThan(300);
    expect([...names].filter((n) => !FIELD_LABELS_ZH[n]).sort()).toEqual([]);
    expect(Object.entries(FIELD_LABELS_ZH).filter(([, zh]) => latinIn(zh))).toEqual([]);
  });
});

describe('the sentences', () => {
  const err = (e: Partial<ErrorObject>): ErrorObject =>
    ({ instancePath: '', schemaPath: '#', params: {}, ...e }) as ErrorObject;

  it('name the field in the clerk’s words, the schema’s title first', () => {
    const missing = describeValidation([
      err({
        keyword: 'required',
        params: { missingProperty: 'amountFen' },
        parentSchema: { properties: {} },
      }),
    ]);
    expect(missing.zh).toBe('请求参数无效：金额必须填写');
    expect(missing.en).toBe('Invalid request: amount is required');
    const titled = describeValidation([
      err({
        keyword: 'required',
        params: { missingProperty: 'x' },
        parentSchema: { properties: { x: { title: '受益人' } } },
      }),
    ]);
    expect(titled.zh).toBe('请求参数无效：受益人必须填写');
    expect(
      describeValidation([
        err({ keyword: 'minimum', instancePath: '/rows/1/amountFen', params: { limit: 0 } }),
      ]).zh,
    ).toBe('请求参数无效：行第2项的金额不能小于0');
    expect(
      describeValidation([err({ keyword: 'maxLength', instancePath: '/name', params: { limit: 200 } })]).zh,
    ).toBe('请求参数无效：名称长度不能超过200个字');
    expect(
      describeValidation(
        [err({ keyword: 'pattern', instancePath: '/from', params: { pattern: DATE_PATTERN } })],
        'querystring',
      ).zh,
    ).toBe('请求参数无效：开始日期应为日期，写作年-月-日，如2025-03-31');
  });

  it('name an unknown field only in English, a known one in Chinese too', () => {
    const unknown = describeValidation([
      err({ keyword: 'additionalProperties', params: { additionalProperty: 'colour' } }),
    ]);
    expect(unknown.zh).toBe('请求参数无效：请求内容含有不接受的未知字段');
    expect(unknown.en).toBe('Invalid request: the request body does not accept the field "colour"');
    expect(unknown.issues[0]).toMatchObject({ field: 'body', unknownField: 'colour' });
    const known = describeValidation([
      err({ keyword: 'additionalProperties', params: { additionalProperty: 'phone' } }),
    ]);
    expect(known.zh).toBe('请求参数无效：请求内容不接受字段“手机号”');
  });

  it('tell a value of no accepted type by every type the union accepts', () => {
    const said = describeValidation([
      err({ keyword: 'type', instancePath: '/note', params: { type: 'string' } }),
      err({ keyword: 'type', instancePath: '/note', params: { type: 'null' } }),
      err({ keyword: 'anyOf', instancePath: '/note', params: {} }),
    ]);
    expect(said.zh).toBe('请求参数无效：备注应为文字或空');
    expect(said.en).toBe('Invalid request: note must be text or null');
  });

  it('list allowed values in Chinese only when they are not codes', () => {
    expect(
      describeValidation([
        err({ keyword: 'enum', instancePath: '/cmp', params: { allowedValues: ['eq', 'in'] } }),
      ]),
    ).toMatchObject({
      zh: '请求参数无效：比较方式的取值不在允许的范围内',
      en: 'Invalid request: comparison must be one of: eq, in',
    });
    expect(
      describeValidation([
        err({ keyword: 'enum', instancePath: '/year', params: { allowedValues: [2024, 2025] } }),
      ]).zh,
    ).toBe('请求参数无效：年份须为以下之一：2024、2025');
  });
});
