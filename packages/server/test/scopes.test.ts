import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed.ts';
import { ROLE_PERMISSIONS, type Role } from '../src/http/access.ts';
import { DEMO_PASSWORD } from '../src/modules/auth/index.ts';
import { findOrgById, type OrgRow } from '../src/modules/org/index.ts';
import { createTestApp, fillParams, paramsOf } from './api.ts';

/**
 * Scope isolation over the whole route table, on the demo data: the staff of 杨镇总工会 (under 顺义) must
 * never reach anything of 昌平区总工会's subtree, and a worker reaches only themself.
 *
 * SCOPE_CASES below has one entry per declared route. A route without an entry fails this test: when
 * you add a route, add its case — requests that aim at objects under 昌平 (with valid bodies), and one
 * request 昌平's own staff makes successfully, which proves the ids exist and the body is valid.
 */

interface Req {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
}

interface Fx {
  cp: number;
  cpPath: string;
  /** 昌平区总工会, its children and grandchildren. */
  cpOrgs: number[];
  cpGrassroots: number;
  cpGrassroots2: number;
  cpTown: number;
  cpEmpty: number;
  cpMovable: number;
  cpMember: number;
  cpMember2: number;
  cpMemberName: string;
  yz: number;
  yzGrassroots: number;
  yzMember: number;
  workerPerson: number;
  newIdNumber: () => string;
}

type ScopeCase =
  | { kind: 'public' }
  /** A permission only the administrator holds; everyone else is refused by the permission check. */
  | { kind: 'admin'; request?: (f: Fx) => Req }
  /** The caller's own data (workers); `check` proves it answers only about the caller. */
  | { kind: 'self'; request: (f: Fx) => Req; check: (f: Fx, res: LightMyRequestResponse) => void }
  | {
      kind: 'scoped';
      /** Requests aiming at 昌平's objects; 杨镇's staff must get 403 or 404 for every one. */
      denied: (f: Fx) => Req[];
      /** A request 昌平's staff makes and must succeed with (run after all denials). */
      control: (f: Fx) => Req;
      /** List requests 杨镇's staff may make: the answer must hold nothing of 昌平. */
      lists?: (f: Fx) => Req[];
    };

const TODAY = new Date().toISOString().slice(0, 10);

