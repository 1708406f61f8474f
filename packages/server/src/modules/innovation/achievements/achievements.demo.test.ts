/**
 * The demo's achievements read out of the statistics as seed 002 prints them for 昌平: 24 conversions and
 * 34 invention patents; the public catalogue has something to browse in several districts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDb } from '../../../../test/demo-db.ts';
import { createTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Db } from '../../../db/db.ts';
import { sumCounts } from '../../reporting/index.ts';
import { CHANGPING_CONVERSIONS, CHANGPING_INVENTION_PATENTS } from './achievements.demo.ts';

let db: Db;
let t: TestContext;
let changping: string;

beforeAll(async () => {
  db = await createDemoDb(200);
  t = createTestContext(db);
  changping = (await db.query<{ path: string }>(`select path from orgs where name = '昌平区总工会'`)).rows[0]
    .path;
}, 300_000);
afterAll(async () => db?.close());

describe('the demo achievements of 昌平', () => {
  it('count 24 conversions and 34 invention patents over its five years, 2016–2020', async () => {
    const [conversions] = await sumCounts(db, {
      subject: 'innovation.conversions',
      path: changping,
      from: '2016',
      to: '2020',
    });
    expect(conversions.n).toBe(CHANGPING_CONVERSIONS);
    expect(CHANGPING_CONVERSIONS).toBe(24);
    expect(conversions.fen).toBeGreaterThan(0);
    const patents = await sumCounts(db, {
      subject: 'innovation.patents',
      path: changping,
      from: '2016',
      to: '2020',
      by: ['dim'],
    });
    expect(patents.find((p) => p.dim === 'invention')?.n).toBe(CHANGPING_INVENTION_PATENTS);
    expect(CHANGPING_INVENTION_PATENTS).toBe(34);
  });

  it('fill a catalogue worth browsing, by region and type', async () => {
    const all = await t.services.innovation.catalogue.search({});
    expect(all.total).toBeGreaterThanOrEqual(60);
    expect(all.facets.region.length).toBeGreaterThanOrEqual(4);
    expect(all.facets.type.length).toBeGreaterThanOrEqual(5);
    const found = await t.services.innovation.catalogue.search({ q: '团队' });
    expect(found.total).toBeGreaterThan(0);
    expect(found.items[0].snippet).toContain('<mark>团队</mark>');
  });
});
