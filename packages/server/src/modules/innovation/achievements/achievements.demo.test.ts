/**
 * The demo's achievements read out of the statistics as seed 002 prints them for 昌平: 24 conversions and
 * 34 invention patents; the public catalogue has something to browse in several districts, 孙礼玲创新工作室's work
 * at 昌平区医院 as seed 001 tells it, and each achievement of its studio's industry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDb } from '../../../../test/demo-db.ts';
import { createTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Db } from '../../../db/db.ts';
import { sumCounts } from '../../reporting/index.ts';
import { CHANGPING_CONVERSIONS, CHANGPING_INVENTION_PATENTS, SUN_LILING } from './achievements.demo.ts';

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

  it('hold 孙礼玲创新工作室’s work at 昌平区医院, found by what a visitor types first', async () => {
    const search = (q: string) => t.services.innovation.catalogue.search({ q, pageSize: 50 });
    const coronary = await search('冠状动脉');
    expect(coronary.items[0]).toMatchObject({
      title: SUN_LILING[0].title,
      studio: '孙礼玲创新工作室',
      union: '昌平区医院工会',
      industry: '医疗卫生',
    });
    const studio = await search('孙礼玲创新工作室');
    expect(
      studio.items
        .slice(0, 2)
        .map((i) => i.title)
        .sort(),
    ).toEqual(SUN_LILING.map((a) => a.title).sort());
    expect((await search('血管内超声')).items[0].title).toBe(SUN_LILING[1].title);
    // every demo studio is a 创新工作室; 专利 finds at least 昌平's 34 invention patents
    const all = await t.services.innovation.catalogue.search({});
    expect((await search('创新')).total).toBe(all.total);
    expect((await search('专利')).total).toBeGreaterThanOrEqual(CHANGPING_INVENTION_PATENTS);
  });

  it('are each of their studio’s industry, at studios that fit their union', async () => {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from innovation_achievements a join innovation_studios s on s.id = a.studio_id
        where a.industry is distinct from s.industry`,
    );
    expect(rows[0].n).toBe(0);
    const health = await db.query<{ industry: string | null }>(
      `select distinct s.industry from innovation_studios s join orgs o on o.id = s.org_id
        where o.name like '%医院%' or o.name like '%卫生%'`,
    );
    expect(health.rows.map((r) => r.industry)).toEqual(['医疗卫生']);
  });
});
