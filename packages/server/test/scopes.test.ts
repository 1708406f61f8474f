import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAdminRole, ROLE_PERMISSIONS, type Role } from '../src/access/access.ts';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { openXlsxWorkbook } from '../src/shared/xlsx-reader.ts';
import { paramsOf, undeclaredAnswers } from './api.ts';
import { CASE_FILES } from './scope-cases/found.ts';
import type { Fx, Req, ScopeCase, SetupContext, Who } from './scope-cases/types.ts';
import { buildScopeWorld, caseUrl, type ScopeWorld } from './scope-world.ts';

/**
 * Scope isolation over the whole route table, on the demo data: the staff of 杨镇总工会 (under 顺义) must
 * never reach anything of 昌平区总工会's subtree, and a worker reaches only themself.
 *
 * Every declared route needs a case in its module's src/modules/<m>/<m>.scope-cases.ts (see scope-cases/types.ts);
 * a route without one fails this test. A case gives requests that aim at objects under 昌平 (with valid
 * bodies), and one request 昌平's own staff makes successfully, which proves the ids exist and the body is
 * valid. A module whose cases need objects of its own under 昌平 creates them in its `setup`.
 */

const caseFiles = CASE_FILES;
const SCOPE_CASES: Record<string, ScopeCase> = {};
const duplicateCases: string[] = [];
for (const { name, file } of caseFiles) {
  for (const [k, c] of Object.entries(file.cases)) {
    if (SCOPE_CASES[k]) duplicateCases.push(`${k} (again in ${name})`);
    SCOPE_CASES[k] = c;
  }
}

/**
 * Denied requests that answer something other than 404 NOT_FOUND, each with its reason (ADR 72: what is not
 * yours is answered as what does not exist). Keep it short: a new entry needs a reason a reviewer accepts.
 */
const NOT_404: Record<string, { status: number; reason: string }> = {};

const isDocs = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

let t: ScopeWorld['t'];
let f: Fx;
let sessions: Record<Who, string>;
/** Everything of 昌平's subtree a response must not show to 杨镇. */
let cpIds: { orgs: Set<number>; persons: Set<number>; names: string[] };
let setup: SetupContext;

const toUrl = caseUrl;

function send(method: string, url: string, req: Req, cookie: string) {
  return t.call({
    method,
    url: toUrl(url, req),
    cookie,
    body: req.body,
    payload: req.payload,
    headers: req.headers,
  });
}

/**
 * A list answer as data: JSON as parsed, a CSV as its header and rows of text, a workbook as every sheet's rows of
 * text (whichever sheet it opens on: a statistics workbook may name the union only on a later one).
 */
async function answerOf(res: LightMyRequestResponse): Promise<unknown> {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('spreadsheetml')) return await everySheet(res.rawPayload);
  if (type.includes('text/csv')) return await readSheet(res.rawPayload, 'answer.csv');
  return res.json();
}

/** Each sheet of an .xlsx answer by its name, with every filled row's cells as text. */
async function everySheet(buf: Buffer): Promise<{ name: string; rows: string[][] }[]> {
  const book = openXlsxWorkbook(buf);
  if (!book || book === 'damaged') throw new Error('an .xlsx answer the reader cannot open');
  const sheets = [];
  for (const s of book.sheets) {
    const rows: string[][] = [];
    if (s.rows) for await (const batch of s.rows.batches(1000)) for (const r of batch) rows.push(r.cells);
    sheets.push({ name: s.name, rows });
  }
  return sheets;
}

