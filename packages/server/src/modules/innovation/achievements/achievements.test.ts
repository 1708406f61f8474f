import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { OrgRow } from '../../org/index.ts';
import { sumCounts } from '../../reporting/index.ts';
import type { AchievementInput } from './achievements.service.ts';

let db: Db;
let t: TestContext;
let district: OrgRow;
let other: OrgRow;
let staff: Actor;
let outsider: Actor;
let studio: { id: number };
let people: number[];

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext());
  const root = await t.newRoot();
  district = await t.newOrg(root, 'district');
  other = await t.newOrg(root, 'district');
  const firm = await t.newOrg(district, 'grassroots');
  staff = t.actor('staff', district);
  outsider = t.actor('staff', other);
  studio = await t.newStudio(firm, { industry: '电力' });
  people = [];
  for (let i = 0; i < 3; i++) people.push((await t.newPerson(firm)).id);
});
afterAll(async () => db?.close());

let serial = 0;
const input = (
  over: Partial<AchievementInput & { studioId: number }> = {},
): AchievementInput & { studioId: number } => {
  serial += 1;
  return {
    studioId: studio.id,
    title: `变压器绕组在线测温装置${serial}`,
    type: 'invention_patent',
    year: 2024,
    abstract: '针对变压器绕组过热问题，研制在线测温装置，实现早发现早处置。',
    team: [people[0], people[1]],
    patent: { type: 'invention', number: `ZL20241${t.unique()}.${serial % 10}`, grantedOn: '2024-05-10' },
    ...over,
  };
};

const patentRecords = async (achievementId: number) =>
  (
    await db.query<{ personId: number; order: number; patentType: string; source: string }>(
      `select person_id as "personId", inventor_order as "order", patent_type as "patentType", source
         from records where source_ref like $1 order by inventor_order`,
      [`innovation:achievement:${achievementId}:patent:%`],
    )
  ).rows;

const count = async (subject: string, by: ('dim' | 'month')[] = []) =>
  sumCounts(db, { subject, path: district.path, by });

