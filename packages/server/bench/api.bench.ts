/**
 * API benchmark: Gonghui's member-list and member-detail endpoints at 100 concurrent connections against
 * PostgreSQL, as a ratio to a bare Fastify + pg primary-key lookup measured in the same run.
 * Goals: ratio ≥ 0.5, p99 ≤ 20 ms. Usage: npm run bench:api [-- --members N --seconds S]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { createServices } from '../src/services.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const members = arg('members', 100_000);
const seconds = arg('seconds', 10);
const connections = 100;
const root = fileURLToPath(new URL('../../../', import.meta.url));

async function startChild(script: string, env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  const deadline = Date.now() + 60_000;
  while (!ready.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${script} did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

type Result = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function load(url: string, paths: () => string, headers: Record<string, string> = {}): Promise<Result> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths() }) }],
  });
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
  await seedDemo(db, createServices(db, { sessionTtlHours: 12, production: false }, key), { members });
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
    await startChild(
      'packages/server/src/main.ts',
      {
        DATABASE_URL: pg.url,
        PORT: String(appPort),
        HOST: '127.0.0.1',
        GONGHUI_DEMO: '0',
        GONGHUI_ID_KEY: key.toString('base64'),
      },
      /http:\/\/localhost/,
    ),
  );
  const login = await fetch(`http://127.0.0.1:${appPort}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'shunyi', password: 'gonghui-demo' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
  const headers = { cookie };
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

  const bare = await load(`http://127.0.0.1:${barePort}`, () => `/person/${pick(scope).id}`);
  const detail = await load(`http://127.0.0.1:${appPort}`, () => `/api/members/${pick(scope).id}`, headers);
  const list = await load(
    `http://127.0.0.1:${appPort}`,
    () => {
      const u = pick(unions);
      return `/api/members?orgId=${u.id}&page=${1 + Math.floor((Math.random() * u.n) / 20)}&pageSize=20`;
    },
    headers,
  );
  const ratio = (x: Result) => Number((x.rps / bare.rps).toFixed(2));
  console.error(`bare  ${bare.rps} req/s p99 ${bare.p99} ms`);
  console.error(`detail ${detail.rps} req/s p99 ${detail.p99} ms non2xx ${detail.non2xx}`);
  console.error(`list  ${list.rps} req/s p99 ${list.p99} ms non2xx ${list.non2xx}`);
  console.log(
    JSON.stringify({
      bench: 'api',
      members,
      connections,
      seconds,
      bareRps: bare.rps,
      bareP99Ms: bare.p99,
      detailRps: detail.rps,
      detailP99Ms: detail.p99,
      detailRatio: ratio(detail),
      listRps: list.rps,
      listP99Ms: list.p99,
      listRatio: ratio(list),
      errors: detail.errors + list.errors + detail.non2xx + list.non2xx,
      goalRatio: 0.5,
      goalP99Ms: 20,
    }),
  );
} finally {
  for (const c of children) {
    c.kill('SIGTERM');
    await once(c, 'exit').catch(() => undefined);
  }
  await pg.stop();
}