/** Where a JSON answer shows something of 昌平's subtree. */
function leaks(value: unknown, where = '$', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.startsWith(f.cpPath) || cpIds.names.some((n) => value.includes(n)))
      out.push(`${where}=${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      leaks(v, `${where}[${i}]`, out);
    });
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const isOrg = 'path' in o && 'level' in o;
    // A person row (not a record or ledger row that merely shows its holder's masked ID number).
    const isPerson = 'idMasked' in o && 'birthDate' in o;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'number') {
        const orgKey = /orgId$|^parentId$/i.test(k) || (k === 'id' && isOrg);
        const personKey = /personId$/i.test(k) || (k === 'id' && isPerson);
        if ((orgKey && cpIds.orgs.has(v)) || (personKey && cpIds.persons.has(v)))
          out.push(`${where}.${k}=${v}`);
      } else leaks(v, `${where}.${k}`, out);
    }
  }
  return out;
}

beforeAll(async () => {
  ({ t, f, sessions, setup } = await buildScopeWorld());
  const q = async <T>(text: string, params: unknown[] = []) => (await t.db.query<T>(text, params)).rows;
  const allCpOrgs = await q<{ id: number; name: string }>(
    `select id, name from orgs where path like $1 || '%'`,
    [f.cpPath],
  );
  const allCpPersons = await q<{ id: number }>(
    `select m.person_id as id from memberships m join orgs o on o.id = m.org_id
      where m.status = 'active' and o.path like $1 || '%'`,
    [f.cpPath],
  );
  cpIds = {
    orgs: new Set(allCpOrgs.map((r) => r.id)),
    persons: new Set(allCpPersons.map((r) => r.id)),
    names: allCpOrgs.map((r) => r.name),
  };
});

afterAll(async () => {
  await t?.close();
});

const routes = () => t.app.declaredRoutes.filter((r) => !isDocs(r.url));
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('scope cases cover the route table', () => {
  it('every declared route has a scope case', () => {
    const missing = routes()
      .map(key)
      .filter((k) => !SCOPE_CASES[k]);
    if (missing.length) {
      expect.fail(
        `No scope case for:\n  ${missing.join('\n  ')}\n` +
          'Add them to packages/server/src/modules/<m>/<m>.scope-cases.ts (see test/scope-cases/types.ts).',
      );
    }
  });

  it('no route has two scope cases', () => {
    expect(duplicateCases).toEqual([]);
  });

  it('every scope case names a declared route', () => {
    const declared = new Set(routes().map(key));
    expect(Object.keys(SCOPE_CASES).filter((k) => !declared.has(k))).toEqual([]);
    expect(Object.keys(NOT_404).filter((k) => !declared.has(k))).toEqual([]);
  });

  it('public cases are the public routes, admin, judge and counsellor cases permissions of that role only', () => {
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (!c) continue;
      expect(c.kind === 'public', key(r)).toBe(!!r.public);
      if (c.kind === 'counsellor') {
        const roles = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) =>
          ROLE_PERMISSIONS[role].has(r.permission as never),
        );
        expect(roles, key(r)).toEqual(['counsellor']);
      }
      if (c.kind === 'admin' || c.kind === 'judge') {
        const roles = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) =>
          ROLE_PERMISSIONS[role].has(r.permission as never),
        );
        // the administrator also reaches the judges' routes (seated on no panel, they answer empty or 404);
        // an admin case is a permission of exactly one of the three administrators (三员分立)
        if (c.kind === 'judge') expect(roles, key(r)).toEqual(['admin', 'judge']);
        else expect(roles.length === 1 && isAdminRole(roles[0]), `${key(r)}: ${roles}`).toBe(true);
      }
    }
  });

  it('every route with a path parameter aims its denials at 昌平 objects', () => {
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      // Worker routes on their own objects (/api/me/applications/:id) are self cases, checked as such below.
      if (
        !paramsOf(r.url).length ||
        !c ||
        ['public', 'admin', 'self', 'judge', 'counsellor'].includes(c.kind)
      )
        continue;
      expect(c.kind, key(r)).toBe('scoped');
      if (c.kind !== 'scoped') continue;
      const denied = c.denied(f);
      expect(denied.length, key(r)).toBeGreaterThan(0);
      for (const d of denied)
        expect(Object.keys(d.params ?? {}).sort(), key(r)).toEqual(paramsOf(r.url).sort());
    }
  });
});

describe('杨镇总工会 staff cannot reach 昌平区总工会', () => {
  it('every request aimed at 昌平 objects answers 404 as if it did not exist, never 2xx, and changes nothing', async () => {
    const failures: string[] = [];
    let count = 0;
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (c?.kind !== 'scoped') continue;
      const allowed = NOT_404[key(r)]?.status ?? 404;
      for (const req of c.denied(f)) {
        const res = await send(r.method, r.url, req, sessions.yangzhen);
        count++;
        // NOT_FOUND from the access check, or the module's own 404 (DONOR_NOT_FOUND) as for an id that does not exist
        if (res.statusCode !== allowed) {
          failures.push(
            `${r.method} ${toUrl(r.url, req)} ${JSON.stringify(req.body ?? '')} → ${res.statusCode} ${res.body.slice(0, 160)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(30);
    const { rows } = await t.db.query<{ action: string }>(
      `select action from audit_log where username = 'yangzhen' and action <> 'auth.login'`,
    );
    expect(rows).toEqual([]);
  });

  it('lists answer 杨镇 with none of 昌平’s rows', async () => {
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (c?.kind !== 'scoped' || !c.lists) continue;
      for (const req of c.lists(f)) {
        const res = await send(r.method, r.url, req, sessions.yangzhen);
        expect(res.statusCode, `${r.method} ${toUrl(r.url, req)}`).toBe(200);
        expect(leaks(await answerOf(res)), `${r.method} ${toUrl(r.url, req)}`).toEqual([]);
      }
    }
  });

  it('the same list requests show 昌平’s rows to 昌平’s own staff (the lists would leak if unscoped)', async () => {
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (c?.kind !== 'scoped' || !c.lists) continue;
      const req = c.control(f);
      const res = await send(r.method, r.url, req, sessions.changping);
      expect(res.statusCode, `${r.method} ${toUrl(r.url, req)}`).toBe(200);
      expect(leaks(await answerOf(res)).length, `${r.method} ${toUrl(r.url, req)}`).toBeGreaterThan(0);
    }
  });

  it('a member list of 杨镇 holds 杨镇’s members', async () => {
    const res = await send('GET', '/api/members', { query: { pageSize: 200 } }, sessions.yangzhen);
    expect(res.json().total).toBeGreaterThan(0);
    expect(res.json().items.some((p: { id: number }) => p.id === f.workerPerson)).toBe(true);
  });
});

