/** Correcting a care campaign while it is open (ADR 60). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { createTestDb } from '../../../test/test-db.ts';
import { type CareWorld, createCareWorld } from './care.test-kit.ts';

let w: CareWorld;
beforeAll(async () => {
  // 12:00 on 2026-11-23 in China: the service's today
  w = await createCareWorld(await createTestDb(), fixedClock('2026-11-23T04:00:00Z'));
});
afterAll(async () => w?.db.close());

describe('editing a care campaign', () => {
  it('corrects title, period, budget and note while open; keeps its visits inside; history kept', async () => {
    const staff = { ...w.staff(w.town), displayName: '吴芳' };
    const c = await w.care.campaigns.createCampaign(staff, {
      orgId: w.town.id,
      title: '2026年冬季送温暖',
      startsOn: '2026-11-01',
      endsOn: '2027-01-31',
      budgetFen: 100_000_00,
      steps: [],
    });
    const p = await w.ctx.newPerson(w.grass);
    await w.care.visits.logVisit(w.staff(w.grass), {
      orgId: w.grass.id,
      campaignId: c.id,
      recipientKind: 'person',
      personId: p.id,
      visitedOn: '2026-11-20',
      visitors: '工会主席 张强',
      goods: [],
    });
    const edited = await w.care.campaigns.editCampaign(staff, c.id, {
      title: '2026—2027年冬季送温暖',
      endsOn: '2027-02-28',
      budgetFen: 120_000_00,
    });
    expect(edited).toMatchObject({
      title: '2026—2027年冬季送温暖',
      endsOn: '2027-02-28',
      budgetFen: 120_000_00,
    });
    const detail = await w.care.campaigns.getCampaign(staff, c.id);
    expect(detail.edits).toHaveLength(1);
    expect(detail.edits[0].byName).toBe('吴芳');
    expect(Object.fromEntries(detail.edits[0].changes.map((x) => [x.field, [x.from, x.to]]))).toEqual({
      title: ['2026年冬季送温暖', '2026—2027年冬季送温暖'],
      endsOn: ['2027-01-31', '2027-02-28'],
      budgetFen: [100_000_00, 120_000_00],
    });
    await expect(
      w.care.campaigns.editCampaign(staff, c.id, { startsOn: '2026-11-21' }),
    ).rejects.toMatchObject({
      code: 'CARE_INVALID',
    });
    await expect(
      w.care.campaigns.editCampaign(w.staff(w.other), c.id, { title: '越权' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const past = await w.care.campaigns.createCampaign(staff, {
      orgId: w.town.id,
      title: '2021年冬季送温暖',
      startsOn: '2021-01-01',
      endsOn: '2021-02-28',
      budgetFen: 0,
      steps: [],
    });
    await expect(w.care.campaigns.editCampaign(staff, past.id, { budgetFen: 1 })).rejects.toMatchObject({
      code: 'CARE_CAMPAIGN_ENDED',
    });
  });
});
