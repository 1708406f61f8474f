import { expect } from 'vitest';
import type { createTestApp } from '../../../../test/api.ts';

type App = Awaited<ReturnType<typeof createTestApp>>;

/**
 * What a catalogue test publishes from, over HTTP: a district's staff session, and a studio of a grassroots union
 * under it (with `industry` when given) with one member.
 */
export async function catalogueWorld(t: App, industry?: string) {
  const root = await t.ctx.newRoot();
  const district = await t.ctx.newOrg(root, 'district');
  const firm = await t.ctx.newOrg(district, 'grassroots');
  const studio = await t.ctx.newStudio(firm, { industry });
  const member = await t.ctx.newPerson(firm);
  const staff = await t.signInAs('staff', district);
  return { staff, studio, member };
}

/** An achievement `staff` records and publishes; the record as its creation answered it. */
export async function publishedAchievement(t: App, staff: string, body: Record<string, unknown>) {
  const created = await t.call({ method: 'POST', url: '/api/innovation/achievements', cookie: staff, body });
  expect(created.statusCode, created.body).toBe(200);
  const record = created.json() as { id: number; industry: string | null };
  const published = await t.call({
    method: 'POST',
    url: `/api/innovation/achievements/${record.id}/publish`,
    cookie: staff,
    body: {},
  });
  expect(published.statusCode, published.body).toBe(200);
  return record;
}
