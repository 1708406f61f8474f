import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import { type Db, openPglite, type Sql } from './db.ts';

/**
 * A transaction whose statements are asked for while others run (a register writes one statement while it makes
 * the next one's rows): they run in the order asked, on the transaction's one connection; a failure among them
 * undoes them all.
 */
let db: Db;

beforeAll(async () => {
  db = await createTestDb();
  await db.query('create table if not exists tx_turns (n int not null unique)');
});

afterAll(async () => {
  await db.query('drop table if exists tx_turns');
  await db.close();
});

describe('statements asked for together in a transaction', () => {
  it('run in the order asked, each seeing the ones before', async () => {
    await db.query('delete from tx_turns');
    const seen = await db.tx(async (sql) => {
      const asked = [1, 2, 3, 4, 5].map((n) =>
        sql.query<{ before: number }>(
          'with i as (insert into tx_turns (n) values ($1)) select count(*)::int as before from tx_turns',
          [n],
        ),
      );
      return (await Promise.all(asked)).map((r) => r.rows[0].before);
    });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    const { rows } = await db.query<{ n: number }>('select n from tx_turns order by n');
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5]);
  });

  it('are undone together when one of them fails', async () => {
    await db.query('delete from tx_turns');
    const attempt = db.tx(async (sql) => {
      const answers = await Promise.allSettled([
        sql.query('insert into tx_turns (n) values (1)'),
        sql.query('insert into tx_turns (n) values (1)'),
        sql.query('insert into tx_turns (n) values (2)'),
      ]);
      expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
      throw (answers[1] as PromiseRejectedResult).reason;
    });
    await expect(attempt).rejects.toMatchObject({ code: '23505' });
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from tx_turns');
    expect(rows[0].n).toBe(0);
    // the connection went back to the pool clean: the next transaction works
    await db.tx((sql) => sql.query('insert into tx_turns (n) values (3)'));
    expect((await db.query<{ n: number }>('select n from tx_turns')).rows).toEqual([{ n: 3 }]);
  });
});

describe('a statement asked of a transaction after it ended', () => {
  it('is refused, and writes nothing in that transaction or the next', async () => {
    await db.query('delete from tx_turns');
    let late: Sql | undefined;
    await db.tx(async (sql) => {
      late = sql;
      await sql.query('insert into tx_turns (n) values (1)');
    });
    const next = db.tx(async (sql) => {
      await expect(late?.query('insert into tx_turns (n) values (2)')).rejects.toThrow();
      await sql.query('insert into tx_turns (n) values (3)');
    });
    await next;
    const { rows } = await db.query<{ n: number }>('select n from tx_turns order by n');
    expect(rows.map((r) => r.n)).toEqual([1, 3]);
  });
});

describe('a new embedded database', () => {
  it('keeps its WAL in 1 MB segments (ADR 134)', async () => {
    const lite = await openPglite();
    try {
      const { rows } = await lite.query<{ size: string }>(
        'select setting as size from pg_settings where name = $1',
        ['wal_segment_size'],
      );
      expect(Number(rows[0]?.size)).toBe(1024 * 1024);
    } finally {
      await lite.close();
    }
  });
});
