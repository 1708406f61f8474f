import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, loadConfig } from './config.ts';
import { type Db, isPgliteDir } from './db/db.ts';
import { describeAppliedMigrations } from './db/migrate.ts';
import { migrateAll } from './db/schema.ts';
import { DEMO_ACCOUNTS, demoAccountsLoaded, isSeeded, seedDemo } from './demo/seed.ts';
import { buildVersion, makeDemoSnapshot, restoreDemoSnapshot, SNAPSHOT_DIR } from './demo/snapshot.ts';
import { holdHeapGrowth } from './heap-growth.ts';
import { buildApp } from './http/app.ts';
import { chainAlgorithm, sealAudit } from './modules/audit/index.ts';
import { DEMO_PASSWORD, prepareSetup } from './modules/auth/index.ts';
import { sweepStaleJobs } from './modules/jobs/index.ts';
import {
  announceKeys,
  forgetHolder,
  KEY_STATE_REFRESH_SECONDS,
  KeyError,
  refreshKeyState,
} from './modules/keys/index.ts';
import { checkSmtp, smtpServerName } from './modules/mail/index.ts';
import { periodicRounds, STALE_JOB_SECONDS, startRounds } from './rounds.ts';
import { loadIdKey, openDatabase, openKeyring } from './runtime.ts';
import { createServices } from './services.ts';
import { systemClock } from './shared/clock.ts';
import { todayInChina } from './shared/dates.ts';

const log = (msg: string) => console.log(msg);
const warn = (msg: string) => console.warn(`warning: ${msg}`);

/** Migrates the database and loads the demo data when wanted and not there yet. */
async function prepare(db: Db, config: Config) {
  await migrateAll(db);
  if (config.seedDemo && !(await isSeeded(db))) {
    log('首次启动，正在载入演示数据… / First start: loading demo data…');
    const ring = await openKeyring(db, config, warn, systemClock());
    const { orgs, members } = await seedDemo(db, createServices(db, config, ring), {
      now: systemClock(),
    });
    log(`载入 ${orgs} 个工会、${members} 名会员 / loaded ${orgs} unions and ${members} members`);
  }
}

/** The folder this file runs from: packages/server/dist when built, where the demo snapshot sits (ADR 0068). */
const distDir = dirname(fileURLToPath(import.meta.url));

/**
 * `node dist/main.js --demo-snapshot` (npm's `prepare`, scripts/prepare.mjs): makes the demo snapshot beside the
 * build unless one there fits today, then exits.
 */
async function demoSnapshotCommand(config: Config) {
  const made = await makeDemoSnapshot(distDir, todayInChina(systemClock()), async (dataDir) => {
    log('正在生成演示数据快照… / Making the demo snapshot…');
    const own = { ...config, dataDir, databaseUrl: undefined, idKey: undefined };
    const { db, release } = await openDatabase(own);
    try {
      await migrateAll(db);
      const { orgs, members } = await seedDemo(db, createServices(db, own, loadIdKey(own, warn)), {
        now: systemClock(),
      });
      log(`载入 ${orgs} 个工会、${members} 名会员 / loaded ${orgs} unions and ${members} members`);
    } finally {
      await db.close();
      release();
    }
  });
  log(
    made
      ? `演示数据快照已生成 / demo snapshot made: ${join(distDir, SNAPSHOT_DIR)}`
      : `演示数据快照已是最新 / the demo snapshot is up to date: ${join(distDir, SNAPSHOT_DIR)}`,
  );
}

/**
 * A new embedded database: the demo snapshot copied into place when it fits (seconds), else prepared by the child
 * (migrations and the demo load).
 */
async function createDatabase(config: Config) {
  const snapshot = { dir: join(distDir, SNAPSHOT_DIR), version: buildVersion(distDir) };
  const outcome = restoreDemoSnapshot(config, snapshot, todayInChina(systemClock()));
  if (outcome.restored) {
    log(
      `首次启动：演示数据取自安装时生成的快照（${outcome.madeOn}），身份证号密钥 ${join(config.dataDir, 'id-key')}，请与数据一同备份 / ` +
        `First start: demo data copied from the snapshot made at install (${outcome.madeOn}); ` +
        `ID-number key in ${join(config.dataDir, 'id-key')}, back it up with the data`,
    );
    return;
  }
  if (outcome.reason) log(outcome.reason);
  await setupInChild();
}

