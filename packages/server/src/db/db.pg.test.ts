/**
 * A transaction's statements asked for together reach its connection one at a time: the driver is never handed a
 * statement while another runs on that connection (its queue for them is deprecated, and gone in pg 9), and
 * they still run in the order asked.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/server-process.ts';
import { type Db, openPostgres } from './db.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase('gh_turns');
  db = await openPostgres(database.url, 2);
}, 120_000);

afterAll(async () => {
  await db?.close();
  await database?.drop();
});

it('hands the connection one statement at a time, in the order asked, a failure among them included', async () => {
  const query = pg.Client.prototype.query;
  let running = 0;
  let most = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    running++;
    most = Math.max(most, running);
    const answer = (query as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    answer.then(
      () => running--,
      () => running--,
    );
    return answer;
  } as typeof query;
  try {
    const order = await db
      .tx(async (sql) => {
        await sql.query('create temporary table turns (n int unique) on commit drop');
        const asked = [1, 2, 3, 3, 4].map((n) =>
          sql.query<{ n: number }>('insert into turns (n) values ($1) returning n', [n]),
        );
        const answers = await Promise.allSettled(asked);
        return answers.map((a) => (a.status === 'fulfilled' ? a.value.rows[0].n : 'refused'));
      })
      .catch((err: { code?: string }) => err.code);
    expect(order).toEqual([1, 2, 3, 'refused', 'refused']);
    expect(most).toBe(1);
  } finally {
    pg.Client.prototype.query = query;
  }
});

it('sends a statement asked while the connection is idle at once, so node works on while PostgreSQL runs it', async () => {
  const query = pg.Client.prototype.query;
  const sent: string[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text;
    sent.push(text);
    return (query as (...a: unknown[]) => Promise<unknown>).apply(this, args);
  } as typeof query;
  try {
    const seen = await db.tx(async (sql) => {
      const first = sql.query('select 1 as n');
      const second = sql.query('select 2 as n');
      // before anything is awaited: the first on its way, the second waiting its turn
      const atOnce = [...sent];
      await Promise.all([first, second]);
      return atOnce;
    });
    expect(seen).toEqual(['BEGIN', 'select 1 as n']);
    expect(sent).toEqual(['BEGIN', 'select 1 as n', 'select 2 as n', 'COMMIT']);
  } finally {
    pg.Client.prototype.query = query;
  }
});
