import { loadConfig } from './config.ts';
import { migrateAll } from './db/schema.ts';
import { DEMO_ACCOUNTS, isSeeded, seedDemo } from './demo/seed.ts';
import { buildApp } from './http/app.ts';
import { DEMO_PASSWORD, prepareSetup } from './modules/auth/index.ts';
import { sweepStaleJobs } from './modules/jobs/index.ts';
import { deliverPending } from './modules/messages/index.ts';
import { loadIdKey, openDatabase } from './runtime.ts';
import { createServices } from './services.ts';

async function main() {
  const config = loadConfig();
  const log = (msg: string) => console.log(msg);
  const { db, release } = await openDatabase(config);
  await migrateAll(db);
  // Jobs of a dead process: failed, their staging rows removed. PGlite has one process, so all of them.
  const staleSeconds = db.kind === 'pglite' ? 0 : 120;
  await sweepStaleJobs(db, { staleSeconds });
  const sweep = setInterval(
    () => void sweepStaleJobs(db, { staleSeconds: 120 }).catch(() => undefined),
    60_000,
  );
  sweep.unref();
  // Messages out of the app: the default delivery only marks them (see modules/messages/index.ts).
  const deliver = setInterval(() => void deliverPending(db).catch(() => undefined), 60_000);
  deliver.unref();
  const services = createServices(
    db,
    config,
    loadIdKey(config, (m) => console.warn(`warning: ${m}`)),
  );
  if (config.seedDemo && !(await isSeeded(db))) {
    log('首次启动，正在载入演示数据… / First start: loading demo data…');
    const { orgs, members } = await seedDemo(db, services);
    log(`载入 ${orgs} 个工会、${members} 名会员 / loaded ${orgs} unions and ${members} members`);
  }
  const app = await buildApp({
    db,
    services,
    logger: process.env.LOG_REQUESTS === '1',
    webDist: config.webDist,
    secureCookies: config.production,
    trustProxy: config.trustProxy,
  });
  await app.listen({ port: config.port, host: config.host });

  log(
    `\nGonghui 工会服务平台: http://localhost:${config.port}  (database: ${db.kind}${db.kind === 'pglite' ? `, ${config.dataDir}` : ''})`,
  );
  log(`API docs: http://localhost:${config.port}/api/docs`);
  const setupToken = await prepareSetup(db);
  if (setupToken) {
    log(
      `\n尚无任何账号。请打开 http://localhost:${config.port}/setup 创建平台管理员，一次性设置口令：${setupToken}` +
        `\nNo account exists yet. Open http://localhost:${config.port}/setup to create the platform administrator; one-time set-up token: ${setupToken}` +
        '\n（或 / or: npm run cli -- admin create --username NAME --password-stdin）',
    );
  } else if (config.seedDemo && !config.production) {
    log(`\n演示账号 / Demo accounts (password 密码: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.username.padEnd(10)} ${a.zh} / ${a.en}`);
  }

  // Ctrl-C reaches every process of the group, and a wrapper (npm, tsx) passes it on too: the second
  // signal must not kill the server while it is closing the embedded database.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping…`);
    await app.close();
    await db.close();
    release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
