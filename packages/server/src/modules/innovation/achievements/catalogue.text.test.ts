/** ADR 0013 in the catalogue: an industry is shown as typed; its facet and filter treat full/half width as one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/api.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  const district = await t.ctx.newOrg(root, 'district');
  const firm = await t.ctx.newOrg(district, 'grassroots');
  const studio = await t.ctx.newStudio(firm);
  const member = await t.ctx.newPerson(firm);
  const user = await t.ctx.newUser('staff', district);
  staff = await t.login(user.username, user.password);
  for (const [title, industry] of [
    ['轨道测温装置', '轨道交通（地铁）'],
    ['轨道巡检机器人', '轨道交通(地铁)'],
  ]) {
    const created = await t.call({
      method: 'POST',
      url: '/api/innovation/achievements',
      cookie: staff,
      body: {
        studioId: studio.id,
        title,
        type: 'technical_innovation',
        year: 2024,
        abstract: '在线巡检。',
        industry,
        team: [member.id],
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json().industry).toBe(industry);
    const id = created.json().id;
    const published = await t.call({
      method: 'POST',
      url: `/api/innovation/achievements/${id}/publish`,
      cookie: staff,
      body: {},
    });
    expect(published.statusCode, published.body).toBe(200);
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
