/**
 * Correcting a visit on record (a past ledger's visit: no campaign, its grant paid outside the platform): what the
 * clerk corrects replaces what is on file, its counts move with its day and people, each change is in its history;
 * a campaign's visit, whose goods left its stock and whose grant went through the ledger, is not corrected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { rejection } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import { sumCounts } from '../reporting/index.ts';
import { CARE_SUBJECTS } from './care.counts.ts';
import { type CareWorld, createCareWorld } from './care.test-kit.ts';

let w: CareWorld;
beforeAll(async () => {
  // 12:00 on 2026-11-23 in China: the service's today
  w = await createCareWorld(await createTestDb(), fixedClock('2026-11-23T04:00:00Z'));
});
afterAll(async () => w?.db.close());

const counted = async (subject: string, year: number) =>
  (await sumCounts(w.db, { subject, path: w.grass.path, from: `${year}-01-01`, to: `${year}-12-31` })).reduce(
    (n, r) => n + r.n,
    0,
  );

/** A visit to a unit outside any campaign, as a past ledger brings one in. */
const pastUnitVisit = () =>
  w.care.visits.logVisit(w.staff(w.grass), {
    orgId: w.grass.id,
    recipientKind: 'enterprise',
    unitName: `往年走访企业${w.ctx.unique()}`,
    people: 12,
    visitedOn: '2023-01-10',
    visitors: '工会主席 张强',
    goods: [],
  });

