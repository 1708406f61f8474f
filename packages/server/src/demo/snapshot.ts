import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { emptyClusterName, isPgliteDir } from '../db/db.ts';
import { lockDataDir } from '../runtime.ts';

/**
 * The demo database made once when the project is installed (npm's `prepare`, scripts/prepare.mjs) and copied into
 * a new data directory by its first start, instead of loading the demo there (≈ 45 s of CPU). ADR 0068.
 *
 * Beside the built server, `dist/demo-snapshot/` holds `pglite/` (a closed PGlite cluster holding the demo),
 * `id-key` (the ID-number key its ID numbers are encrypted and hashed with, made at random when the snapshot was
 * made: each installation its own) and `snapshot.json` (the build it was made by, and the day).
 */
export const SNAPSHOT_DIR = 'demo-snapshot';

export interface SnapshotMeta {
  /** `buildVersion` of the build that made it. */
  version: string;
  /** The day in China it was made on (the demo's "today"). */
  madeOn: string;
}

/**
 * The version of the built server in `distDir`: a hash of the bundle (every module's services and demo seeders),
 * the migrations beside it and the PGlite version (a cluster opens only in the PGlite that made it). Null when the
 * server does not run from a build (tsx, tests): no snapshot is used then.
 */
export function buildVersion(distDir: string): string | null {
  const main = join(distDir, 'main.js');
  if (!existsSync(main)) return null;
  const hash = createHash('sha256').update(emptyClusterName()).update(readFileSync(main));
  const modules = join(distDir, 'modules');
  for (const module of existsSync(modules) ? readdirSync(modules).sort() : []) {
    const dir = join(modules, module, 'migrations');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      hash.update(`\0${module}/${file}\0`).update(readFileSync(join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Whether a snapshot made on `madeOn` may serve as the demo of `today`: only on its day. The demo's dates are
 * relative to the day it is loaded (this year's figures, the counsellor's slots over the next two weeks, batches and
 * deadlines ahead), so a copy made that day is the demo a load would make, and browser journeys see the same.
 */
export function isFreshOn(madeOn: string, today: string): boolean {
  return madeOn === today;
}

function readMeta(dir: string): SnapshotMeta | null {
  try {
    const meta = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')) as Partial<SnapshotMeta>;
    if (typeof meta.version !== 'string' || typeof meta.madeOn !== 'string') return null;
    if (!isPgliteDir(join(dir, 'pglite')) || !existsSync(join(dir, 'id-key'))) return null;
    return { version: meta.version, madeOn: meta.madeOn };
  } catch {
    return null;
  }
}

/** Why the snapshot in `dir` cannot serve `version` today, in both languages; null when it can. */
export function snapshotProblem(dir: string, version: string, today: string): string | null {
  const meta = readMeta(dir);
  if (!meta)
    return '没有演示数据快照（npm install 时生成） / there is no demo snapshot (npm install makes one)';
  if (meta.version !== version) {
    return '演示数据快照由另一版本的代码生成 / the demo snapshot was made by another version of the code';
  }
  if (!isFreshOn(meta.madeOn, today)) {
    return `演示数据快照生成于 ${meta.madeOn}，不是今天 / the demo snapshot was made on ${meta.madeOn}, not today`;
  }
  return null;
}

export type RestoreOutcome =
  | { restored: true; madeOn: string }
  /** `reason` is null where no snapshot was to be expected (demo off, production, not a build). */
  | { restored: false; reason: string | null };

/**
 * The first start of a new embedded database: copies the demo snapshot into `DATA_DIR/pglite` and its ID-number key
 * into `DATA_DIR/id-key`, when the snapshot fits — made by this build, today — and the
 * installation has no key of its own that differs (GONGHUI_ID_KEY, or an id-key file already in DATA_DIR): the
 * snapshot's ID numbers can be read only with its key. Otherwise the caller loads the demo as before.
 */
export function restoreDemoSnapshot(
  config: Pick<Config, 'dataDir' | 'idKey' | 'seedDemo' | 'production'>,
  snapshot: { dir: string; version: string | null },
  today: string,
): RestoreOutcome {
  if (!config.seedDemo || config.production || !snapshot.version) return { restored: false, reason: null };
  const problem = snapshotProblem(snapshot.dir, snapshot.version, today);
  if (problem) return { restored: false, reason: problem };
  if (config.idKey) {
    return {
      restored: false,
      reason:
        '已设置 GONGHUI_ID_KEY，演示数据快照的身份证号用的是另一密钥 / GONGHUI_ID_KEY is set: the demo snapshot is encrypted with another key',
    };
  }
  const snapshotKey = readFileSync(join(snapshot.dir, 'id-key'), 'utf8').trim();
  const keyFile = join(config.dataDir, 'id-key');
  const target = join(config.dataDir, 'pglite');
  const partial = `${target}.restoring`;
  const release = lockDataDir(config.dataDir);
  try {
    // Prepared meanwhile by another start, or a folder that is no database: left as it is.
    if (existsSync(target) && readdirSync(target).length > 0) return { restored: false, reason: null };
    if (existsSync(keyFile) && readFileSync(keyFile, 'utf8').trim() !== snapshotKey) {
      return {
        restored: false,
        reason: `${keyFile} 是另一密钥 / ${keyFile} holds another key than the demo snapshot's`,
      };
    }
    // A copy left by a start killed while copying is discarded; the cluster appears at once, by a rename.
    rmSync(partial, { recursive: true, force: true });
    rmSync(target, { recursive: true, force: true }); // empty
    cpSync(join(snapshot.dir, 'pglite'), partial, { recursive: true });
    if (!existsSync(keyFile)) {
      copyFileSync(join(snapshot.dir, 'id-key'), keyFile);
      chmodSync(keyFile, 0o600);
    }
    renameSync(partial, target);
    return { restored: true, madeOn: (readMeta(snapshot.dir) as SnapshotMeta).madeOn };
  } finally {
    release();
  }
}

/**
 * Makes the demo snapshot in `distDir` unless one there fits today: a new random ID-number key, then `load` (which
 * migrates and loads the demo into a data directory holding that key), written beside under a temporary name and
 * renamed into place. Returns whether one was made.
 */
export async function makeDemoSnapshot(
  distDir: string,
  today: string,
  load: (dataDir: string) => Promise<void>,
): Promise<boolean> {
  const version = buildVersion(distDir);
  if (!version) throw new Error(`${distDir} holds no built server (main.js)`);
  const dir = join(distDir, SNAPSHOT_DIR);
  if (!snapshotProblem(dir, version, today)) return false;
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    writeFileSync(join(partial, 'id-key'), randomBytes(32).toString('base64'), { mode: 0o600 });
    await load(partial);
    const meta: SnapshotMeta = { version, madeOn: today };
    writeFileSync(join(partial, 'snapshot.json'), `${JSON.stringify(meta, null, 2)}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
    return true;
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}
