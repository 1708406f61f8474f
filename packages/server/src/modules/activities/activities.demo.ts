import type { Db } from '../../db/db.ts';
import { demoClerk } from '../../shared/demo-actors.ts';
import { resolveOrgNames } from '../org/index.ts';
import { membersIn } from './activities.repository.ts';
import { createActivitiesService } from './activities.service.ts';

/**
 * Three activities of the seeds, held in 2020 and run through the service on their days: 首矿大石河铁矿二马采矿车间's
 * 大手拉小手 family day (17 people), 门头沟区城管局's calligraphy class (80 members wanted; as many as the demo union
 * has), and 中关村科学城's singles' mixer for young workers of its enterprises (30 places).
 */
const ACTIVITIES = [
  {
    org: '二马采矿车间分会',
    title: '“大手拉小手”亲子活动',
    kind: 'family',
    places: 17,
    day: '2020-06-13',
    place: '车间职工之家',
  },
  {
    org: '门头沟区城管局工会',
    title: '书法培训班',
    kind: 'class',
    places: 80,
    day: '2020-09-19',
    place: '区城管局会议室',
  },
  {
    org: '中关村科学城总工会',
    title: '“公益+联谊”单身青年联谊活动',
    kind: 'social',
    places: 30,
    day: '2020-10-24',
    place: '中关村科学城职工之家',
  },
] as const;

export async function seedActivities(db: Db): Promise<{ activities: number }> {
  let now = new Date('2020-06-01T09:00:00+08:00');
  const service = createActivitiesService(db, () => now);
  const orgs = await db.tx((sql) =>
    resolveOrgNames(
      sql,
      { path: '/' },
      ACTIVITIES.map((a) => a.org),
    ),
  );
  let made = 0;
  for (const a of ACTIVITIES) {
    const org = orgs.get(a.org);
    if (!org || org === 'ambiguous') continue;
    const clerk = demoClerk(org, a.org);
    const signupFrom = new Date(Date.parse(`${a.day}T00:00:00Z`) - 14 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    now = new Date(`${signupFrom}T09:00:00+08:00`);
    const { id } = await service.create(clerk, {
      orgId: org.id,
      title: a.title,
      kind: a.kind,
      place: a.place,
      places: a.places,
      signupFrom,
      signupUntil: a.day,
      sessions: [{ startsAt: `${a.day}T09:00:00+08:00`, endsAt: `${a.day}T11:30:00+08:00` }],
    });
    const members = await db.tx((sql) => membersIn(sql, org.path, a.places));
    await service.signUpMembers(clerk, id, members);
    const detail = await service.get(clerk, id);
    now = new Date(`${a.day}T09:10:00+08:00`);
    for (const m of members) await service.checkInMember(clerk, id, detail.sessions[0].id, m);
    made += 1;
  }
  return { activities: made };
}