const SCOPE_CASES: Record<string, ScopeCase> = {
  'GET /api/health': { kind: 'public' },
  'GET /api/openapi.json': { kind: 'public' },
  'POST /api/auth/login': { kind: 'public' },
  'POST /api/auth/logout': { kind: 'public' },
  'GET /api/auth/me': { kind: 'public' },

  'GET /api/orgs/roots': {
    kind: 'scoped',
    denied: () => [],
    lists: () => [{}],
    control: () => ({}),
  },
  'GET /api/orgs/search': {
    kind: 'scoped',
    denied: () => [],
    lists: () => [{ query: { q: '昌平' } }, { query: { q: '工会' } }, { query: { q: '延寿' } }],
    control: () => ({ query: { q: '昌平' } }),
  },
  'GET /api/orgs/:id': {
    kind: 'scoped',
    denied: (f) => f.cpOrgs.map((id) => ({ params: { id } })),
    control: (f) => ({ params: { id: f.cp } }),
  },
  'GET /api/orgs/:id/children': {
    kind: 'scoped',
    denied: (f) => f.cpOrgs.map((id) => ({ params: { id } })),
    control: (f) => ({ params: { id: f.cp } }),
  },
  'POST /api/orgs/:id/children': {
    kind: 'scoped',
    denied: (f) => f.cpOrgs.map((id) => ({ params: { id }, body: { name: '越权新建工会', kind: 'branch' } })),
    control: (f) => ({ params: { id: f.cp }, body: { name: '昌平新建基层工会', kind: 'grassroots' } }),
  },
  'PATCH /api/orgs/:id': {
    kind: 'scoped',
    denied: (f) => f.cpOrgs.map((id) => ({ params: { id }, body: { shortName: '越权' } })),
    control: (f) => ({ params: { id: f.cpGrassroots }, body: { shortName: '昌平基层' } }),
  },
  'POST /api/orgs/:id/move': {
    kind: 'scoped',
    denied: (f) => [
      ...f.cpOrgs.map((id) => ({ params: { id }, body: { parentId: f.cpTown } })),
      // my own union, moved under 昌平
      { params: { id: f.yzGrassroots }, body: { parentId: f.cpTown } },
      // 昌平's union, moved under mine
      { params: { id: f.cpMovable }, body: { parentId: f.yz } },
    ],
    control: (f) => ({ params: { id: f.cpMovable }, body: { parentId: f.cpTown } }),
  },
  'POST /api/orgs/:id/close': {
    kind: 'scoped',
    denied: (f) => [...f.cpOrgs, f.cpEmpty].map((id) => ({ params: { id }, body: { closedOn: TODAY } })),
    control: (f) => ({ params: { id: f.cpEmpty }, body: { closedOn: TODAY } }),
  },

  'GET /api/members': {
    kind: 'scoped',
    denied: (f) => f.cpOrgs.map((orgId) => ({ query: { orgId } })),
    lists: (f) => [{ query: { pageSize: 200 } }, { query: { q: f.cpMemberName } }],
    control: (f) => ({ query: { q: f.cpMemberName } }),
  },
  'POST /api/members': {
    kind: 'scoped',
    denied: (f) =>
      f.cpOrgs.map((orgId) => ({ body: { name: '越权会员', idNumber: f.newIdNumber(), orgId } })),
    control: (f) => ({ body: { name: '昌平新会员', idNumber: f.newIdNumber(), orgId: f.cpGrassroots } }),
  },
  'GET /api/members/:id': {
    kind: 'scoped',
    denied: (f) => [{ params: { id: f.cpMember } }, { params: { id: f.cpMember2 } }],
    control: (f) => ({ params: { id: f.cpMember } }),
  },
  'PATCH /api/members/:id': {
    kind: 'scoped',
    denied: (f) => [{ params: { id: f.cpMember }, body: { phone: '13912345678', isFrontLine: true } }],
    control: (f) => ({ params: { id: f.cpMember }, body: { phone: '13912345678' } }),
  },
  'POST /api/members/:id/reveal-id': {
    kind: 'scoped',
    denied: (f) => [{ params: { id: f.cpMember } }, { params: { id: f.cpMember2 } }],
    control: (f) => ({ params: { id: f.cpMember } }),
  },
  'POST /api/members/:id/transfer': {
    kind: 'scoped',
    denied: (f) => [
      { params: { id: f.cpMember2 }, body: { toOrgId: f.cpGrassroots2, on: TODAY } },
      // my own member, transferred into 昌平
      { params: { id: f.yzMember }, body: { toOrgId: f.cpGrassroots, on: TODAY } },
      // 昌平's member, transferred into my union
      { params: { id: f.cpMember2 }, body: { toOrgId: f.yzGrassroots, on: TODAY } },
    ],
    control: (f) => ({ params: { id: f.cpMember2 }, body: { toOrgId: f.cpGrassroots2, on: TODAY } }),
  },

  'GET /api/me/profile': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().id).toBe(f.workerPerson);
    },
  },
  'PATCH /api/me/profile': {
    kind: 'self',
    request: () => ({ body: { phone: '13700000001' } }),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().id).toBe(f.workerPerson);
      expect(res.json().phone).toBe('13700000001');
    },
  },

  'GET /api/audit': { kind: 'admin' },
};

const isDocs = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

let t: Awaited<ReturnType<typeof createTestApp>>;
let f: Fx;
const sessions = {} as Record<'yangzhen' | 'changping' | 'worker' | 'reviewer' | 'admin', string>;
/** Everything of 昌平's subtree a response must not show to 杨镇. */
let cpIds: { orgs: Set<number>; persons: Set<number>; names: string[] };

function toUrl(url: string, req: Req): string {
  const params = Object.fromEntries(paramsOf(url).map((p) => [p, '1']));
  let out = fillParams(url, { ...params, ...(req.params ?? {}) });
  if (req.query) {
    out += `?${new URLSearchParams(Object.entries(req.query).map(([k, v]) => [k, String(v)]))}`;
  }
  return out;
}

