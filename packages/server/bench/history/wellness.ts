import { rosterOf } from './members.ts';
import { allCreated, type Created, sheetRegister, topUnionOf } from './register.ts';

const PROGRAM = '台账职工疗休养';
const INSTITUTION = '台账职工疗养院';
const isoDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

/**
 * Wellness stays (疗休养推荐记录): the city's program of 2024–2025 in batches of 40 members of the members
 * register, each recommended by their union and present. The program and its sanatorium are written here, as the city sets it up
 * before bringing its batches.
 */
export const wellnessRegister = sheetRegister<Created>({
  key: 'wellness',
  name: 'wellness recommendations',
  defaultSize: 10_000,
  sheetName: '疗休养推荐记录',
  headers: [
    '项目名称',
    '批次名称',
    '接待机构',
    '推荐截止日期',
    '开始日期',
    '结束日期',
    '批次名额',
    '推荐工会',
    '身份证号',
    '姓名',
    '推荐日期',
    '是否到场',
  ],
  rows: async ({ db, unions }, n) => {
    const top = await topUnionOf(db);
    await db.query(
      `insert into wellness_programs (org_id, name, kind, from_year, to_year, places_per_year, cost_fen,
         union_share_fen, enterprise_share_fen, worker_share_fen)
       select $1, $2, 'recuperation', 2024, 2025, 20000, 0, 0, 0, 0
        where not exists (select 1 from wellness_programs where org_id = $1 and name = $2)`,
      [top.id, PROGRAM],
    );
    await db.query(
      `insert into wellness_institutions (org_id, name, kind, capacity) values ($1, $2, 'sanatorium', 200)
       on conflict (org_id, name) do nothing`,
      [top.id, INSTITUTION],
    );
    return rosterOf(unions, n).map((m, i) => {
      const batch = Math.floor(i / 40);
      const from = batch % 300;
      return [
        PROGRAM,
        `2024年第${batch + 1}期`,
        INSTITUTION,
        isoDay(2024, 1, from - 5),
        isoDay(2024, 1, 1 + from),
        isoDay(2024, 1, 5 + from),
        '40',
        m.union,
        m.idNumber,
        m.name,
        isoDay(2024, 1, from - 10),
        '是',
      ];
    });
  },
  fileName: 'w.xlsx',
  service: (s) => s.wellness.register,
  expect: allCreated('recommendations'),
});
