import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import { loginKeyIn } from '../src/modules/auth/throttle.ts';
import type { OrgRow } from '../src/modules/org/index.ts';
import { MAX_XLSX_INFLATED_BYTES, MAX_XLSX_STREAMED_SHEET_BYTES } from '../src/shared/xlsx-zip.ts';
import { createTestApp, errorShapeProblem, multipart } from './api.ts';
import { centralEntry, localHeader, zipEnd } from './zip-parts.ts';

/**
 * Cross-cutting protections of the HTTP layer: which client address is believed, cross-site writes,
 * security headers, malformed uploads, strict bodies and path ids, blank names, zip bombs and the
 * OpenAPI document's promises.
 */

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let root: OrgRow;
let district: OrgRow;
let person: { id: number; idNumber: string };
let programId: number;

const program = {
  name: '加固测试项目',
  category: 'relief',
  periodStart: '2020-01-01',
  periodEnd: '2030-12-31',
  periodUnit: 'year',
  intakeModes: ['apply'],
  limitMode: 'per_person_per_period',
  reviewChain: [2],
  rule: { op: 'member_of_owner_subtree' },
  amount: { kind: 'fixed', fen: 100_000 },
};

beforeAll(async () => {
  t = await createTestApp();
  root = await t.ctx.newRoot();
  district = await t.ctx.newOrg(root, 'district');
  const idNumber = t.ctx.newIdNumber();
  const p = await t.ctx.newPerson(await t.ctx.newOrg(district, 'grassroots'), { idNumber });
  person = { id: p.id, idNumber };
  admin = await t.signInAs('admin', null);
  const created = await t.call({
    method: 'POST',
    url: '/api/programs',
    cookie: admin,
    body: { ...program, ownerOrgId: district.id },
  });
  expect(created.statusCode, created.body).toBe(200);
  programId = created.json().id;
});

afterAll(async () => {
  await t?.close();
});

function expectError(res: { statusCode: number; body: string }, status: number, code?: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(errorShapeProblem(res as never)).toBeNull();
  if (code) expect(JSON.parse(res.body).error.code).toBe(code);
}

describe('client address (TRUST_PROXY)', () => {
  const failFrom = async (app: Awaited<ReturnType<typeof buildApp>>, username: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
      payload: JSON.stringify({ username, password: 'wrong password' }),
    });
    expect(res.statusCode).toBe(401);
    const rows = await t.db.query<{ ip: string }>('select ip from login_failures where login_key = $1', [
      await loginKeyIn(t.db, username),
    ]);
    return rows.rows.map((r) => r.ip);
  };

  it('a forged X-Forwarded-For is ignored when no proxy is trusted', async () => {
    const app = await buildApp({ db: t.db, services: t.ctx.services });
    try {
      expect(await failFrom(app, `forger${t.ctx.unique()}`)).toEqual(['127.0.0.1']);
    } finally {
      await app.close();
    }
  });

  it('is honoured from a trusted proxy', async () => {
    const app = await buildApp({ db: t.db, services: t.ctx.services, trustProxy: ['loopback'] });
    try {
      expect(await failFrom(app, `proxied${t.ctx.unique()}`)).toEqual(['203.0.113.7']);
    } finally {
      await app.close();
    }
  });
});

