import { spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import type { Config } from '../config.ts';
import { isPgliteDir, openPglite } from '../db/db.ts';
import { CliError, lockForCommand } from './context.ts';

/** Where results and messages go. */
export interface BackupIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface BackupOptions {
  /** backup: overwrite an existing file; restore: replace a database that holds data. */
  force?: boolean;
}

const KEY_NOTE = (config: Pick<Config, 'dataDir'>) =>
  `注意：身份证号加密密钥（${join(config.dataDir, 'id-key')}、${join(config.dataDir, 'keys')} 或环境变量 GONGHUI_ID_KEY、GONGHUI_ID_KEYS）不在备份中，请另行妥善备份；没有它，备份中的身份证号无法读取。\n` +
  `Note: the ID-number keys (${join(config.dataDir, 'id-key')}, ${join(config.dataDir, 'keys')} or GONGHUI_ID_KEY, GONGHUI_ID_KEYS) are NOT in the backup: back them up separately; without them the ID numbers in the backup cannot be read.`;

/** After a restore the keys are to be put in place, not backed up: the server refuses to start without them. */
const RESTORE_KEY_NOTE = (config: Pick<Config, 'dataDir'>) =>
  `注意：身份证号加密密钥不在备份中。启动服务器之前，请确认备份来源安装的密钥已就位：id-key 文件放在 ${join(config.dataDir, 'id-key')}，密钥轮换后的密钥文件放在 ${join(config.dataDir, 'keys')}（或为服务器设置与原来相同的 GONGHUI_ID_KEY、GONGHUI_ID_KEYS）；缺少它们时服务器拒绝启动，身份证号无法读取（见 docs/deploy.md“Keys”）。\n` +
  `Note: the ID-number keys are not in the backup. Before starting the server, put the keys of the installation the backup came from in place: its id-key file as ${join(config.dataDir, 'id-key')}, the key files of later rotations in ${join(config.dataDir, 'keys')} (or give the server the same GONGHUI_ID_KEY, GONGHUI_ID_KEYS as before); without them the server refuses to start and the ID numbers cannot be read (docs/deploy.md, "Keys").`;

/** Why a file could not be read or written, in both languages; `missing` says what ENOENT means for it. */
function fileProblem(e: unknown, missing: { zh: string; en: string }): { zh: string; en: string } {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return missing;
    case 'ENOTDIR':
      return { zh: '路径中有一段不是目录', en: 'a part of the path is not a folder' };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { zh: '没有权限', en: 'permission denied' };
    case 'EISDIR':
      return { zh: '这是一个目录', en: 'it is a folder' };
    case 'ENOSPC':
      return { zh: '磁盘空间不足', en: 'no space left on the disk' };
    default: {
      const message = e instanceof Error ? e.message : String(e);
      return { zh: message, en: message };
    }
  }
}

const cannotWrite = (file: string, e: unknown) => {
  const folder = dirname(resolve(file));
  const why = fileProblem(e, { zh: `目录 ${folder} 不存在`, en: `the folder ${folder} does not exist` });
  return new CliError(
    `无法写入备份文件 ${file}：${why.zh}\nCannot write the backup file ${file}: ${why.en}`,
    2,
  );
};

/** A PGlite backup is a gzipped tarball of the cluster; a PostgreSQL one is pg_dump's custom format. */
function backupKind(file: string): 'pglite' | 'postgres' | 'unknown' {
  const head = Buffer.alloc(5);
  try {
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 5, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const why = fileProblem(e, { zh: '文件不存在', en: 'there is no such file' });
    throw new CliError(
      `无法读取备份文件 ${file}：${why.zh}\nCannot read the backup file ${file}: ${why.en}`,
      2,
    );
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  return 'unknown';
}

/** pg_dump or pg_restore: on the PATH, else the newest one below /usr/lib/postgresql (newer tools read older servers). */
export function findPgTool(name: 'pg_dump' | 'pg_restore'): string {
  const onPath = spawnSync(name, ['--version'], { stdio: 'ignore' });
  if (!onPath.error && onPath.status === 0) return name;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const tool = join(base, v, 'bin', name);
      if (existsSync(tool)) return tool;
    }
  }
  throw new CliError(
    `找不到 ${name}：备份和恢复 PostgreSQL 数据库需要 PostgreSQL 客户端工具（Debian/Ubuntu：apt-get install postgresql-client）。\n` +
      `${name} not found: backing up and restoring a PostgreSQL database needs the PostgreSQL client tools ` +
      '(Debian/Ubuntu: apt-get install postgresql-client).',
  );
}

function runTool(tool: string, args: string[]): void {
  const r = spawnSync(tool, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new CliError(
      `${tool} 失败 / ${tool} failed${r.status !== null ? ` (exit code ${r.status})` : ''}:\n${r.error?.message ?? r.stderr.trim()}`,
    );
  }
}

