import { allCreated, type Created, day, sheetRegister } from './register.ts';

const KINDS = ['文体', '亲子', '培训班', '联谊', '志愿服务'];

/** Past activities (以往活动记录): each union's activities in counts, one line each, with who signed up and came. */
export const activitiesRegister = sheetRegister<Created>({
  key: 'activities',
  name: 'past activities',
  defaultSize: 20_000,
  sheetName: '以往活动记录',
  headers: ['活动名称', '主办工会', '活动类型', '举办日期', '报名人数', '参加人数'],
  rows: ({ unions }, n) =>
    Array.from({ length: n }, (_, i) => [
      `台账活动第${i + 1}场`,
      unions[i % unions.length].name,
      KINDS[i % 5],
      day(i),
      String(20 + (i % 40)),
      String(10 + (i % 10)), // never more than signed up
    ]),
  fileName: 'act.xlsx',
  service: (s) => s.activities.register,
  expect: allCreated('activities'),
});
