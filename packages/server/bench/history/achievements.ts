import { day, firstErrors, sheetRegister } from './register.ts';

const patentTypes = ['发明', '实用新型', '外观设计'] as const;
const achievementTypes = { 发明: '发明专利', 实用新型: '实用新型', 外观设计: '技术革新' } as const;

/** The achievements register's headers (创新成果台账), in its template's order. */
export const ACHIEVEMENT_HEADERS = [
  '成果名称',
  '所在工会',
  '成果类型',
  '完成年度',
  '成果简介',
  '团队成员',
  '专利号',
  '专利类型',
  '授权日期',
  '转化日期',
  '转化金额',
  '转化合作方',
  '发布日期',
];

/**
 * Achievement `i` of `union` and its `team` (named as clerks name it): every second with a patent, every third with
 * a conversion, every fourth published with an abstract.
 */
export function achievementRow(i: number, union: string, team: string): string[] {
  const patent = i % 2 === 0 ? patentTypes[(i / 2) % 3] : null;
  const converted = i % 3 === 0;
  const published = i % 4 === 0;
  return [
    `台账成果${i + 1}`,
    union,
    patent ? achievementTypes[patent] : '管理创新',
    day(i).slice(0, 4),
    published ? `台账成果${i + 1}的简介：在线检测、工装改进与班组管理` : '',
    team,
    patent ? `ZL${day(i).slice(0, 4)}${String(i).padStart(8, '0')}.${i % 10}` : '',
    patent ?? '',
    patent ? day(i, 30) : '',
    converted ? day(i, 60) : '',
    converted ? `${(i % 50) + 1}000` : '',
    converted ? `合作单位${i % 97}` : '',
    published ? day(i, 10) : '',
  ];
}

/**
 * Achievements (创新成果): each of one of the unions with members, its team of one to three members named by name;
 * every second with a patent, every third with a conversion, every fourth published with an abstract.
 */
export const achievementsRegister = sheetRegister<{
  achievements: number;
  patents: number;
  errors: unknown[];
}>({
  key: 'achievements',
  name: 'achievements',
  defaultSize: 100_000,
  sheetName: '创新成果',
  headers: ACHIEVEMENT_HEADERS,
  async rows({ db }, n) {
    // Each union with members whose names are unique within it: a team is named as clerks name it.
    const { rows: teams } = await db.query<{ union: string; names: string[] }>(
      `with u as (
         select id, name, path from orgs
          where kind = 'grassroots' and status = 'active'
            and name in (select name from orgs group by name having count(*) = 1)),
       named as (
         select u.name as "union", p.name, count(*) over (partition by u.id, p.name) as same
           from u join orgs o on o.path like u.path || '%'
           join memberships m on m.org_id = o.id and m.status = 'active' join persons p on p.id = m.person_id)
       select "union", (array_agg(distinct name))[1:3] as names from named where same = 1
        group by "union" order by "union" limit 200`,
    );
    return Array.from({ length: n }, (_, i) => {
      const team = teams[i % teams.length];
      return achievementRow(i, team.union, team.names.slice(0, 1 + (i % team.names.length)).join('、'));
    });
  },
  fileName: 'a.xlsx',
  service: (s) => s.innovation.achievementsRegister,
  expect: (r, n) =>
    r.achievements === n && r.patents === Math.ceil(n / 2)
      ? null
      : `${r.achievements} achievements, ${r.patents} patents, ${firstErrors(r)}`,
});
