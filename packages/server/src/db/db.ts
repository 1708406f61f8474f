import { createHash } from 'node:crypto';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';

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
}

/** int8 and numeric come back as numbers (counts, fen), date as 'YYYY-MM-DD' on both drivers. */
const toNumber = (v: string) => Number(v);
const asIs = (v: string) => v;

pg.types.setTypeParser(20, toNumber);
pg.types.setTypeParser(1700, toNumber);
pg.types.setTypeParser(1082, asIs);

export async function openPglite(dataDir?: string): Promise<Db> {
  const lite = await PGlite.create({
    dataDir,
    parsers: { [pgliteTypes.INT8]: toNumber, [pgliteTypes.NUMERIC]: toNumber, [pgliteTypes.DATE]: asIs },
  });
  const wrap = (q: Pick<PGlite, 'query'>): Sql => ({
    async query<T>(text: string, params?: unknown[]) {
      const r = await q.query<T>(text, params as never[]);
      return { rows: r.rows };
    },
  });
  return {
    kind: 'pglite',
    ...wrap(lite),
    tx: (fn) => lite.transaction((t) => fn(wrap(t))),
    close: () => lite.close(),
  };
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
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<T>(text: string, params?: unknown[], options?: QueryOptions) {
            const r = await client.query(
              options?.prepare
                ? { name: statementName(text), text, values: params }
                : { text, values: params },
            );
            return { rows: r.rows as T[] };
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
