import { rosterOf } from './members.ts';
import { allCreated, type Created, day2024, sheetRegister } from './register.ts';

const KINDS = ['深度困难', '相对困难', '意外致困'];

/** Workers in hardship (困难职工档案): files of members of the members register, set up and recognised in 2024. */
export const hardshipRegister = sheetRegister<Created>({
  key: 'hardship',
  name: 'hardship files',
  defaultSize: 5_000,
  sheetName: '困难职工档案',
  headers: ['职工身份证号', '职工姓名', '困难类别', '致困原因', '建档日期', '认定日期'],
  rows: ({ unions }, n) =>
    rosterOf(unions, n).map((m, i) => [m.idNumber, m.name, KINDS[i % 3], '大病', day2024(i), day2024(i, 14)]),
  fileName: 'h.xlsx',
  service: (s) => s.hardship.register,
  expect: allCreated('files'),
});
