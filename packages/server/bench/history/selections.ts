import { rosterOf } from './members.ts';
import { allCreated, type Created, sheetRegister, topUnionOf } from './register.ts';

/** Those selected (评选获评人员): the city's selections of 2024, 500 members of the members register in each. */
export const selectionsRegister = sheetRegister<Created>({
  key: 'selections',
  name: 'selected people',
  defaultSize: 5_000,
  sheetName: '评选获评人员',
  headers: ['评选名称', '年度', '类别', '称号', '姓名', '身份证号', '公布日期', '主办单位'],
  rows: async ({ db, unions }, n) => {
    const top = await topUnionOf(db);
    return rosterOf(unions, n).map((m, i) => {
      const round = Math.floor(i / 500) + 1;
      return [
        `2024年度台账评选第${round}次`,
        '2024',
        i % 3 ? '劳动模范' : '先进工作者',
        i % 3 ? '市级劳动模范' : '市级先进工作者',
        m.name,
        m.idNumber,
        `2024-${String(1 + (round % 10)).padStart(2, '0')}-08`,
        top.name,
      ];
    });
  },
  fileName: 's.xlsx',
  service: (s) => s.selections.register,
  expect: allCreated('selected'),
});
