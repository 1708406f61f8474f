/**
 * The request counters (activation, sign-in by code, objections to a selection's notice) count by the application's
 * clock, and the hourly housekeeping round removes those whose window started more than a day ago, in every table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { periodicRounds } from '../src/rounds.ts';
import { countInWindow } from '../src/shared/window-count.ts';
import { TEST_NOW } from './clock.ts';
import { createTestContext } from './factories.ts';
import { createTestDb } from './test-db.ts';

const TABLES = ['onboarding_counters', 'sign_in_counters', 'selection_counters'];
const at = (hoursAfter: number) => new Date(TEST_NOW.getTime() + hoursAfter * 3_600_000);

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.close());

describe('request counters', () => {
  it('count in a window that starts with the first request, by the clock given', async () => {
    const count = (hoursAfter: number) =>
      countInWindow(db, 'onboarding_counters', 'window', at(hoursAfter), 3600);
    expect([await count(0), await count(0.5), await count(0.99)]).toEqual([1, 2, 3]);
    // an hour after the first, a new window starts
    expect([await count(1), await count(1.5)]).toEqual([1, 2]);
  });

  it('are removed by the hourly housekeeping once their window started more than a day before', async () => {
    for (const table of TABLES) {
      await countInWindow(db, table, `${table}:old`, at(0), 3600);
      await countInWindow(db, table, `${table}:recent`, at(20), 3600);
    }
    const { services } = createTestContext(db);
    const housekeeping = periodicRounds(db, services).find((r) => r.name === 'housekeeping');
    await housekeeping?.run(at(25));
    const left: string[] = [];
    for (const table of TABLES) {
      const { rows } = await db.query<{ key: string }>(`select key from ${table} where key like $1`, [
        `${table}:%`,
      ]);
      left.push(...rows.map((r) => r.key));
    }
    expect(left.sort()).toEqual(TABLES.map((t) => `${t}:recent`).sort());
  });
});