function send(method: string, url: string, req: Req, cookie: string) {
  return t.call({ method, url: toUrl(url, req), cookie, body: req.body });
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
    const isPerson = 'idMasked' in o;
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
  t = await createTestApp();
  await seedDemo(t.db, t.ctx.services, { members: 200 });
  const q = async <T>(text: string, params: unknown[] = []) => (await t.db.query<T>(text, params)).rows;
  const org = async (name: string) =>
    (await q<{ id: number; path: string }>('select id, path from orgs where name = $1', [name]))[0];
  const cp = await org('昌平区总工会');
  const yz = await org('杨镇总工会');
  const cpOrgs = await q<{ id: number }>(
    `select id from orgs where path like $1 || '%' and level <= $2 order by level, id`,
    [cp.path, 4],
  );
  const cpMembers = await q<{ id: number; name: string }>(
    `select p.id, p.name from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id where o.path like $1 || '%' order by p.id`,
    [cp.path],
  );
  const yzMember = await q<{ id: number }>(
    `select p.id from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id join users u on true
      where o.path like $1 || '%' and u.username = 'worker' and p.id <> u.person_id order by p.id limit 1`,
    [yz.path],
  );
  const cpGrassroots = (await org('昌平区卫健委工会')).id;
  const cpRow = (await findOrgById(t.db, cp.id)) as OrgRow;
  const cpEmpty = await t.ctx.newOrg(cpRow, 'grassroots', '昌平待撤销空工会');
  const cpMovable = await t.ctx.newOrg(cpRow, 'grassroots', '昌平待移动工会');
  const cpGrassroots2 = (await t.ctx.newOrg(cpRow, 'grassroots', '昌平转入工会')).id;
  const worker = await q<{ person_id: number }>(`select person_id from users where username = 'worker'`);
  f = {
    cp: cp.id,
    cpPath: cp.path,
    cpOrgs: cpOrgs.map((r) => r.id),
    cpGrassroots,
    cpGrassroots2,
    cpTown: (await org('延寿镇总工会')).id,
    cpEmpty: cpEmpty.id,
    cpMovable: cpMovable.id,
    cpMember: cpMembers[0].id,
    cpMember2: cpMembers[1].id,
    cpMemberName: cpMembers[0].name,
    yz: yz.id,
    yzGrassroots: (await org('北京顺鑫杨镇农业有限公司工会')).id,
    yzMember: yzMember[0].id,
    workerPerson: worker[0].person_id,
    newIdNumber: () => t.ctx.newIdNumber(),
  };
  const allCpOrgs = await q<{ id: number; name: string }>(
    `select id, name from orgs where path like $1 || '%'`,
    [cp.path],
  );
  cpIds = {
    orgs: new Set(allCpOrgs.map((r) => r.id)),
    persons: new Set(cpMembers.map((r) => r.id)),
    names: allCpOrgs.map((r) => r.name),
  };
  for (const u of ['yangzhen', 'changping', 'worker', 'reviewer', 'admin'] as const) {
    sessions[u] = await t.login(u, DEMO_PASSWORD);
  }
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
        `No scope case for:\n  ${missing.join('\n  ')}\nAdd one to SCOPE_CASES in packages/server/test/scopes.test.ts.`,
      );
    }
  });

  it('every scope case names a declared route', () => {
    const declared = new Set(routes().map(key));
    expect(Object.keys(SCOPE_CASES).filter((k) => !declared.has(k))).toEqual([]);
  });

  it('public cases are the public routes, admin cases are admin-only permissions', () => {
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (!c) continue;
      expect(c.kind === 'public', key(r)).toBe(!!r.public);
      if (c.kind === 'admin') {
        const roles = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) =>
          ROLE_PERMISSIONS[role].has(r.permission as never),
        );
        expect(roles, key(r)).toEqual(['admin']);
      }
    }
  });

  it('every route with a path parameter aims its denials at 昌平 objects', () => {
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (!paramsOf(r.url).length || !c || c.kind === 'public' || c.kind === 'admin') continue;
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
  it('every request aimed at 昌平 objects is refused with 403 or 404, never 2xx, and changes nothing', async () => {
    const failures: string[] = [];
    let count = 0;
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (c?.kind !== 'scoped') continue;
      for (const req of c.denied(f)) {
        const res = await send(r.method, r.url, req, sessions.yangzhen);
        count++;
        if (res.statusCode !== 403 && res.statusCode !== 404) {
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
        expect(leaks(res.json()), `${r.method} ${toUrl(r.url, req)}`).toEqual([]);
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
      expect(leaks(res.json()).length, `${r.method} ${toUrl(r.url, req)}`).toBeGreaterThan(0);
    }
  });

  it('a member list of 杨镇 holds 杨镇’s members', async () => {
    const res = await send('GET', '/api/members', { query: { pageSize: 200 } }, sessions.yangzhen);
    expect(res.json().total).toBeGreaterThan(0);
    expect(res.json().items.some((p: { id: number }) => p.id === f.workerPerson)).toBe(true);
  });
});

describe('昌平区总工会 staff can do each of those things (the denials were about scope)', () => {
  it('every control request succeeds', async () => {
    const failures: string[] = [];
    for (const r of routes()) {
      const c = SCOPE_CASES[key(r)];
      if (c?.kind !== 'scoped') continue;
      const req = c.control(f);
      const res = await send(r.method, r.url, req, sessions.changping);
      if (res.statusCode < 200 || res.statusCode > 299) {
        failures.push(`${r.method} ${toUrl(r.url, req)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('roles without a permission are refused by it', () => {
  it.each(['worker', 'reviewer', 'yangzhen'] as const)(
    '%s gets 403 on every route its role lacks',
    async (who) => {
      const role: Role = who === 'yangzhen' ? 'staff' : who;
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
