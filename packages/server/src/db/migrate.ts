import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './db.ts';

const MIGRATION_LOCK = 7341001;

export interface MigrationSource {
  module: string;
  dir: URL;
}

/**
 * Applies each module's `migrations/NNN_name.sql` in module order, once, each file in its own
 * transaction. The same files serve PGlite and PostgreSQL. On PostgreSQL an advisory lock keeps two
 * starting servers from migrating at once.
 */
export async function migrate(db: Db, sources: MigrationSource[]): Promise<string[]> {
  // created only when missing: `create table if not exists` needs the right to create in the schema, which the
  // application's role lacks when it does not own the tables (docs/security.md) and has nothing to migrate
  const { rows } = await db.query<{ table: string | null }>(
    "select to_regclass('schema_migrations')::text as table",
  );
  if (!rows[0].table) {
    await db.query(`create table if not exists schema_migrations (
      id text primary key, applied_at timestamptz not null default now())`);
  }
  // on a connection of its own: a pooled query could take the lock on one connection and unlock on another,
  // leaving it held until that connection closed while a second starting server waited
  const unlock = (await db.lock?.(MIGRATION_LOCK, { wait: true })) ?? null;
  try {
    const applied: string[] = [];
    for (const { id, url } of await notApplied(db, sources)) {
      const text = readFileSync(url, 'utf8');
      await db
        .tx(async (sql) => {
          for (const statement of splitStatements(text)) await sql.query(statement);
          await sql.query('insert into schema_migrations (id) values ($1)', [id]);
        })
        .catch((e: unknown) => {
          throw notTheOwner(e, id) ?? e;
        });
      applied.push(id);
    }
    return applied;
  } finally {
    await unlock?.();
  }
}

/**
 * What a server's start or a command says of the migrations it applied, for the operator timing an upgrade
 * (docs/deploy.md, "Upgrading"): how many, how long, and the first few by name; null when none were.
 */
export function describeAppliedMigrations(applied: string[], ms: number): string | null {
  if (!applied.length) return null;
  const more = applied.length > 5 ? ` … (+${applied.length - 5})` : '';
  const names = `${applied.slice(0, 5).join(', ')}${more}`;
  const seconds = (ms / 1000).toFixed(1);
  return (
    `已应用 ${applied.length} 个数据库迁移（${seconds} 秒）：${names} / ` +
    `applied ${applied.length} database migration${applied.length === 1 ? '' : 's'} (${seconds} s): ${names}`
  );
}

/**
 * A migration refused for want of a right (SQLSTATE 42501, "must be owner of table …"): the server or command
 * connects as the application's role, which does not own the tables (docs/security.md, "Audit log"). The error
 * names the migration and what the operator does, in Chinese and English; null for any other error.
 */
function notTheOwner(e: unknown, id: string): Error | null {
  if ((e as { code?: string }).code !== '42501') return null;
  const why = (e as Error).message;
  return new Error(
    `数据库迁移 ${id} 未能执行（${why}）：所用的数据库角色不是表的所有者，不能迁移。请先用所有者的 DATABASE_URL 运行一次 ` +
      '`npm run cli -- audit verify`（命令会先执行迁移），再按 docs/security.md“Audit log”为应用角色重新授权，然后启动服务器。' +
      ` / Migration ${id} could not be applied (${why}): the database role in use does not own the tables and cannot ` +
      "migrate. Run `npm run cli -- audit verify` once with the owner's DATABASE_URL (commands migrate first), repeat " +
      'the grants for the application\'s role (docs/security.md, "Audit log"), then start the server.',
  );
}

/** The migration files not applied yet (a server is not ready while there are any: readiness). */
export async function listPendingMigrations(db: Db, sources: MigrationSource[]): Promise<string[]> {
  return (await notApplied(db, sources)).map((m) => m.id);
}

/** The migration files (`<module>/<file>`) not in schema_migrations yet, each module's in the order of their names. */
async function notApplied(db: Db, sources: MigrationSource[]): Promise<{ id: string; url: URL }[]> {
  const done = new Set(
    (await db.query<{ id: string }>('select id from schema_migrations')).rows.map((r) => r.id),
  );
  const out: { id: string; url: URL }[] = [];
  for (const { module, dir } of sources) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.sql'));
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      const id = `${module}/${file}`;
      if (!done.has(id)) out.push({ id, url: new URL(file, dir) });
    }
  }
  return out;
}

/** Splits on semicolons at line ends, keeping $$-quoted bodies whole. */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of text.split('\n')) {
    if (/^\s*--/.test(line) && !inDollar) continue;
    const dollars = (line.match(/\$\$/g) ?? []).length;
    if (dollars % 2 === 1) inDollar = !inDollar;
    current += `${line}\n`;
    if (!inDollar && /;\s*$/.test(line)) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