describe('cross-site requests', () => {
  const reveal = (headers: Record<string, string>, payload = '') =>
    t.call({ method: 'POST', url: `/api/members/${person.id}/reveal-id`, cookie: admin, headers, payload });

  it('a text/plain reveal-id from another origin is refused and reveals nothing', async () => {
    const res = await reveal({ origin: 'https://evil.example', 'content-type': 'text/plain' }, 'x');
    expectError(res, 403, 'CROSS_SITE_REQUEST');
    expect(res.body).not.toContain(person.idNumber);
    expect(res.json().error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a Referer of another site is refused when there is no Origin', async () => {
    const res = await reveal({ referer: 'https://evil.example/page' });
    expectError(res, 403, 'CROSS_SITE_REQUEST');
  });

  it('an Origin of "null" (a sandboxed page or a file) is refused', async () => {
    expectError(await reveal({ origin: 'null' }), 403, 'CROSS_SITE_REQUEST');
  });

  it('requests of the same site, and scripts that send neither header, keep working', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { origin: 'http://localhost:80' },
      { origin: 'http://localhost' },
      { referer: 'http://localhost/members/1' },
    ]) {
      const res = await reveal(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(200);
      expect(res.json().idNumber).toBe(person.idNumber);
    }
  });

  it('reading is not a state change: a GET from another origin is answered', async () => {
    const res = await t.call({
      method: 'GET',
      url: `/api/members/${person.id}`,
      cookie: admin,
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('JSON routes refuse text/plain and form bodies with 415', async () => {
    const forms: [string, string][] = [
      ['text/plain', 'x'],
      ['application/x-www-form-urlencoded', 'a=1'],
      [
        'multipart/form-data; boundary=b',
        '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n',
      ],
    ];
    for (const [ct, payload] of forms) {
      const res = await reveal({ 'content-type': ct }, payload);
      expectError(res, 415);
      expect(res.body).not.toContain(person.idNumber);
      const patch = await t.call({
        method: 'PATCH',
        url: `/api/orgs/${district.id}`,
        cookie: admin,
        headers: { 'content-type': ct },
        payload,
      });
      expectError(patch, 415);
    }
  });
});

describe('security headers', () => {
  let web: string;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'gonghui-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(web, 'app.js'), 'console.log(1)');
    app = await buildApp({ db: t.db, services: t.ctx.services, webDist: web });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(web, { recursive: true, force: true });
  });

  const expectHeaders = (res: { headers: Record<string, unknown> }, what: string) => {
    expect(res.headers['x-content-type-options'], what).toBe('nosniff');
    expect(res.headers['x-frame-options'], what).toBe('DENY');
    expect(res.headers['referrer-policy'], what).toBe('same-origin');
    const csp = String(res.headers['content-security-policy']);
    expect(csp, what).toContain("default-src 'self'");
    expect(csp, what).toContain("frame-ancestors 'none'");
    expect(csp, what).not.toContain("script-src 'self' 'unsafe-inline'");
  };

  it('are on API answers, errors, static files and the page fallback', async () => {
    const cases: [string, string, number][] = [
      ['GET', '/api/health', 200],
      ['GET', '/api/orgs/roots', 401],
      ['GET', '/api/no-such-route', 404],
      ['POST', '/api/auth/login', 400],
      ['GET', '/app.js', 200],
      ['GET', '/', 200],
      ['GET', '/members/12', 200],
      ['GET', '/missing.js', 404],
    ];
    for (const [method, url, status] of cases) {
      const res = await app.inject({
        method: method as 'GET',
        url,
        ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, payload: '{' } : {}),
      });
      expect(res.statusCode, url).toBe(status);
      expectHeaders(res, `${method} ${url}`);
    }
  });

  it('the API documentation keeps its own policy, which lets its page run', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // the policy of @fastify/swagger-ui (staticCSP), not the web app's
    expect(String(res.headers['content-security-policy'])).toContain('validator.swagger.io');
  });
});

describe('malformed multipart bodies', () => {
  const UPLOADS: ['POST' | 'PUT', string][] = [
    ['POST', '/api/imports/members'],
    ['POST', '/api/records/import?kind=certificate'],
    ['POST', '/api/applications/1/files'],
    ['POST', '/api/me/applications'],
    ['POST', '/api/me/applications/1/resubmit'],
    ['POST', '/api/users/import'],
    ['POST', '/api/contests/1/results/import'],
    ['POST', '/api/learning/courses/1/lessons'],
    ['POST', '/api/agreements/1/coverage/import'],
    ['PUT', '/api/agreements/1/text'],
    ['POST', '/api/innovation/achievements/1/attachments'],
    ['POST', '/api/innovation/achievements/import'],
    ['POST', '/api/returns/form-from-sheet'],
    ['POST', '/api/returns/1/unions/1/sheet'],
  ];
  const BROKEN: [string, string][] = [
    ['no end', '--b\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nabc'],
    ['no boundary in the body', 'just some text'],
    ['cut in a part header', '--b\r\nContent-Disposition: form-data; name="fi'],
  ];

  it('are a bilingual 400 on every upload route, never a 500', async () => {
    for (const [method, url] of UPLOADS) {
      for (const [what, payload] of BROKEN) {
        const res = await t.call({
          method,
          url,
          cookie: admin,
          headers: { 'content-type': 'multipart/form-data; boundary=b' },
          payload,
        });
        expect(res.statusCode, `${url} ${what}: ${res.body}`).toBe(400);
        expect(errorShapeProblem(res)).toBeNull();
        // A route that reads its one file part itself may answer that the file is missing instead.
        expect(['MULTIPART_MALFORMED', 'AGREEMENT_TEXT_INVALID'], `${url} ${what}`).toContain(
          res.json().error.code,
        );
      }
    }
  });
});

