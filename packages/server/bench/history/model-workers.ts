import { allCreated, type Created, idNumber, sheetRegister } from './register.ts';

const LEVELS: [string, string][] = [
  ['区级', '区级劳动模范'],
  ['市级', '北京市劳动模范'],
];

/** Model workers (劳模名册): a district's roll of honoured workers, each with the title of a year. */
export const modelWorkersRegister = sheetRegister<Created>({
  key: 'modelWorkers',
  name: 'model workers',
  defaultSize: 5_000,
  sheetName: '劳模名册',
  headers: ['姓名', '身份证号码', '所在工会', '称号级别', '称号类别', '荣誉称号', '授予年度'],
  rows: ({ unions }, n) =>
    Array.from({ length: n }, (_, i) => [
      `台账劳模${i + 1}`,
      idNumber(i, '110118'),
      unions[i % unions.length].name,
      LEVELS[i % 2][0],
      '劳动模范',
      LEVELS[i % 2][1],
      String(2000 + (i % 24)),
    ]),
  fileName: 'm.xlsx',
  service: (s) => s.modelWorkersRegister,
  expect: allCreated('model workers'),
});
