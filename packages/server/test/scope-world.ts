import { DEMO_WORKER } from '../src/demo/seed.ts';
import { DEMO_PASSWORD } from '../src/modules/auth/index.ts';
import { findOrgById, type OrgRow } from '../src/modules/org/index.ts';
import { createTestApp, fillParams, paramsOf } from './api.ts';
import { clockOn } from './clock.ts';
import { createDemoDb, demoDay, demoUnion } from './demo-db.ts';
import { CASE_FILES } from './scope-cases/found.ts';
import type { Fx, Req, SetupContext, Who } from './scope-cases/types.ts';

/**
 * The world the route-table cases are written for (test/scopes.test.ts, test/ledger-again.test.ts): the demo data
 * of 200 members on its day, 杨镇 and 昌平's objects (`Fx`), a session of each demo user, and every case file's
 * `setup` run, its ids in `f.ids`.
 */
export interface ScopeWorld {
  t: Awaited<ReturnType<typeof createTestApp>>;
  f: Fx;
  sessions: Record<Who, string>;
  setup: SetupContext;
}

export async function buildScopeWorld(): Promise<ScopeWorld> {
  const db = await createDemoDb(200);
  // the app stands still on the demo's day, which its dates were counted from (10:00 in China)
  const today = demoDay(200);
  const now = clockOn(today);
  // the session lookups kept 5 s as production keeps them (a sign-out, a role switch or a changed account drops them)
  const t = await createTestApp({ db, clock: now, sessionCacheSeconds: 5 });
  const q = async <T>(text: string, params: unknown[] = []) => (await t.db.query<T>(text, params)).rows;
  const org = (name: string) => demoUnion(db, name);
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
  const f: Fx = {
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
    workerName: DEMO_WORKER.name,
    workerIdNumber: DEMO_WORKER.idNumber,
    ids: {},
    newIdNumber: () => t.ctx.newIdNumber(),
    today,
  };
  const sessions = {} as Record<Who, string>;
  for (const u of ['yangzhen', 'changping', 'worker', 'reviewer', 'admin', 'security', 'auditor'] as const) {
    sessions[u] = await t.login(u, DEMO_PASSWORD);
  }
  const setup: SetupContext = {
    db: t.db,
    services: t.ctx.services,
    f,
    now,
    call: (who, c) => t.call({ ...c, cookie: sessions[who] }),
    api: async (who, method, url, body) => {
      const res = await t.call({ method, url, body, cookie: sessions[who] });
      if (res.statusCode < 200 || res.statusCode > 299) {
        throw new Error(`setup ${who} ${method} ${url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
      }
      return res.json();
    },
  };
  for (const { name, file } of CASE_FILES) {
    if (!file.setup) continue;
    for (const [k, v] of Object.entries(await file.setup(setup))) {
      if (k in f.ids) throw new Error(`${name}: setup id '${k}' is already used by another case file`);
      f.ids[k] = v;
    }
  }
  return { t, f, sessions, setup };
}

/** A case's request as a URL: the route's parameters filled (1 where the case names none), its query appended. */
export function caseUrl(url: string, req: Req): string {
  const params = Object.fromEntries(paramsOf(url).map((p) => [p, '1']));
  let out = fillParams(url, { ...params, ...(req.params ?? {}) });
  if (req.query) {
    const pairs = Object.entries(req.query).filter(
      (e): e is [string, string | number | boolean] => e[1] !== undefined,
    );
    out += `?${new URLSearchParams(pairs.map(([k, v]): [string, string] => [k, String(v)]))}`;
  }
  return out;
}
