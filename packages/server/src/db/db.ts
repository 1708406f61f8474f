import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';
import { giveTurn } from '../shared/pace.ts';
import { type ClusterImage, ImageFs } from './pglite-image.ts';

/** What a repository needs: one statement at a time. Both drivers answer the same shape. */
export interface Sql {
  query<T = Record<string, unknown>>(
    text: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<{ rows: T[] }>;
}

export interface QueryOptions {
  /**
   * Keep the statement prepared on each connection (PostgreSQL; PGlite ignores it). For hot, fixed queries whose
   * planning costs as much as their execution. The text must not embed values.
   */
  prepare?: boolean;
}

const statementName = (text: string) => `gh_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;

export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction; a thrown error rolls everything back. */
  tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * PostgreSQL: takes the advisory lock `key` on a connection of its own and answers its release, or null when
   * `wait` is false and another session holds it. The lock lives with that connection, so a pooled `query`
   * cannot take it (it might unlock on another). PGlite has one process: absent, nothing to share.
   */
  lock?(key: number, options?: { wait?: boolean }): Promise<(() => Promise<void>) | null>;
  /** PostgreSQL: the pool's connections (for /metrics). */
  poolStats?(): { total: number; idle: number; waiting: number; max: number };
}

/** int8 and numeric come back as numbers (counts, fen), date as 'YYYY-MM-DD' on both drivers. */
const toNumber = (v: string) => Number(v);
const asIs = (v: string) => v;

pg.types.setTypeParser(20, toNumber);
pg.types.setTypeParser(1700, toNumber);
pg.types.setTypeParser(1082, asIs);

/**
 * PostgreSQL's shared buffers live in PGlite's WebAssembly memory, which never shrinks: the default 128 MB is most
 * of a resting server's memory. The embedded database is small and read through the OS file cache, so a few
 * megabytes of buffers cost little speed (docs/benchmarks.md, bench:startup).
 */
const PGLITE_SHARED_BUFFERS = process.env.GONGHUI_PGLITE_SHARED_BUFFERS || '16MB';

const pgliteStartParams = () => [
  ...PGlite.defaultStartParams,
  '-c',
  `shared_buffers=${PGLITE_SHARED_BUFFERS}`,
];

/**
 * Where a write's reads run beside its transaction (ADR 93, 101): on PostgreSQL the pool, another connection that
 * sees what is committed and reads while the transaction writes; PGlite has one connection, so the transaction.
 */
export const besideTransaction = (db: Db, tx: Sql): Sql => (db.kind === 'postgres' ? db : tx);

/** Whether an error is the database refusing a row by a unique index (unique_violation, 23505), on both drivers. */
export const isUniqueViolation = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === '23505';

/**
 * Whether an error is the database refusing a row by the unique index `index` (23505): a write checked beforehand
 * that another one overtook. The index is named by the error's constraint, or by its message where the driver
 * gives no constraint.
 */
export function violatesUniqueIndex(e: unknown, index: string): boolean {
  const pg = e as { code?: string; constraint?: string; message?: string } | null;
  return pg?.code === '23505' && (pg.constraint ?? pg.message ?? '').includes(index);
}

/**
 * initdb's settings for a new embedded cluster beyond PGlite's own: its WAL in 1 MB segments instead of 16 MB
 * (ADR 134). A cluster keeps the size it was made with, so a database made before keeps its 16 MB segments.
 * scripts/build-server.mjs makes the same cluster.
 */
const PGLITE_INITDB_PARAMS = ['--wal-segsize=1'];

/**
 * The name of the empty cluster for the installed PGlite and the settings above: a cluster only fits the PGlite that
 * made it.
 */
export function emptyClusterName(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return `pglite-${pkg.version}-wal1m-empty.tar.gz`;
}

/** Runs PGlite's initdb once and returns the empty cluster as a gzipped tarball. */
export async function makeEmptyCluster(): Promise<Buffer> {
  const lite = await PGlite.create({
    startParams: pgliteStartParams(),
    initDbStartParams: PGLITE_INITDB_PARAMS,
  });
  try {
    return Buffer.from(await (await lite.dumpDataDir('gzip')).arrayBuffer());
  } finally {
    await lite.close();
  }
}

/**
 * PGlite makes a new database by running initdb in a second instance: about 6 s of CPU and 700 MB of memory that
 * its WebAssembly heap keeps. A new database starts from a stored empty cluster instead: the one the build put beside
 * the server bundle (scripts/build-server.mjs), else one made once into the OS temporary folder.
 */
async function emptyCluster(): Promise<Blob> {
  const name = emptyClusterName();
  const built = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (existsSync(built)) return new Blob([readFileSync(built)]);
  const cached = join(tmpdir(), `gonghui-${name}`);
  if (existsSync(cached)) return new Blob([readFileSync(cached)]);
  const bytes = await makeEmptyCluster();
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, cached);
  return new Blob([bytes]);
}

/** Whether a folder holds a PGlite cluster. */
export const isPgliteDir = (dir: string) => existsSync(join(dir, 'PG_VERSION'));

/**
 * Opens PGlite on a data directory, or in memory without one. A new database starts from `from` (a tarball of a
 * cluster, e.g. a backup) when given, else from the empty cluster. In memory, it may start from an image of a
 * cluster's files instead (`image`), and `keepImage` is given the image of its files once it has shut down
 * (pglite-image.ts: how the tests open theirs).
 */
export async function openPglite(
  dataDir?: string,
  options: { from?: Blob; image?: ClusterImage; keepImage?: (image: ClusterImage) => void } = {},
): Promise<PgliteDb> {
  const fresh = !dataDir || !isPgliteDir(dataDir);
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
  const imaged = !dataDir && (options.image || options.keepImage);
  const lite = await PGlite.create({
    dataDir,
    fs: imaged ? new ImageFs(options.image, options.keepImage) : undefined,
    startParams: pgliteStartParams(),
    loadDataDir: fresh && !options.image ? (options.from ?? (await emptyCluster())) : undefined,
    parsers: { [pgliteTypes.INT8]: toNumber, [pgliteTypes.NUMERIC]: toNumber, [pgliteTypes.DATE]: asIs },
  });
  // PGlite runs in this thread and answers without giving the event loop a turn: a long chain of queries (an
  // import's rows) would hold every other request, so a turn is given between queries when one is due.
  const wrap = (q: Pick<PGlite, 'query'>): Sql => ({
    async query<T>(text: string, params?: unknown[]) {
      const r = await q.query<T>(text, params as never[]);
      await giveTurn();
      return { rows: r.rows };
    },
  });
  return {
    kind: 'pglite',
    ...wrap(lite),
    tx: (fn) => lite.transaction((t) => fn(wrap(t))),
    close: () => lite.close(),
    dump: async () => Buffer.from(await (await lite.dumpDataDir('gzip')).arrayBuffer()),
  };
}

/** The embedded database can also write itself out as a gzipped tarball of its cluster. */
export interface PgliteDb extends Db {
  readonly kind: 'pglite';
  dump(): Promise<Buffer>;
}

/**
 * A statement asked of a transaction after its function has settled: on PostgreSQL it would run on the pooled
 * connection after COMMIT, outside the transaction or inside the next one that takes the connection. It is refused.
 */
export class TransactionEndedError extends Error {
  constructor(text: string) {
    super(
      `a statement was asked of a transaction that has ended: ${text.replace(/\s+/g, ' ').slice(0, 120)}`,
    );
  }
}

export async function openPostgres(url: string, max = 20): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool replaces it */
  });
  await pool.query('select 1');
  return {
    kind: 'postgres',
    async query<T>(text: string, params?: unknown[], options?: QueryOptions) {
      const r = await pool.query(
        options?.prepare ? { name: statementName(text), text, values: params } : { text, values: params },
      );
      return { rows: r.rows as T[] };
    },
    async tx(fn) {
      const client = await pool.connect();
      let open = true;
      // A caller may ask the next statement before the last is answered (writes overlapped with node's work,
      // ADR 93 and 103): they are sent one after another, each when the one before has ended, whether it
      // succeeded or not — the order the driver's own queue kept, which it no longer offers (pg 9). A statement
      // asked while none is running or waiting is sent at once, not on the next turn of the event loop: a caller
      // that asks for a statement and then works on in node (ADR 103, 118) has PostgreSQL write meanwhile (ADR 135).
      let last: Promise<unknown> = Promise.resolve();
      let waiting = 0;
      const inTurn = <R>(send: () => Promise<R>): Promise<R> => {
        const next = waiting ? last.then(send, send) : send();
        waiting++;
        last = next.then(
          () => {
            waiting--;
          },
          () => {
            waiting--;
          },
        );
        return next;
      };
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<T>(text: string, params?: unknown[], options?: QueryOptions) {
            if (!open) throw new TransactionEndedError(text);
            const r = await inTurn(() =>
              client.query(
                options?.prepare
                  ? { name: statementName(text), text, values: params }
                  : { text, values: params },
              ),
            );
            return { rows: r.rows as T[] };
          },
        }).finally(() => {
          open = false;
        });
        await inTurn(() => client.query('COMMIT'));
        return result;
      } catch (err) {
        await inTurn(() => client.query('ROLLBACK')).catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async lock(key, options = {}) {
      const client = await pool.connect();
      try {
        if (options.wait) await client.query('select pg_advisory_lock($1)', [key]);
        else {
          const { rows } = await client.query<{ got: boolean }>('select pg_try_advisory_lock($1) as got', [
            key,
          ]);
          if (!rows[0].got) {
            client.release();
            return null;
          }
        }
      } catch (err) {
        client.release();
        throw err;
      }
      return async () => {
        try {
          await client.query('select pg_advisory_unlock($1)', [key]);
          client.release();
        } catch (err) {
          // a connection that cannot unlock is closed: the server drops its locks with it
          client.release(err instanceof Error ? err : true);
        }
      };
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
    close: () => pool.end(),
  };
}
