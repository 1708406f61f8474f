import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import type { Db } from '../db/db.ts';
import { COUNT_ALL, capped } from './capped.ts';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

/** The first `cap` of 674 numbers, as a capped list query selects them. */
async function firstOf(cap: number, where = 'true') {
  const { rows } = await db.query<{ n: number; countAll: number }>(
    `select n, ${COUNT_ALL} from generate_series(1, 674) n where ${where} order by n limit ${cap}`,
  );
  return capped(rows);
}

describe('a capped list', () => {
  it('says how many there are in all when it is cut', async () => {
    const list = await firstOf(500);
    expect(list.items).toHaveLength(500);
    expect(list.items[0]).toEqual({ n: 1 });
    expect(list.total).toBe(674);
  });

  it('says its own length when it is whole, and 0 when empty', async () => {
    expect((await firstOf(1000)).total).toBe(674);
    expect(await firstOf(500, 'n > 1000')).toEqual({ items: [], total: 0 });
  });

  it('counts only the rows the filters match', async () => {
    const list = await firstOf(100, 'n % 2 = 0');
    expect(list.items).toHaveLength(100);
    expect(list.total).toBe(337);
  });
});