const megabytes = (file: string) => `${(statSync(file).size / 1048576).toFixed(1)} MB`;

/**
 * `backup FILE`: the embedded database as a gzipped tarball of its cluster (PGlite's dumpDataDir), or PostgreSQL
 * with `pg_dump -Fc`. An existing file is kept unless `force`.
 */
export async function backupCommand(
  config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  file: string,
  options: BackupOptions,
  io: BackupIo,
): Promise<number> {
  if (existsSync(file) && !options.force) {
    throw new CliError(
      `文件 ${file} 已存在；要覆盖请加 --force\nThe file ${file} exists; add --force to overwrite it`,
      2,
    );
  }
  // before the dump (minutes, with the embedded database's server stopped), not after it
  try {
    accessSync(dirname(resolve(file)), constants.W_OK);
  } catch (e) {
    throw cannotWrite(file, e);
  }
  if (config.databaseUrl) {
    runTool(findPgTool('pg_dump'), ['--format=custom', '--no-owner', `--file=${file}`, config.databaseUrl]);
  } else {
    const dir = join(config.dataDir, 'pglite');
    if (!isPgliteDir(dir)) {
      throw new CliError(`${config.dataDir} 中没有数据库\nThere is no database in ${config.dataDir}`);
    }
    const release = lockForCommand(config.dataDir);
    try {
      const db = await openPglite(dir);
      try {
        const dump = await db.dump();
        try {
          await writeFile(file, dump, { mode: 0o600 });
        } catch (e) {
          // a partly written file is no backup
          try {
            rmSync(file, { force: true });
          } catch {
            /* a folder, or not made */
          }
          throw cannotWrite(file, e);
        }
      } finally {
        await db.close();
      }
    } finally {
      release();
    }
  }
  // a backup holds every member's data: readable by the account that made it alone, whatever the umask
  chmodSync(file, 0o600);
  io.out(`已备份到 ${file}（${megabytes(file)}） / backed up to ${file} (${megabytes(file)})`);
  io.err(KEY_NOTE(config));
  return 0;
}

/** Whether a PostgreSQL database holds any table of ours. */
async function postgresHasTables(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_tables where schemaname = 'public'",
    );
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}

/**
 * `restore FILE`: into the embedded database in DATA_DIR (a new cluster from the tarball) or into the PostgreSQL
 * database of DATABASE_URL (`pg_restore`). A target that holds data is refused unless `force`; the embedded one is
 * then moved aside, not deleted.
 */
export async function restoreCommand(
  config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  file: string,
  options: BackupOptions,
  io: BackupIo,
): Promise<number> {
  const kind = backupKind(file);
  const engine = config.databaseUrl ? 'postgres' : 'pglite';
  if (kind !== engine) {
    throw new CliError(
      kind === 'unknown'
        ? `${file} 不是 Gonghui 备份\n${file} is not a Gonghui backup`
        : `${file} 是${kind === 'pglite' ? '内嵌数据库' : ' PostgreSQL '}的备份，只能恢复到同类数据库（${kind === 'pglite' ? '不设置 DATABASE_URL' : '设置 DATABASE_URL'}）。\n` +
            `${file} is a backup of ${kind === 'pglite' ? 'the embedded database' : 'PostgreSQL'} and restores only into the same kind (${kind === 'pglite' ? 'without' : 'with'} DATABASE_URL).`,
      2,
    );
  }
  const refuse = (target: string) =>
    new CliError(
      `${target} 中已有数据；要替换请加 --force\n${target} already holds data; add --force to replace it`,
      2,
    );
  if (config.databaseUrl) {
    const replace = await postgresHasTables(config.databaseUrl);
    if (replace && !options.force) throw refuse('DATABASE_URL');
    runTool(findPgTool('pg_restore'), [
      '--no-owner',
      '--exit-on-error',
      ...(replace ? ['--clean', '--if-exists'] : []),
      `--dbname=${config.databaseUrl}`,
      file,
    ]);
  } else {
    const dir = join(config.dataDir, 'pglite');
    const release = lockForCommand(config.dataDir);
    try {
      if (isPgliteDir(dir)) {
        if (!options.force) throw refuse(config.dataDir);
        const aside = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(dir, aside);
        io.err(`原数据库已移到 ${aside} / the database it replaces was moved to ${aside}`);
      }
      const db = await openPglite(dir, { from: new Blob([readFileSync(file)]) });
      await db.close();
    } finally {
      release();
    }
  }
  io.out(`已从 ${file} 恢复 / restored from ${file}`);
  io.err(RESTORE_KEY_NOTE(config));
  return 0;
}