describe('strict bodies', () => {
  it('PATCH /api/programs/:id refuses an unknown field', async () => {
    const res = await t.call({
      method: 'PATCH',
      url: `/api/programs/${programId}`,
      cookie: admin,
      body: { name: '改名', notAField: 1 },
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(res.json().error.messageEn).toContain('notAField');
  });

  it('rules and amounts refuse unknown fields too', async () => {
    for (const body of [
      { rule: { op: 'member_of_owner_subtree', extra: 1 } },
      { amount: { kind: 'fixed', fen: 100, extra: 1 } },
    ]) {
      const res = await t.call({ method: 'PATCH', url: `/api/programs/${programId}`, cookie: admin, body });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.body).toContain('extra');
    }
  });

  it('every JSON body object in the OpenAPI document refuses unknown fields', async () => {
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    const open: string[] = [];
    const components = spec.components.schemas as Record<string, Record<string, unknown>>;
    const followed = new Set<string>();
    const walk = (s: Record<string, unknown> | undefined, where: string) => {
      if (!s || typeof s !== 'object') return;
      // a shared schema (the recursive Rule, AmountRule) is walked once, where it is first used
      if (typeof s.$ref === 'string') {
        const name = s.$ref.replace('#/components/schemas/', '');
        if (!followed.has(name)) {
          followed.add(name);
          walk(components[name], `${where}→${name}`);
        }
        return;
      }
      // a tagged union names its tag in `properties`; each of its branches is closed
      const tagged = Array.isArray(s.oneOf) && s.discriminator !== undefined;
      if (s.type === 'object' && s.properties && s.additionalProperties !== false && !tagged)
        open.push(where);
      for (const [k, v] of Object.entries(s.properties ?? {})) walk(v as never, `${where}.${k}`);
      for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
        for (const [i, v] of ((s[key] as unknown[]) ?? []).entries()) walk(v as never, `${where}|${i}`);
      if (s.items) walk(s.items as never, `${where}[]`);
    };
    let bodies = 0;
    for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, never>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = (op as { requestBody?: { content: Record<string, { schema: never }> } }).requestBody
          ?.content['application/json']?.schema;
        if (!schema) continue;
        bodies++;
        walk(schema, `${method.toUpperCase()} ${path}`);
      }
    }
    expect(bodies).toBeGreaterThan(10);
    expect([...followed].sort()).toEqual(['AmountRule', 'Rule']);
    expect(open).toEqual([]);
  });
});

describe('path ids', () => {
  it('only plain decimal ids are read as ids', async () => {
    const id = district.id;
    const ok = await t.call({ method: 'GET', url: `/api/orgs/${id}`, cookie: admin });
    expect(ok.statusCode).toBe(200);
    for (const bad of [
      ` ${id}`,
      `${id} `,
      `${id}.0`,
      `+${id}`,
      `0x${id.toString(16)}`,
      `0${id}`,
      `${id}e0`,
    ]) {
      const res = await t.call({ method: 'GET', url: `/api/orgs/${encodeURIComponent(bad)}`, cookie: admin });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(errorShapeProblem(res)).toBeNull();
    }
    const query = await t.call({ method: 'GET', url: '/api/members?page=%2B1', cookie: admin });
    expectError(query, 400);
  });
});

