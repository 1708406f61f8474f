import type { Sql } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { insertActivity } from './activities.repository.ts';
import { markAttended, signUp } from './activities.service.ts';
import { insertMaster } from './apprenticeship.service.ts';
import { insertCourse, insertResource } from './courses.repository.ts';
import { insertLesson } from './courses.service.ts';
import { enrolPerson, recordProgress } from './enrolment.service.ts';
import { findMemberUnionId, listDemoLearners, listLessonIds } from './learning.demo.repository.ts';
import type { CreateCourseInput } from './learning.schemas.ts';
import { insertLicence, insertSite } from './sites.service.ts';

/**
 * Seed 004 (全国产业工人学习社区线上平台正式启用): the community's first four "四级联动" demonstration sites, one
 * per level, signed the day before the report (2020-01-09), each given a digital-resource licence certificate;
 * courses and resources of the community (provided by the federation at the top of the demo tree), an offline
 * reading activity, a master craftsman, and a year of enrolments and completions by members of 通州 so the
 * statistics have something to show (dated 2021, apart from the programs' 2020 figures).
 */
export const DEMO_SITES = [
  { name: '全国工会电子职工书屋', level: 'national', number: 'XXSQ-2020-001', seats: 100000 },
  { name: '海南工会云', level: 'provincial', number: 'XXSQ-2020-002', seats: 20000 },
  { name: '沙湾区总工会', level: 'district', number: 'XXSQ-2020-003', seats: 2000 },
  { name: '中建二局工会', level: 'enterprise', number: 'XXSQ-2020-004', seats: 5000 },
] as const;

const SIGNED_ON = '2020-01-09';
const LICENCE_ENDS = '2030-01-08';

const COURSES: (Omit<CreateCourseInput, 'orgId'> & { lessons: [string, string][] })[] = [
  {
    title: '大国工匠高凤林讲堂：火箭发动机焊接',
    kind: 'master_lecture',
    minutes: 120,
    description: '全国总工会兼职副主席、大国工匠高凤林讲述焊接技艺与工匠精神。',
    lessons: [
      ['第一讲 焊接中的精益求精', 'https://example.org/learning/gaofenglin-1'],
      ['第二讲 技术难题现场解决', 'https://example.org/learning/gaofenglin-2'],
    ],
  },
  {
    title: '安全生产与消防安全知识',
    kind: 'safety',
    minutes: 90,
    lessons: [
      ['消防通道与消防器材', 'https://example.org/learning/fire-1'],
      ['岁末年初安全生产大排查', 'https://example.org/learning/fire-2'],
    ],
  },
  {
    title: '职工心理健康与压力调适',
    kind: 'mental',
    minutes: 60,
    lessons: [['情绪管理与压力调适', 'https://example.org/learning/mind-1']],
  },
  {
    title: '劳动法律法规知识',
    kind: 'legal',
    minutes: 60,
    lessons: [['劳动合同与集体合同', 'https://example.org/learning/law-1']],
  },
];

const RESOURCES = [
  {
    title: '全国工会电子职工书屋精选电子书',
    kind: 'ebook',
    terms: '授权示范点职工在线阅读，不得下载传播；授权期内有效。',
  },
  {
    title: '劳模工匠面对面视频集',
    kind: 'video',
    terms: '授权示范点组织职工集中观看或在线学习，注明出处，不得用于商业用途。',
  },
] as const;

export async function seedLearning(
  sql: Sql,
  orgs: Map<string, OrgRow>,
  people: { masterPersonId: number },
  today: string,
): Promise<{ sites: number; courses: number }> {
  const federation = orgs.get('北京市总工会') as OrgRow;
  const courseIds: number[] = [];
  for (const { lessons, ...c } of COURSES) {
    const id = await insertCourse(sql, { ...c, orgId: federation.id }, null);
    for (const [title, url] of lessons) await insertLesson(sql, id, { title, kind: 'link', url });
    courseIds.push(id);
  }
  const resourceIds: number[] = [];
  for (const r of RESOURCES)
    resourceIds.push(await insertResource(sql, { ...r, orgId: federation.id }, null));
  const licences: number[] = [];
  for (const s of DEMO_SITES) {
    const site = await insertSite(
      sql,
      { orgId: federation.id, name: s.name, level: s.level, signedOn: SIGNED_ON },
      null,
    );
    licences.push(
      await insertLicence(
        sql,
        site,
        {
          number: s.number,
          startsOn: SIGNED_ON,
          endsOn: LICENCE_ENDS,
          seats: s.seats,
          courseIds,
          resourceIds,
        },
        null,
      ),
    );
  }
  await seedYearOfLearning(sql, orgs, courseIds, licences[0]);
  const yangzhen = orgs.get('杨镇总工会') as OrgRow;
  const heldOn = new Date(Date.parse(today) + 14 * 86400_000).toISOString().slice(0, 10);
  await insertActivity(
    sql,
    {
      orgId: yangzhen.id,
      title: '劳模工匠面对面：包装设备维护',
      kind: 'master_meet',
      carrier: 'reading_room',
      venue: '杨镇总工会职工书屋',
      heldOn,
      minutes: 120,
      capacity: 30,
    },
    null,
  );
  const masterOrgId = await findMemberUnionId(sql, people.masterPersonId);
  await insertMaster(
    sql,
    { personId: people.masterPersonId, orgId: masterOrgId, title: 'craftsman', speciality: '包装设备维修' },
    null,
  );
  return { sites: DEMO_SITES.length, courses: courseIds.length };
}

/** 2021 in 通州: 40 members enrol through the national site, 30 finish; a reading activity with 20 attending. */
async function seedYearOfLearning(
  sql: Sql,
  orgs: Map<string, OrgRow>,
  courseIds: number[],
  licenceId: number,
) {
  const tongzhou = orgs.get('通州区总工会') as OrgRow;
  const members = await listDemoLearners(sql, tongzhou.path);
  for (const [i, m] of members.entries()) {
    const courseId = courseIds[i % courseIds.length];
    const month = String((i % 10) + 1).padStart(2, '0');
    await enrolPerson(sql, m, { courseId, licenceId }, `2021-${month}-05`);
    if (i >= 30) continue;
    const lessons = await listLessonIds(sql, courseId);
    for (const lessonId of lessons)
      await recordProgress(sql, m.personId, { lessonId, positionSeconds: 0 }, `2021-${month}-20`);
  }
  const activity = await insertActivity(
    sql,
    {
      orgId: tongzhou.id,
      title: '职工书屋读书分享会',
      kind: 'reading',
      carrier: 'reading_room',
      venue: '通州区职工书屋',
      heldOn: '2021-04-23',
      minutes: 90,
      capacity: 30,
    },
    null,
  );
  for (const m of members.slice(0, 24)) await signUp(sql, activity, m);
  await markAttended(
    sql,
    activity,
    members.slice(0, 20).map((m) => m.personId),
  );
}