describe('昌平区总工会 staff can do each of those things (the denials were about scope)', () => {
  it('every control request succeeds, and every successful write leaves an audit row', async () => {
    const failures: string[] = [];
    // changping's audit rows written since this test began (a range of the key, not the whole log each time)
    const [{ mark }] = (
      await t.db.query<{ mark: number }>('select coalesce(max(id), 0) as mark from audit_log')
    ).rows;
    const audits = async () =>
      (
        await t.db.query<{ n: number }>(
          `select count(*) as n from audit_log where id > $1 and username = 'changping'`,
          [mark],
        )
      ).rows[0].n;
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (c?.kind !== 'scoped') continue;
      const req = c.control(f);
      const before = await audits();
      const res = await send(r.method, r.url, req, sessions.changping);
      if (res.statusCode < 200 || res.statusCode > 299) {
        failures.push(`${r.method} ${toUrl(r.url, req)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        continue;
      }
      await c.settle?.(setup, res);
      if (r.method !== 'GET' && c.writes !== false && (await audits()) === before) {
        failures.push(`${r.method} ${toUrl(r.url, req)} succeeded but wrote no audit row`);
      }
    }
    expect(failures).toEqual([]);
    // several hundred requests in one test: on a loaded 2-core machine this takes far longer than one check
  }, 240_000);
});

describe('roles without a permission are refused by it', () => {
  const ROLE_OF: Record<string, Role> = {
    yangzhen: 'manager',
    security: 'security_admin',
    auditor: 'audit_admin',
  };
  // the three administrators (三员分立): the system and security administrators are refused the audit log, the
  // audit administrator every route but the log and its own account
  it.each(['worker', 'reviewer', 'yangzhen', 'admin', 'security', 'auditor'] as const)(
    '%s gets 403 on every route its role lacks',
    async (who) => {
      const role: Role = ROLE_OF[who] ?? (who as Role);
      const failures: string[] = [];
      for (const r of routes()) {
        if (r.public || ROLE_PERMISSIONS[role].has(r.permission as never)) continue;
        const c = SCOPE_CASES[key(r)];
        const req: Req =
          c?.kind === 'scoped'
            ? (c.denied(f)[0] ?? c.control(f))
            : c?.kind === 'self' || (c?.kind === 'admin' && c.request)
              ? (c.request?.(f) ?? {})
              : {};
        const res = await send(r.method, r.url, req, sessions[who]);
        if (res.statusCode !== 403) failures.push(`${r.method} ${toUrl(r.url, req)} → ${res.statusCode}`);
      }
      expect(failures).toEqual([]);
    },
  );
});

describe('a worker reaches only themself', () => {
  it('cannot read another member, not even one of their own union', async () => {
    for (const id of [f.yzMember, f.cpMember]) {
      const res = await send('GET', '/api/members/:id', { params: { id } }, sessions.worker);
      expect(res.statusCode).toBe(403);
    }
  });

  it('self routes answer about the worker only', async () => {
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (c?.kind !== 'self') continue;
      const res = await send(r.method, r.url, c.request(f), sessions.worker);
      c.check(f, res);
    }
  });

  it('routes a worker may call are all self routes or public', () => {
    const workerRoutes = routes().filter(
      (r) => !r.public && ROLE_PERMISSIONS.worker.has(r.permission as never),
    );
    for (const r of workerRoutes) expect(SCOPE_CASES[key(r)]?.kind, key(r)).toBe('self');
  });
});

describe('the OpenAPI document', () => {
  it('declares every status the routes answered in this file', async () => {
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(t.answered.size).toBeGreaterThan(10);
    expect(undeclaredAnswers(t.answered, spec)).toEqual([]);
  });
});
