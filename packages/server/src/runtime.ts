import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';
import { type Db, openPglite, openPostgres } from './db/db.ts';
import { withReplica } from './db/replica.ts';
import {
  checkKeysOpenValues,
  ensureAlgorithm,
  KeyError,
  type Keyring,
  loadKeyring,
  refreshKeyState,
  refuseNewKeyOverData,
  SERVERS_FIND,
  sampleProtectedValues,
  settleRotation,
} from './modules/keys/index.ts';

/** Lock files this process holds: a second lock on one of them in the same process is refused too. */
const held = new Set<string>();

/** The data directory is locked by another live process; the server says so as below, the command line its own way. */
export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dataDir} 已被另一个 Gonghui 进程（pid ${pid}）使用，不能同时启动两个。\n` +
        `The data directory ${dataDir} is in use by another Gonghui process (pid ${pid}); ` +
        'two servers cannot share one embedded database. Stop the other one, or set DATA_DIR.',
    );
  }
}

const inUse = (dataDir: string, pid: number) => new DataDirInUse(dataDir, pid);

/**
 * PGlite corrupts a data directory opened by two processes, so the embedded database takes a lock
 * file holding the owner's pid. A lock left by a dead process is taken over; so is one bearing this
 * process's own pid that this process does not hold (a container restarted with the same pid).
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'gonghui.lock');
  if (held.has(lockFile)) throw inUse(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      held.add(lockFile);
      const release = () => {
        held.delete(lockFile);
        process.removeListener('exit', release);
        try {
          if (readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let pid = 0;
      try {
        pid = Number(readFileSync(lockFile, 'utf8').trim());
      } catch {
        /* removed meanwhile: try again */
      }
      if (pid && pid !== process.pid && isAlive(pid)) throw inUse(dataDir, pid);
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`无法锁定数据目录 ${dataDir} / could not lock the data directory ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The ID-number key: from GONGHUI_ID_KEY, else generated once into the data directory (with a warning) — unless the
 * database already holds values encrypted under a key (`overData`): then a missing key file stops the start.
 */
export function loadIdKey(
  config: Pick<Config, 'idKey' | 'dataDir'>,
  warn: (msg: string) => void,
  overData = false,
): Buffer {
  if (config.idKey) {
    const key = Buffer.from(config.idKey, 'base64');
    if (key.length !== 32) throw new Error('GONGHUI_ID_KEY must be the base64 of 32 bytes');
    return key;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'id-key');
  if (!existsSync(file)) {
    if (overData) throw refuseNewKeyOverData();
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
    warn(
      `GONGHUI_ID_KEY 未设置，已生成身份证号加密密钥 ${file}，请妥善备份。 / ` +
        `GONGHUI_ID_KEY is not set; generated the ID-number key into ${file}. Back it up: without it the ID numbers cannot be read.`,
    );
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

/**
 * The keyring (ADR 79): `k0` from loadIdKey, later keys from DATA_DIR/keys and GONGHUI_ID_KEYS, which one is
 * current from the database. With GONGHUI_CRYPTO=sm an SM4 key is made current when it is not (the older values
 * stay readable until `keys rotate` re-encrypts them). A key the database names but the ring lacks fails here.
 */
export async function openKeyring(
  db: Db,
  config: Pick<Config, 'idKey' | 'idKeys' | 'dataDir' | 'crypto'>,
  warn: (msg: string) => void,
  now: Date,
): Promise<Keyring> {
  // a key made at random opens nothing already stored: with values in the tables, the keys must be the ones they
  // were written with (a backup restored without its keys stops here, docs/deploy.md "Keys")
  const samples = await sampleProtectedValues(db);
  const ring = loadKeyring(loadIdKey(config, warn, samples.length > 0), config);
  const made = await ensureAlgorithm(db, ring, {
    crypto: config.crypto,
    dataDir: config.dataDir,
    now,
    serversFind: SERVERS_FIND,
  }).catch((e: unknown) => {
    throw keyNotHere(e, config.dataDir) ?? e;
  });
  if (made && !(await settleRotation(db, ring, now)))
    warn(
      `GONGHUI_CRYPTO=sm：新数据改用 SM4 密钥 ${made}（${join(config.dataDir, 'keys')}，请妥善备份）；已有数据请运行 npm run cli -- keys rotate --to sm 重新加密。 / ` +
        `GONGHUI_CRYPTO=sm: new values are written under the SM4 key ${made} (in ${join(config.dataDir, 'keys')}, back it up); run npm run cli -- keys rotate --to sm to re-encrypt the existing ones.`,
    );
  await refreshKeyState(db, ring).catch((e: unknown) => {
    throw keyNotHere(e, config.dataDir) ?? e;
  });
  checkKeysOpenValues(ring, samples);
  return ring;
}

/**
 * A key the database names (current or live) that this process's keyring lacks, said at start with the file it
 * looked for and where the key comes from (another server's DATA_DIR/keys, made by its first start with
 * GONGHUI_CRYPTO=sm or by keys rotate); null for any other error.
 */
function keyNotHere(e: unknown, dataDir: string): KeyError | null {
  if (!(e instanceof KeyError) || !e.missingKey) return null;
  const id = e.missingKey;
  const file = join(dataDir, 'keys', `${id}.key`);
  const out = new KeyError(
    `数据库要求的密钥 ${id} 不在本进程的密钥环中：没有文件 ${file}，GONGHUI_ID_KEYS 中也没有。它是另一台服务器（首次以 GONGHUI_CRYPTO=sm 启动时）或 keys rotate 生成的：` +
      `请把那台服务器 DATA_DIR/keys/ 中的 ${id}.key 复制到 ${join(dataDir, 'keys')}（权限 600），或把其内容以 ${id}=<内容> 写入 GONGHUI_ID_KEYS，再启动（docs/deploy.md“Keys”）。 / ` +
      `Key ${id}, which the database names, is not in this process's keyring: there is no file ${file} and GONGHUI_ID_KEYS has no ${id}. ` +
      `Another server made it (at its first start with GONGHUI_CRYPTO=sm) or keys rotate did: copy ${id}.key from that server's DATA_DIR/keys/ to ` +
      `${join(dataDir, 'keys')} (mode 600), or give its content as ${id}=<content> in GONGHUI_ID_KEYS, then start again (docs/deploy.md, "Keys").`,
  );
  out.missingKey = id;
  return out;
}

export interface Opened {
  db: Db;
  release: () => void;
}

/**
 * Opens PostgreSQL when DATABASE_URL is set (with DATABASE_READ_URL: its replica beside it, for the statistics
 * pages and exports), otherwise the embedded PGlite in DATA_DIR/pglite.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & { databaseReadUrl?: string },
): Promise<Opened> {
  if (config.databaseUrl) {
    const primary = await openPostgres(config.databaseUrl);
    if (!config.databaseReadUrl) return { db: primary, release: () => undefined };
    return { db: withReplica(primary, await openPostgres(config.databaseReadUrl)), release: () => undefined };
  }
  const release = lockDataDir(config.dataDir);
  try {
    return { db: await openPglite(join(config.dataDir, 'pglite')), release };
  } catch (err) {
    release();
    throw err;
  }
}
