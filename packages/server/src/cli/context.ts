import { join } from 'node:path';
import type { Actor } from '../access/access.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Db, isPgliteDir } from '../db/db.ts';
import { describeAppliedMigrations } from '../db/migrate.ts';
import { migrateAll } from '../db/schema.ts';
import { findDefaultActor, OPERATOR } from '../modules/auth/index.ts';
import { sweepStaleJobs } from '../modules/jobs/index.ts';
import { resolveOrgNames } from '../modules/org/index.ts';
import { DataDirInUse, lockDataDir, openDatabase, openKeyring } from '../runtime.ts';
import { createServices, type Services } from '../services.ts';
import { systemClock } from '../shared/clock.ts';
import { AppError } from '../shared/errors.ts';

export interface CliContext {
  db: Db;
  services: Services;
  /** Results, on stdout. */
  out: (line: string) => void;
  /** Warnings, progress and errors, on stderr. */
  err: (line: string) => void;
  progressStream?: NodeJS.WriteStream;
  /** Where new keys are written (DATA_DIR). */
  dataDir?: string;
}

/**
 * Opens the database the way the server does (DATABASE_URL, else the embedded PGlite in DATA_DIR),
 * applies migrations and clears jobs a dead process left behind.
 */
export async function openCliContext(
  env: NodeJS.ProcessEnv = process.env,
  /** Whether the command may make a new embedded database (the first administrator of a new installation). */
  create = false,
): Promise<CliContext & { close(): Promise<void> }> {
  const config: Config = loadConfig(env);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  // a DATA_DIR left unset names ./data: a command there would answer from a new, empty database (every union and
  // member "not found") instead of the server's
  if (!config.databaseUrl && !create && !isPgliteDir(join(config.dataDir, 'pglite')))
    throw new CliError(
      `${config.dataDir} 中没有数据库：请把 DATA_DIR 设为服务器的数据目录（或设置 DATABASE_URL），与启动服务器时相同。\n` +
        `There is no database in ${config.dataDir}: set DATA_DIR to the server's data directory (or DATABASE_URL), as the server is started with.`,
    );
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(config);
  } catch (e) {
    throw e instanceof DataDirInUse ? inUseByServer(e) : e;
  }
  const { db, release } = opened;
  const migrating = performance.now();
  const applied = describeAppliedMigrations(await migrateAll(db), performance.now() - migrating);
  if (applied) err(applied);
  await sweepStaleJobs(db, { staleSeconds: db.kind === 'pglite' ? 0 : 120 });
  const services = createServices(
    db,
    config,
    await openKeyring(db, config, (m) => err(`warning: ${m}`), systemClock()),
  );
  return {
    db,
    services,
    out: (line) => process.stdout.write(`${line}\n`),
    err,
    progressStream: process.stderr,
    dataDir: config.dataDir,
    async close() {
      await db.close();
      release();
    },
  };
}

/** A failure to report in both languages and exit non-zero, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A command on the embedded database a running server holds: one message, whatever the command, exit 2. */
const inUseByServer = (e: DataDirInUse) =>
  new CliError(
    `数据目录 ${e.dataDir} 中的内嵌数据库正被运行中的服务器（或另一条仍在运行的命令，pid ${e.pid}）使用：请先停止服务器，再运行本命令。\n` +
      `The embedded database in ${e.dataDir} is in use by a running server (or another command still running, pid ${e.pid}): stop the server first, then run this command.`,
    2,
  );

/** Locks DATA_DIR for a command that opens the embedded database itself (backup, restore). */
export function lockForCommand(dataDir: string): () => void {
  try {
    return lockDataDir(dataDir);
  } catch (e) {
    throw e instanceof DataDirInUse ? inUseByServer(e) : e;
  }
}

export const describeError = (e: unknown): string =>
  e instanceof AppError ? `${e.messages.zh}\n${e.messages.en}` : e instanceof Error ? e.message : String(e);

/** The command runs as this user: --as <username>, by default the account named admin. */
export async function resolveActor(db: Db, username: string | undefined): Promise<Actor> {
  const actor = await findDefaultActor(db, username ?? 'admin', 'cli');
  if (!actor && username === undefined) {
    // A fresh database without the admin account: act as the platform itself (audited as "cli").
    return OPERATOR;
  }
  if (!actor) throw new CliError(`找不到启用的用户“${username}”\nNo active user "${username}"`, 2);
  return actor;
}

/** A union named on the command line: its id, or its name (or short name) within the actor's subtree. */
export async function resolveUnion(db: Db, actor: Actor, text: string): Promise<number> {
  if (/^\d+$/.test(text)) return Number(text);
  const hit = (await resolveOrgNames(db, { path: actor.scopePath ?? '/' }, [text])).get(text);
  if (hit === 'ambiguous') {
    throw new CliError(
      `有多个名为“${text}”的工会，请用ID指定\nMore than one union is called "${text}"; give its id`,
      2,
    );
  }
  if (!hit)
    throw new CliError(`管辖范围内没有名为“${text}”的在册工会\nNo active union "${text}" in scope`, 2);
  return hit.id;
}