describe('blank names', () => {
  const BLANK = [' ', '\u3000\u3000', '\u200b', '\ufeff', '\u200b \u200d', '\u00a0\u2060', '\t\n'];

  it('are refused with a 400 naming the field', async () => {
    const writes: {
      method: string;
      url: string;
      body: (name: string) => Record<string, unknown>;
      field: string;
    }[] = [
      {
        method: 'POST',
        url: `/api/orgs/${district.id}/children`,
        body: (name) => ({ name, kind: 'grassroots' }),
        field: 'name',
      },
      { method: 'PATCH', url: `/api/orgs/${district.id}`, body: (name) => ({ name }), field: 'name' },
      {
        method: 'POST',
        url: '/api/members',
        body: (name) => ({ name, idNumber: t.ctx.newIdNumber(), orgId: district.id }),
        field: 'name',
      },
      { method: 'PATCH', url: `/api/members/${person.id}`, body: (name) => ({ name }), field: 'name' },
      { method: 'POST', url: '/api/programs', body: (name) => ({ ...program, name }), field: 'name' },
      { method: 'PATCH', url: `/api/programs/${programId}`, body: (name) => ({ name }), field: 'name' },
    ];
    for (const w of writes) {
      for (const blank of BLANK) {
        const res = await t.call({ method: w.method, url: w.url, cookie: admin, body: w.body(blank) });
        const label = `${w.method} ${w.url} ${JSON.stringify(blank)}`;
        expect(res.statusCode, `${label}: ${res.body}`).toBe(400);
        const error = res.json().error;
        expect(error.messageEn, label).toContain(w.field);
        expect(error.messageZh, label).toContain('名称不能为空');
        expect(error.messageEn, label).not.toContain('pattern');
      }
    }
    // names with visible characters around invisible ones still pass
    const res = await t.call({
      method: 'PATCH',
      url: `/api/orgs/${district.id}`,
      cookie: admin,
      body: { name: '测试\u200b工会' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

/** A valid .xlsx whose sheet inflates to more than `bytes`, in a file of a few hundred kilobytes. */
function zipBomb(bytes: number): Buffer {
  const MB = 1024 * 1024;
  // One megabyte of spaces, as deflate blocks that end without closing the stream; repeated, then closed.
  const block = deflateRawSync(Buffer.alloc(MB, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
  const copies = Math.ceil(bytes / MB) + 1;
  const head = Buffer.from('<?xml version="1.0"?><worksheet><sheetData>');
  const sheet = Buffer.concat([
    deflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH }),
    ...Array.from({ length: copies }, () => block),
    deflateRawSync(Buffer.from('</sheetData></worksheet>')),
  ]);
  const text = (s: string) => ({ data: Buffer.from(s), method: 0, size: Buffer.byteLength(s) });
  const entries: [string, { data: Buffer; method: number; size: number }][] = [
    [
      '[Content_Types].xml',
      text(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
      ),
    ],
    [
      'xl/workbook.xml',
      text(
        '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    ],
    [
      'xl/_rels/workbook.xml.rels',
      text(
        '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    ],
    ['xl/worksheets/sheet1.xml', { data: sheet, method: 8, size: head.length + copies * MB + 24 }],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, e] of entries) {
    const n = Buffer.from(name);
    // crc 0: readers that check it fail later than the size cap
    const entry = { crc: 0, compressed: e.data.length, size: e.size % 2 ** 32, method: e.method, flags: 0 };
    locals.push(localHeader(n, entry), e.data);
    centrals.push(centralEntry(n, entry, offset));
    offset += 30 + n.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  return Buffer.concat([...locals, cd, zipEnd(entries.length, cd.length, offset)]);
}

describe('spreadsheet zip bombs', () => {
  const upload = (url: string, content: Buffer) => {
    return t.call({ method: 'POST', url, cookie: admin, ...multipart('bomb.xlsx', content) });
  };

  it('are refused with 413 before they are inflated whole', async () => {
    const bomb = zipBomb(MAX_XLSX_INFLATED_BYTES);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    for (const url of ['/api/records/import?kind=certificate', '/api/users/import']) {
      const res = await upload(url, bomb);
      expectError(res, 413, 'SPREADSHEET_TOO_LARGE');
      expect(res.json().error.messageZh).toContain('MB');
    }
  });

  it('are refused with 413 by the streamed member import when the sheet declares more than it streams', async () => {
    // The member import streams its sheet (a federation's million rows inflate to ≈ 600 MB), so its cap is larger.
    const bomb = zipBomb(MAX_XLSX_STREAMED_SHEET_BYTES);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const res = await upload('/api/imports/members', bomb);
    expectError(res, 413, 'SPREADSHEET_TOO_LARGE');
  });
});

describe('the OpenAPI document', () => {
  type Op = {
    operationId?: string;
    security?: unknown[];
    responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
    requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  };
  let ops: { key: string; op: Op }[];
  beforeAll(async () => {
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    ops = Object.entries(spec.paths as Record<string, Record<string, Op>>).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
  });

  it('gives every operation a unique operationId', () => {
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ops.find((o) => o.key === 'POST /api/members/{id}/reveal-id')?.op.operationId).toBe(
      'postMembersByIdRevealId',
    );
  });

  it('marks the session on every operation behind a permission, and on no public one', () => {
    const publicRoutes = new Set(
      t.app.declaredRoutes
        .filter((r) => r.public)
        .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`),
    );
    for (const { key, op } of ops) {
      if (publicRoutes.has(key)) expect(op.security, key).toBeUndefined();
      else expect(op.security, key).toEqual([{ session: [] }]);
    }
  });

  it('declares the error answers with the house error body', () => {
    const reveal = ops.find((o) => o.key === 'POST /api/members/{id}/reveal-id')?.op;
    for (const status of ['400', '401', '403', '404', '409', '413', '415']) {
      const schema = reveal?.responses[status]?.content?.['application/json']?.schema;
      expect(schema?.required, status).toEqual(['error']);
    }
    expect(ops.find((o) => o.key === 'POST /api/auth/login')?.op.responses['429']).toBeDefined();
  });

  it('describes the uploads as multipart forms with binary files', async () => {
    const uploads = ops.filter((o) => o.op.requestBody?.content['multipart/form-data']);
    // Every listed register's import (GET /api/registers: the catalog the routes declare), and the other uploads.
    const res = await t.call({ method: 'GET', url: '/api/registers', cookie: admin });
    const registers = (res.json() as { items: { importUrl: string }[] }).items.map(
      (r) => `POST ${r.importUrl}`,
    );
    expect(registers.length).toBeGreaterThan(15);
    const others = [
      'POST /api/activities/calls/{id}/works/file',
      'POST /api/activities/{id}/photos',
      'POST /api/activities/{id}/signups/import',
      'POST /api/agreements/{id}/coverage/import',
      'POST /api/applications/{id}/files',
      'POST /api/care/visits/{id}/photos',
      'POST /api/contests/{id}/results/import',
      'POST /api/innovation/achievements/{id}/attachments',
      'POST /api/insurance/claims/{id}/files',
      'POST /api/learning/courses/{id}/lessons',
      'POST /api/me/applications',
      'POST /api/me/applications/{id}/resubmit',
      'POST /api/me/calls/{id}/works/file',
      'POST /api/me/insurance/claims/{id}/files',
      'POST /api/pledges/{id}/evidence',
      'POST /api/programs/{id}/evidence-archive',
      'POST /api/records/import',
      'POST /api/returns/form-from-sheet',
      'POST /api/returns/{id}/unions/{orgId}/sheet',
      'POST /api/stations/{id}/photos',
      'POST /api/users/import',
      'POST /api/wellness/batches/{id}/attendance/import',
      'PUT /api/agreements/{id}/text',
      'PUT /api/me/card/photo',
    ];
    expect(uploads.map((o) => o.key).sort()).toEqual([...registers, ...others].sort());
    const form = ops.find((o) => o.key === 'POST /api/imports/members')?.op.requestBody?.content[
      'multipart/form-data'
    ].schema as { properties: Record<string, unknown> };
    expect(form.properties.file).toEqual({ type: 'string', format: 'binary' });
  });
});
