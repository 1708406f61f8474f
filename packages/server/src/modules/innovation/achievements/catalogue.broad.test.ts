/**
 * A broad query (more matches than the catalogue reads) is answered without reading every match (ADR 15): its total
 * and facet counts are estimates and say so, its pages reach the matches read, its title and abstract matches come
 * first. The limits are made small here; a sample of the whole (small) table makes the estimates exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Db } from '../../../db/db.ts';
import { searchCatalogue } from './catalogue.search.ts';

let db: Db;
let ctx: TestContext;
let region: number;
const head: number[] = [];
const body: number[] = [];
const SMALL = { EXACT: 5, COUNT: 0, RANK_ALL: 3, HEAD: 3, SAMPLE_PAGES: 1_000_000 };

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  const root = await ctx.newRoot();
  const district = await ctx.newOrg(root, 'district', `宽查询测试区总工会${ctx.unique()}`);
  region = district.id;
  const firm = await ctx.newOrg(district, 'grassroots');
  const staff = ctx.actor('staff', district);
  const studio = (await ctx.newStudio(firm, { name: '镗工攻关组', industry: '制造业' })).id;
  const team = [(await ctx.newPerson(firm)).id];
  const svc = ctx.services.innovation.achievements;
  for (let i = 0; i < 12; i++) {
    const inTitle = i % 2 === 0;
    const a = await svc.createAchievement(staff, {
      studioId: studio,
      title: inTitle ? `镗床主轴改进${i}` : `加工效率提升${i}`,
      abstract: '提高加工精度。',
      body: inTitle ? '' : '对镗床的夹具进行了改造。',
      type: i < 4 ? 'invention_patent' : 'technical_innovation',
      year: 2020 + (i % 3),
      team,
      ...(i < 4
        ? { patent: { type: 'invention', number: `ZL2021${ctx.unique()}.${i}`, grantedOn: '2021-05-01' } }
        : {}),
    });
    await svc.publishAchievement(staff, a.id);
    (inTitle ? head : body).push(a.id);
  }
}, 120_000);
afterAll(async () => db?.close());

describe('a broad query', () => {
  it('gives an estimated total and facet counts, says so, and ranks title matches first', async () => {
    const r = await searchCatalogue(db, { q: '镗床', region, pageSize: 20 }, SMALL);
    expect(r).toMatchObject({ estimated: true, facetsEstimated: true, total: 12 });
    const count = (f: keyof typeof r.facets) => r.facets[f].reduce((n, b) => n + b.count, 0);
    expect(count('type')).toBe(12);
    expect(count('year')).toBe(12);
    expect(r.facets.type).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 'invention_patent', count: 4 })]),
    );
    // the pages reach what was read: the first title matches (ranked), then the matches read, newest first
    const ids = r.items.map((i) => i.id);
    expect(ids.length).toBe(r.browsable);
    expect(r.browsable).toBeLessThanOrEqual(r.total);
    expect(head).toEqual(expect.arrayContaining(ids.slice(0, 3)));
    expect(new Set(ids).size).toBe(ids.length);
    // the matches read are the newest EXACT + 1, the same at each request (the pages stay put)
    const newest = [...head, ...body].sort((a, b) => b - a).slice(0, 6);
    expect(ids.slice(3)).toEqual(newest.filter((id) => !ids.slice(0, 3).includes(id)));
    expect((await searchCatalogue(db, { q: '镗床', region, pageSize: 20 }, SMALL)).items).toEqual(r.items);
  });

  it('is exact below the limits, as before', async () => {
    const r = await searchCatalogue(db, { q: '镗床', region, pageSize: 20 });
    expect(r).toMatchObject({ estimated: false, facetsEstimated: false, total: 12, browsable: 12 });
    expect(r.items.slice(0, 6).map((i) => i.id)).toEqual(expect.arrayContaining(head));
    expect(r.items.map((i) => i.id).sort()).toEqual([...head, ...body].sort());
  });

  it('counts and pages a broad word narrowed by a facet exactly, its facets still estimated', async () => {
    const r = await searchCatalogue(db, { q: '镗床', region, type: 'invention_patent', pageSize: 20 }, SMALL);
    expect(r).toMatchObject({ estimated: false, facetsEstimated: true, total: 4, browsable: 4 });
    expect(r.items.map((i) => i.id).sort()).toEqual([head[0], body[0], head[1], body[1]].sort());
    expect(r.items.every((i) => i.type === 'invention_patent')).toBe(true);
    expect(r.facets.type.reduce((n, b) => n + b.count, 0)).toBe(12);
  });

  it('estimates a broad word still broad after a facet, and pages through what it read with the facet', async () => {
    const r = await searchCatalogue(
      db,
      { q: '镗床', region, type: 'technical_innovation', pageSize: 20 },
      SMALL,
    );
    expect(r).toMatchObject({ estimated: true, facetsEstimated: true, total: 8 });
    expect(r.items.every((i) => i.type === 'technical_innovation')).toBe(true);
    // the first EXACT + 1 matches read with the facet, and the (at most HEAD) ranked title matches
    expect(r.browsable).toBeGreaterThanOrEqual(6);
    expect(r.browsable).toBeLessThan(8);
    expect(r.items.length).toBe(r.browsable);
  });

  it('reads every match when the statistics expect at most COUNT: total and facets exact, pages as before', async () => {
    // no ANALYZE yet: no statistics, so the word is expected to be rare and all its matches are read
    const r = await searchCatalogue(db, { q: '镗床', region, pageSize: 20 }, { ...SMALL, COUNT: 100 });
    expect(r).toMatchObject({ estimated: false, facetsEstimated: false, total: 12 });
    expect(r.facets.type).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 'invention_patent', count: 4 })]),
    );
    expect(r.browsable).toBeLessThan(12);
    const narrowed = await searchCatalogue(
      db,
      { q: '镗床', region, type: 'technical_innovation', pageSize: 20 },
      { ...SMALL, COUNT: 100 },
    );
    expect(narrowed).toMatchObject({ estimated: false, facetsEstimated: false, total: 8 });
    expect(narrowed.items.every((i) => i.type === 'technical_innovation')).toBe(true);
  });

  it('trusts the statistics that a word is broad, and counts a facet the sample puts under COUNT exactly', async () => {
    await db.query('analyze innovation_achievements');
    // the statistics put 镗床 in all 12 rows, more than COUNT: the newest EXACT + 1 are read, the rest estimated
    const limits = { ...SMALL, COUNT: 10 };
    const r = await searchCatalogue(db, { q: '镗床', region, pageSize: 20 }, limits);
    expect(r).toMatchObject({ estimated: true, facetsEstimated: true, total: 12 });
    const narrowed = await searchCatalogue(
      db,
      { q: '镗床', region, type: 'technical_innovation', pageSize: 20 },
      limits,
    );
    expect(narrowed).toMatchObject({ estimated: false, facetsEstimated: true, total: 8 });
  });

  it('without words, pages through every published achievement newest first however many', async () => {
    const r = await searchCatalogue(db, { region, pageSize: 20 }, SMALL);
    expect(r.total).toBe(12);
    expect(r.browsable).toBe(12);
    expect(r.items.length).toBe(12);
  });
});
