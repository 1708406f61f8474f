import { fixedClock } from '../../../test/clock.ts';
/** The world the contests tests share: a city, a district organising, two unions under it, another district. */
import { createTestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createContestsService } from './index.ts';

export async function createContestsWorld(db: Db) {
  const t = createTestContext(db);
  const city = await t.newRoot();
  const district = await t.newOrg(city, 'district');
  const unionA = await t.newOrg(district, 'grassroots');
  const unionB = await t.newOrg(district, 'grassroots');
  const otherDistrict = await t.newOrg(city, 'district');
  const contests = createContestsService(db, fixedClock());
  const staffA = t.actor('staff', unionA);
  return {
    t,
    contests,
    city,
    district,
    unionA,
    unionB,
    otherDistrict,
    cityStaff: t.actor('staff', city),
    staffA,
    staffB: t.actor('staff', unionB),
    otherStaff: t.actor('staff', otherDistrict),
    /** A city-level skills contest of the district: 电工 (2 per union), 焊工, a team event of up to 3. */
    skillsContest: (over: Record<string, unknown> = {}) => ({
      orgId: district.id,
      name: `区职工技能大赛${t.unique()}`,
      level: 'city' as const,
      kind: 'skills' as const,
      startsOn: '2020-09-01',
      endsOn: '2020-09-30',
      events: [
        { name: '电工', mode: 'individual' as const, limitPerUnion: 2 },
        { name: '焊工', mode: 'individual' as const },
        { name: '数控团队', mode: 'team' as const, teamSize: 3 },
      ],
      ...over,
    }),
    /** Enters people in an event of a contest: by union A's staff for union A unless `o` says (a team's `name`). */
    enter(
      contestId: number,
      eventId: number,
      personIds: number[],
      o: { by?: Actor; org?: OrgRow; name?: string } = {},
    ) {
      const { by = staffA, org = unionA, name } = o;
      return contests.registerEntry(by, contestId, {
        eventId,
        orgId: org.id,
        ...(name === undefined ? {} : { name }),
        personIds,
      });
    },
    async members(org: OrgRow, n: number) {
      const out: { id: number; name: string }[] = [];
      for (let i = 0; i < n; i++) out.push(await t.newPerson(org));
      return out;
    },
  };
}
