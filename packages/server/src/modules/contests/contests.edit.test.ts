/** Correcting a contest before its results are published (ADR 60). */

import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { rejection } from '../../../test/factories.ts';
import { worldPerFile } from '../../../test/world-kit.ts';
import { getContestStats } from './contests.stats.ts';
import { createContestsWorld } from './contests.test-kit.ts';

const w = worldPerFile(createContestsWorld);

describe('editing a contest', () => {
  it('corrects name (as typed), level and dates; its entries count on the new day and level; history kept', async () => {
    const c = await w.contests.createContest(w.cityStaff, w.skillsContest({ name: '区职工技能大赛(电工)' }));
    const [elec, , team] = c.events;
    const [p1, p2, p3] = await w.members(w.unionA, 3);
    await w.enter(c.id, elec.id, [p1.id]);
    await w.enter(c.id, team.id, [p2.id, p3.id], { name: '数控一队' });
    const stats = (year: number) =>
      getContestStats(w.db, w.cityStaff, { orgId: w.district.id, year }, TEST_TODAY);
    const before2020 = (await stats(2020)).byLevel.find((l) => l.level === 'city');
    expect(before2020).toMatchObject({ units: 1, individuals: 1, teams: 1, people: 3 });
    const edited = await w.contests.editContest(w.cityStaff, c.id, {
      name: '区职工技能大赛（电工）',
      level: 'district',
      startsOn: '2021-03-01',
      endsOn: '2021-03-31',
    });
    expect(edited).toMatchObject({ name: '区职工技能大赛（电工）', level: 'district', endsOn: '2021-03-31' });
    expect((await stats(2020)).byLevel.find((l) => l.level === 'city')?.people ?? 0).toBe(0);
    expect((await stats(2021)).byLevel.find((l) => l.level === 'district')).toMatchObject({
      units: 1,
      individuals: 1,
      teams: 1,
      people: 3,
    });
    const view = await w.contests.getContest(w.cityStaff, c.id);
    expect(view.edits).toHaveLength(1);
    expect(
      Object.fromEntries(view.edits.flatMap((e) => e.changes).map((x) => [x.field, [x.from, x.to]])),
    ).toEqual({
      name: ['区职工技能大赛(电工)', '区职工技能大赛（电工）'],
      level: ['city', 'district'],
      startsOn: ['2020-09-01', '2021-03-01'],
      endsOn: ['2020-09-30', '2021-03-31'],
    });
    expect((await rejection(w.contests.editContest(w.staffA, c.id, { name: '越权' }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await rejection(w.contests.editContest(w.cityStaff, c.id, { endsOn: '2021-02-01' }))).code).toBe(
      'CONTEST_DATES_REVERSED',
    );
    await w.contests.closeRegistration(w.cityStaff, c.id);
    await w.contests.publishResults(w.cityStaff, c.id);
    expect((await rejection(w.contests.editContest(w.cityStaff, c.id, { name: '发布后' }))).code).toBe(
      'CONTEST_PUBLISHED',
    );
  });
});
