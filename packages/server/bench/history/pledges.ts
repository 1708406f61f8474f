import { allCreated, type Created, sheetRegister } from './register.ts';

const KINDS = ['技能提升', '生产生活条件', '帮扶救助', '福利体系', '特殊群体'];

/** Pledged projects (办实事项目): each union's projects of a year, budgeted, done and paid on their days. */
export const pledgesRegister = sheetRegister<Created>({
  key: 'pledges',
  name: 'pledged projects',
  defaultSize: 10_000,
  sheetName: '办实事项目',
  headers: [
    '所在工会',
    '年度',
    '项目名称',
    '项目类别',
    '预算金额',
    '责任部门',
    '项目完成日期',
    '实际投入',
    '受益职工人数',
  ],
  rows: ({ unions }, n) =>
    Array.from({ length: n }, (_, i) => {
      const year = 2019 + (i % 5);
      return [
        unions[i % unions.length].name,
        String(year),
        `台账办实事项目${i + 1}`,
        KINDS[i % 5],
        String(10_000 + (i % 50) * 1000),
        '工会办公室',
        `${year}-11-${String(1 + (i % 28)).padStart(2, '0')}`,
        String(9_000 + (i % 50) * 1000),
        String(10 + (i % 500)),
      ];
    }),
  fileName: 'p.xlsx',
  service: (s) => s.pledges.register,
  expect: allCreated('projects'),
});