/** The child process that prepares the database (see setupInChild), then exits. */
async function setupChild(config: Config) {
  const { db, release } = await openDatabase(config);
  try {
    await prepare(db, config);
  } finally {
    await db.close();
    release();
  }
}

/**
 * Creating the embedded database and seeding it grow PGlite's WebAssembly memory, which is never given back (a first
 * start used to rest at twice the memory of later ones): a child process running this same file does them and exits.
 */
function setupInChild(): Promise<void> {
  return new Promise((resolveSeed, rejectSeed) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, GONGHUI_SETUP_CHILD: '1' },
      stdio: 'inherit',
    });
    child.on('error', rejectSeed);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolveSeed()
        : rejectSeed(
            new Error(`数据库准备失败 / preparing the database failed (${signal ?? `exit code ${code}`})`),
          ),
    );
  });
}

async function main() {
  // V8 may otherwise let garbage grow to four times the live heap before collecting (ADR 104)
  holdHeapGrowth();
  const config = loadConfig();
  if (process.env.GONGHUI_SETUP_CHILD === '1') return setupChild(config);
  if (process.argv.includes('--demo-snapshot')) return demoSnapshotCommand(config);
  const embedded = !config.databaseUrl;
  if (embedded && !isPgliteDir(join(config.dataDir, 'pglite'))) await createDatabase(config);
  let { db, release } = await openDatabase(config);
  const migrating = performance.now();
  const applied = describeAppliedMigrations(await migrateAll(db), performance.now() - migrating);
  if (applied) console.log(applied);
  if (config.seedDemo && !(await isSeeded(db))) {
    await db.close();
    release();
    await setupInChild();
    ({ db, release } = await openDatabase(config));
  }
  // Jobs of a dead process: failed, their staging rows removed. PGlite has one process, so all of them.
  await sweepStaleJobs(db, { staleSeconds: db.kind === 'pglite' ? 0 : STALE_JOB_SECONDS });
  // The audit log's hash chain: rows written since the last round sealed in commit order (ADR 78); sealers in
  // several processes take turns on the chain's head row.
  const algorithm = chainAlgorithm(config.crypto);
  await sealAudit(db, algorithm);
  const seal = setInterval(() => void sealAudit(db, algorithm).catch(() => undefined), 5_000);
  seal.unref();
  const ring = await openKeyring(db, config, warn, systemClock());
  let stopForKey: () => void = () => process.exit(1);
  // A rotation started by the command line reaches this process within a few seconds (ADR 79). Told to write
  // under a key it does not hold, the process stops rather than go on writing under a key being retired.
  // Each round also tells `keys rotate` which keys this process holds, so that it makes none current that this
  // process could not read (ADR 153).
  const holder = `${hostname()}:${process.pid}:${config.port}`;
  const readKeys = () =>
    refreshKeyState(db, ring)
      .then(() => announceKeys(db, holder, ring))
      .catch((e) => {
        warn(`密钥状态读取失败 / reading the key state failed: ${e instanceof Error ? e.message : e}`);
        if (e instanceof KeyError) stopForKey();
      });
  await readKeys();
  const keyState = setInterval(() => void readKeys(), KEY_STATE_REFRESH_SECONDS * 1000);
  keyState.unref();
  const services = createServices(db, config, ring);
  // Reminders, escalation, delivery, sweeps: each round runs in one process at a time (rounds.ts, ADR 80).
  const rounds = startRounds(db, periodicRounds(db, services, { smtp: config.smtp, sms: config.sms }), {
    clock: systemClock,
    everyMs: config.roundSeconds ? config.roundSeconds * 1000 : undefined,
    onError: (round, err) => console.error(`round ${round} failed:`, err),
  });
  if (config.sms.provider !== 'outbox')
    log(`短信服务商 / SMS provider: ${config.sms.provider} (${config.sms.endpoint})`);
  else
    warn(
      '未配置短信服务商：验证码和通知只写入服务器日志和系统管理员的“短信发件箱”，读到的人可以用验证码登录该账号；正式上线前请配置 GONGHUI_SMS_PROVIDER（docs/deploy.md“短信”）。 / ' +
        "No SMS provider: codes and notices go only to the server log and the system administrator's SMS outbox, and whoever reads them can sign in with a code; configure GONGHUI_SMS_PROVIDER before going live (docs/deploy.md, SMS).",
    );
  if (config.smtp) {
    const server = smtpServerName(config.smtp.url);
    log(`邮件服务器 / mail server: ${server} (${config.smtp.from})`);
    // checked once, without holding the start: a wrong password or host is said here, not only in mail_attempts
    void checkSmtp(config.smtp.url).then((problem) => {
      if (problem)
        warn(
          `邮件服务器 ${server} 连接或登录失败：${problem}。邮件提醒发不出去，请检查 GONGHUI_SMTP_URL（docs/deploy.md“E-mail (SMTP)”）。 / ` +
            `The mail server ${server} could not be reached or refused the sign-in: ${problem}. No e-mail reminder will leave; check GONGHUI_SMTP_URL (docs/deploy.md, E-mail (SMTP)).`,
        );
    });
  }
  const app = await buildApp({
    db,
    services,
    logger: true,
    logRequests: process.env.LOG_REQUESTS === '1',
    webDist: config.webDist,
    secureCookies: config.production,
    trustProxy: config.trustProxy,
    testRoutes: config.testRoutes,
    metricsToken: config.metricsToken,
  });
  await app.listen({ port: config.port, host: config.host });

  log(
    `\nGonghui 工会服务平台: http://localhost:${config.port}  (database: ${db.kind}${db.kind === 'pglite' ? `, ${config.dataDir}` : ''})`,
  );
  log(`API docs: http://localhost:${config.port}/api/docs`);
  const setupToken = await prepareSetup(db);
  if (setupToken) {
    log(
      `\n尚无任何账号。请打开 http://localhost:${config.port}/setup 创建系统管理员，一次性设置口令：${setupToken}` +
        `\nNo account exists yet. Open http://localhost:${config.port}/setup to create the system administrator; one-time set-up token: ${setupToken}` +
        // the command line cannot open the embedded database the server holds
        (db.kind === 'pglite'
          ? '\n（或先停止服务器，再运行 / or stop the server first, then run: npm run cli -- admin create --username NAME --password-stdin）'
          : '\n（或 / or: npm run cli -- admin create --username NAME --password-stdin）'),
    );
  } else if (config.seedDemo && !config.production && (await demoAccountsLoaded(db))) {
    log(`\n演示账号 / Demo accounts (password 密码: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.username.padEnd(10)} ${a.zh} / ${a.en}`);
    log(`  ${'judge1–3'.padEnd(10)} 第二届通州工匠评委 / judges of 第二届通州工匠`);
  }

  // Ctrl-C reaches every process of the group, and a wrapper (npm, tsx) passes it on too: the second
  // signal must not kill the server while it is closing the embedded database.
  let stopping = false;
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping…`);
    // Not ready from now on; no new connections; requests in flight, rounds and jobs under way are finished.
    app.lifecycle.startDraining();
    const limit = config.drainSeconds * 1000;
    const closed = app.close();
    await rounds.stop();
    const left = await services.jobs.drain(limit);
    if (left) warn(`${left} job(s) still running at exit; another server's sweep fails them`);
    await Promise.race([closed, new Promise((r) => setTimeout(r, limit).unref())]);
    await forgetHolder(db, holder).catch(() => undefined);
    await db.close();
    release();
    log('stopped');
    process.exit(code);
  };
  stopForKey = () => void stop('KEY', 1);
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
