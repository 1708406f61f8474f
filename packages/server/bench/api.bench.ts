/**
 * API benchmark: Gonghui's member-list and member-detail endpoints at 100 concurrent connections against
 * PostgreSQL, each as a ratio to the same statement served by a bare Fastify + pg server in the same run
 * (bench/bare-server.ts). Each side is warmed up first; Gonghui's requests rotate over several signed-in sessions.
 * Goals: list ≥ 0.5 and detail ≥ 0.8 of the bare throughput, p99 ≤ 2× the bare p99.
 * Usage: npm run bench:api [-- --members N --seconds S --sessions K]
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { freePort, startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { createServices } from '../src/services.ts';
import { startChild, startServer } from './two-processes.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const members = arg('members', 100_000);
const seconds = arg('seconds', 10);
const sessionCount = arg('sessions', 20);
const warmupSeconds = 3;
const connections = 100;

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

type Result = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function load(url: string, paths: () => string, cookies: string[] = []): Promise<Result> {
  const run = (duration: number) =>
    autocannon({
      url,
      connections,
      duration,
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            path: paths(),
            headers: cookies.length ? { ...req.headers, cookie: pick(cookies) } : req.headers,
          }),
        },
      ],
    });
  await run(warmupSeconds);
  const r = await run(seconds);
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

const pg = await startTempPostgres({ maxConnections: 300 });
const children: ChildProcess[] = [];
try {
  const key = randomBytes(32);
  const db = await openPostgres(pg.url);
  await migrateAll(db);
  const started = Date.now();
  await seedDemo(db, createServices(db, { sessionTtlHours: 12, production: false }, key), {
    members,
    now: new Date(),
  });
  console.error(`seeded ${members} members in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const { rows: scope } = await db.query<{ id: number; orgId: number }>(
    `select p.id, m.org_id as "orgId" from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id join orgs s on s.name = '顺义区总工会' where o.path like s.path || '%'`,
  );
  const { rows: unions } = await db.query<{ id: number; n: number }>(
    `select m.org_id as id, count(*) as n from memberships m join orgs o on o.id = m.org_id
      join orgs s on s.name = '顺义区总工会' where m.status = 'active' and o.path like s.path || '%' group by m.org_id`,
  );
  await db.query('analyze');
  await db.close();

  const barePort = await freePort();
  children.push(
    await startChild(
      'packages/server/bench/bare-server.ts',
      { DATABASE_URL: pg.url, PORT: String(barePort) },
      /ready/,
    ),
  );
  const appPort = await freePort();
  children.push(
    await startServer({
      DATABASE_URL: pg.url,
      PORT: String(appPort),
      HOST: '127.0.0.1',
      GONGHUI_DEMO: '0',
      GONGHUI_ID_KEY: key.toString('base64'),
    }),
  );
  const cookies: string[] = [];
  for (let i = 0; i < sessionCount; i++) {
    const login = await fetch(`http://127.0.0.1:${appPort}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'shunyi', password: 'gonghui-demo' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
    cookies.push(cookie);
  }
  const person = () => pick(scope).id;
  const listPage = () => {
    const u = pick(unions);
    return { orgId: u.id, page: 1 + Math.floor((Math.random() * u.n) / 20) };
  };
  const bareUrl = `http://127.0.0.1:${barePort}`;
  const appUrl = `http://127.0.0.1:${appPort}`;
  const bareDetail = await load(bareUrl, () => `/person/${person()}`);
  const detail = await load(appUrl, () => `/api/members/${person()}`, cookies);
  const bareList = await load(bareUrl, () => {
    const p = listPage();
    return `/members?orgId=${p.orgId}&page=${p.page}`;
  });
  const list = await load(
    appUrl,
    () => {
      const p = listPage();
      return `/api/members?orgId=${p.orgId}&page=${p.page}&pageSize=20`;
    },
    cookies,
  );
  const two = (x: number) => Number(x.toFixed(2));
  for (const [name, r] of Object.entries({ bareDetail, detail, bareList, list })) {
    console.error(`${name.padEnd(10)} ${r.rps} req/s p50 ${r.p50} ms p99 ${r.p99} ms non2xx ${r.non2xx}`);
  }
  console.log(
    JSON.stringify({
      bench: 'api',
      members,
      connections,
      seconds,
      sessions: sessionCount,
      bareDetailRps: bareDetail.rps,
      bareDetailP99Ms: bareDetail.p99,
      detailRps: detail.rps,
      detailP99Ms: detail.p99,
      detailRatio: two(detail.rps / bareDetail.rps),
      detailP99Ratio: two(detail.p99 / bareDetail.p99),
      bareListRps: bareList.rps,
      bareListP99Ms: bareList.p99,
      listRps: list.rps,
      listP99Ms: list.p99,
      listRatio: two(list.rps / bareList.rps),
      listP99Ratio: two(list.p99 / bareList.p99),
      errors: [bareDetail, detail, bareList, list].reduce((n, r) => n + r.errors + r.non2xx, 0),
      goalListRatio: 0.5,
      goalDetailRatio: 0.8,
      goalP99Ratio: 2,
      loadAverage: Number(loadavg()[0].toFixed(1)),
    }),
  );
} finally {
  for (const c of children) {
    c.kill('SIGTERM');
    await once(c, 'exit').catch(() => undefined);
  }
  await pg.stop();
}