describe('correcting a visit on record', () => {
  it('replaces what is on file, moves its counts to the corrected day and people, and keeps each change', async () => {
    const v = await pastUnitVisit();
    const before = await w.care.visits.getVisit(w.staff(w.grass), v.id);
    expect([before.correctable, before.edits]).toEqual([true, []]);
    const [visits2023, people2023, visits2024] = [
      await counted(CARE_SUBJECTS.visits, 2023),
      await counted(CARE_SUBJECTS.people, 2023),
      await counted(CARE_SUBJECTS.visits, 2024),
    ];

    const after = await w.care.visits.editVisit(w.staff(w.grass), v.id, {
      visitedOn: '2024-01-12',
      people: 15,
      unitName: ' 北京往年走访企业有限公司 ',
      visitors: ' 工会主席 张强、副主席 李丽 ',
      goodsWritten: '米面油 15 份',
      grantFen: 150_000,
      note: '',
    });
    expect(after.visit).toMatchObject({
      visitedOn: '2024-01-12',
      people: 15,
      recipient: '北京往年走访企业有限公司',
      visitors: '工会主席 张强、副主席 李丽',
      goodsWritten: '米面油 15 份',
      grantFen: 150_000,
      note: null,
    });
    // counted again on its corrected day with its corrected people, and no longer on the old one
    expect(await counted(CARE_SUBJECTS.visits, 2023)).toBe(visits2023 - 1);
    expect(await counted(CARE_SUBJECTS.people, 2023)).toBe(people2023 - 12);
    expect(await counted(CARE_SUBJECTS.visits, 2024)).toBe(visits2024 + 1);
    expect(after.edits).toHaveLength(1);
    expect(Object.fromEntries(after.edits[0].changes.map((c) => [c.field, [c.from, c.to]]))).toEqual({
      visitedOn: ['2023-01-10', '2024-01-12'],
      people: [12, 15],
      unitName: [before.visit.recipient, '北京往年走访企业有限公司'],
      visitors: ['工会主席 张强', '工会主席 张强、副主席 李丽'],
      goodsWritten: [null, '米面油 15 份'],
      grantFen: [0, 150_000],
    });

    // sent again as it stands: nothing changes, nothing is recorded
    const again = await w.care.visits.editVisit(w.staff(w.grass), v.id, { people: 15, note: null });
    expect(again.edits).toHaveLength(1);
  });

  it('counts a visit once however many corrections of it come at once', async () => {
    const v = await pastUnitVisit();
    const people2023 = await counted(CARE_SUBJECTS.people, 2023);
    const staff = w.staff(w.grass);
    await Promise.all([20, 30, 40].map((people) => w.care.visits.editVisit(staff, v.id, { people })));
    const now = (await w.care.visits.getVisit(staff, v.id)).visit.people;
    // each correction took off what the one before it left: the count is the visit's people as it stands
    expect(await counted(CARE_SUBJECTS.people, 2023)).toBe(people2023 - 12 + now);
  });

  it('refuses a day ahead, a worker visit reaching more than one or moved to a unit, an empty unit and an empty list of visitors', async () => {
    const v = await pastUnitVisit();
    const staff = w.staff(w.grass);
    expect(await rejection(w.care.visits.editVisit(staff, v.id, { visitedOn: '2026-11-24' }))).toMatchObject({
      kind: 'invalid',
      details: { field: 'visitedOn' },
    });
    expect(await rejection(w.care.visits.editVisit(staff, v.id, { visitors: '  ' }))).toMatchObject({
      kind: 'invalid',
      details: { field: 'visitors' },
    });
    const p = await w.ctx.newPerson(w.grass);
    const toWorker = await w.care.visits.logVisit(staff, {
      orgId: w.grass.id,
      recipientKind: 'person',
      personId: p.id,
      visitedOn: '2023-01-11',
      visitors: '工会主席 张强',
      goods: [],
    });
    expect(await rejection(w.care.visits.editVisit(staff, toWorker.id, { people: 3 }))).toMatchObject({
      kind: 'invalid',
      details: { field: 'people' },
    });
    // a worker's visit names its person, whom no correction replaces; a unit's keeps a name
    expect(
      await rejection(w.care.visits.editVisit(staff, toWorker.id, { unitName: '某企业' })),
    ).toMatchObject({
      kind: 'invalid',
      details: { field: 'unitName' },
    });
    expect(await rejection(w.care.visits.editVisit(staff, v.id, { unitName: ' ' }))).toMatchObject({
      kind: 'invalid',
      details: { field: 'unitName' },
    });
    // nothing of the refused corrections was written
    expect((await w.care.visits.getVisit(staff, v.id)).visit.visitedOn).toBe('2023-01-10');
  });

  it("refuses a campaign's visit and a visit whose grant went through the ledger, and another district's", async () => {
    const { campaign, apples } = await w.newCampaign();
    const inCampaign = await w.care.visits.logVisit(w.staff(w.town), {
      campaignId: campaign.id,
      orgId: w.town.id,
      recipientKind: 'enterprise',
      unitName: '活动走访企业',
      people: 5,
      visitedOn: '2021-12-20',
      visitors: '镇总工会',
      goods: [{ stockId: apples.id, quantity: 2 }],
    });
    expect((await w.care.visits.getVisit(w.staff(w.town), inCampaign.id)).correctable).toBe(false);
    expect(
      await rejection(w.care.visits.editVisit(w.staff(w.town), inCampaign.id, { note: '更正' })),
    ).toMatchObject({ code: 'CARE_VISIT_NOT_CORRECTABLE' });
    const p = await w.ctx.newPerson(w.grass);
    const granted = await w.care.visits.logVisit(w.staff(w.grass), {
      orgId: w.grass.id,
      recipientKind: 'person',
      personId: p.id,
      visitedOn: '2023-02-01',
      visitors: '工会主席 张强',
      goods: [],
      grantFen: 50_000,
    });
    expect(
      await rejection(w.care.visits.editVisit(w.staff(w.grass), granted.id, { grantFen: 60_000 })),
    ).toMatchObject({ code: 'CARE_VISIT_NOT_CORRECTABLE' });
    const v = await pastUnitVisit();
    expect(await rejection(w.care.visits.editVisit(w.staff(w.other), v.id, { note: '越权' }))).toMatchObject({
      kind: 'not_found',
    });
  });
});
