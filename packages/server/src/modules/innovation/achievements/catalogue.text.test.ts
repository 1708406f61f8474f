/** ADR 0013 in the catalogue: an industry is shown as typed; its facet and filter treat full/half width as one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/api.ts';
import { catalogueWorld, publishedAchievement } from './catalogue.test-kit.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;

beforeAll(async () => {
  t = await createTestApp();
  const world = await catalogueWorld(t);
  staff = world.staff;
  for (const [title, industry] of [
    ['轨道测温装置', '轨道交通（地铁）'],
    ['轨道巡检机器人', '轨道交通(地铁)'],
  ]) {
    const created = await publishedAchievement(t, staff, {
      studioId: world.studio.id,
      title,
      type: 'technical_innovation',
      year: 2024,
      abstract: '在线巡检。',
      industry,
      team: [world.member.id],
    });
    expect(created.industry).toBe(industry);
  }
});

afterAll(async () => {
  await t?.close();
});

describe('the catalogue industry', () => {
  it('keeps each spelling on its card, counts them as one industry and filters by either', async () => {
    const all = await t.call({ method: 'GET', url: '/api/public/achievements?q=轨道' });
    expect(all.statusCode, all.body).toBe(200);
    const body = all.json();
    expect(body.items.map((i: { industry: string }) => i.industry).sort()).toEqual([
      '轨道交通(地铁)',
      '轨道交通（地铁）',
    ]);
    expect(body.facets.industry).toHaveLength(1);
    expect(body.facets.industry[0].count).toBe(2);
    const value = encodeURIComponent('轨道交通（地铁）');
    const filtered = await t.call({
      method: 'GET',
      url: `/api/public/achievements?q=轨道&industry=${value}`,
    });
    expect(filtered.json().total).toBe(2);
  });
});
