import { allCreated, type Created, day, sheetRegister } from './register.ts';

const KINDS = ['创新项目', '工作室建设助推', '专家费', '带徒津贴'];

/** Studio grants (工作室项目与资助): money granted to 2,000 studios of the studios register, a grant of a kind every four months after recognition, paid outside the platform. */
export const studioGrantsRegister = sheetRegister<Created>({
  key: 'studioGrants',
  name: 'studio grants',
  defaultSize: 10_000,
  sheetName: '工作室项目与资助',
  headers: ['工作室名称', '所在工会', '类别', '年度', '金额（元）', '批准日期', '发放日期', '平台外发放'],
  rows: ({ unions }, n) =>
    Array.from({ length: n }, (_, i) => {
      const studio = i % 2000;
      const slot = Math.floor(i / 2000);
      const approved = day(studio, 30 + slot * 120);
      return [
        `台账工作室${studio + 1}`,
        unions[studio % unions.length].name,
        KINDS[slot % 4],
        approved.slice(0, 4),
        String(5_000 + (i % 10) * 1000),
        approved,
        day(studio, 90 + slot * 120),
        '是',
      ];
    }),
  fileName: 'g.xlsx',
  service: (s) => s.innovation.studioGrantsRegister,
  expect: allCreated('grants'),
});