describe('achievements', () => {
  it("put the patent on each team member's records in team order, and count it once", async () => {
    const a = await t.services.innovation.achievements.createAchievement(staff, input());
    expect(a.team.map((m) => m.personId)).toEqual([people[0], people[1]]);
    expect(a.industry).toBe('电力');
    expect(a.publishedAt).toBeNull();
    expect(await patentRecords(a.id)).toEqual([
      { personId: people[0], order: 1, patentType: 'invention', source: 'innovation' },
      { personId: people[1], order: 2, patentType: 'invention', source: 'innovation' },
    ]);
    const edited = await t.services.innovation.achievements.updateAchievement(staff, a.id, {
      ...input(),
      patent: a.patent,
      team: [people[2], people[0]],
    });
    expect(edited.team.map((m) => m.personId)).toEqual([people[2], people[0]]);
    expect((await patentRecords(a.id)).map((r) => [r.personId, r.order])).toEqual([
      [people[2], 1],
      [people[0], 2],
    ]);
  });

  it('keep the reporting counts equal to the raw rows through publish, conversion, edit and withdrawal', async () => {
    const a = await t.services.innovation.achievements.createAchievement(staff, input());
    await t.services.innovation.achievements.publishAchievement(staff, a.id, '2024-06-01');
    await t.services.innovation.achievements.addConversion(staff, a.id, {
      partner: '北京京能电力股份有限公司',
      convertedOn: '2024-09-01',
      valueFen: 12_000_000,
    });
    const b = await t.services.innovation.achievements.createAchievement(
      staff,
      input({ type: 'technical_innovation', patent: null }),
    );
    await t.services.innovation.achievements.publishAchievement(staff, b.id, '2024-07-01');
    await t.services.innovation.achievements.updateAchievement(staff, b.id, {
      ...input(),
      type: 'software',
      patent: null,
    });
    const c = await t.services.innovation.achievements.createAchievement(staff, input());
    await t.services.innovation.achievements.publishAchievement(staff, c.id);
    await t.services.innovation.achievements.unpublishAchievement(staff, c.id);
    await t.services.innovation.achievements.updateAchievement(staff, c.id, {
      ...input(),
      type: 'other',
      patent: null,
    });
    expect(await patentRecords(c.id)).toEqual([]);

    const raw = async (q: string) => (await db.query<{ dim: string; n: number; fen: number }>(q)).rows;
    const inSubtree = `join orgs o on o.id = a.org_id where o.path like '${district.path}%'`;
    const asCounts = (rows: { dim: string; n: number; fen?: number }[]) =>
      Object.fromEntries(rows.filter((r) => r.n).map((r) => [r.dim, [Number(r.n), Number(r.fen ?? 0)]]));
    expect(asCounts(await count('innovation.patents', ['dim']))).toEqual(
      asCounts(
        await raw(`select a.patent_type as dim, count(*) as n, 0 as fen from innovation_achievements a ${inSubtree}
                     and a.patent_type is not null group by 1`),
      ),
    );
    expect(asCounts(await count('innovation.achievements', ['dim']))).toEqual(
      asCounts(
        await raw(`select a.type as dim, count(*) as n, 0 as fen from innovation_achievements a ${inSubtree}
                     and a.published_at is not null group by 1`),
      ),
    );
    expect(asCounts(await count('innovation.conversions'))).toEqual(
      asCounts(
        await raw(`select '' as dim, count(*) as n, sum(c.value_fen) as fen from innovation_conversions c
                     join innovation_achievements a on a.id = c.achievement_id ${inSubtree}`),
      ),
    );
    const published = await count('innovation.achievements', ['dim', 'month']);
    expect(published.find((r) => r.dim === 'software')?.month).toBe('2024-07');
  });

  it('refuse what is wrong, naming the field, and change nothing', async () => {
    const before = (await db.query<{ n: number }>('select count(*)::int as n from innovation_achievements'))
      .rows[0].n;
    const svc = t.services.innovation.achievements;
    await expect(svc.createAchievement(staff, input({ patent: null }))).rejects.toMatchObject({
      code: 'ACHIEVEMENT_PATENT_TYPE',
      details: { field: 'patent.type' },
    });
    await expect(svc.createAchievement(staff, input({ team: [people[0], people[0]] }))).rejects.toMatchObject(
      {
        code: 'ACHIEVEMENT_TEAM_DUPLICATE',
        details: { field: 'team.1' },
      },
    );
    await expect(svc.createAchievement(outsider, input())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(svc.createAchievement(staff, input({ studioId: 999_999 }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const taken = await svc.createAchievement(staff, input());
    await expect(svc.createAchievement(staff, input({ patent: taken.patent }))).rejects.toMatchObject({
      code: 'ACHIEVEMENT_PATENT_TAKEN',
    });
    await expect(
      svc.createAchievement(staff, input({ awardRecordIds: [taken.id + 1_000_000] })),
    ).rejects.toMatchObject({ code: 'ACHIEVEMENT_AWARD_INVALID', details: { field: 'awardRecordIds.0' } });
    await svc.publishAchievement(staff, taken.id);
    await expect(svc.publishAchievement(staff, taken.id)).rejects.toMatchObject({
      code: 'ACHIEVEMENT_PUBLISHED',
    });
    await expect(svc.getAchievement(outsider, taken.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const after = (await db.query<{ n: number }>('select count(*)::int as n from innovation_achievements'))
      .rows[0].n;
    expect(after).toBe(before + 1);
  });

  it('list only the subtree of the actor', async () => {
    const mine = await t.services.innovation.achievements.listAchievements(staff, { pageSize: 200 });
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((a) => a.studioId === studio.id)).toBe(true);
    expect((await t.services.innovation.achievements.listAchievements(outsider, {})).total).toBe(0);
  });
});
