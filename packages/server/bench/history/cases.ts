import { allCreated, type Created, day, sheetRegister } from './register.ts';

/** The requests register's headers (诉求台账), in its template's order. */
export const CASE_HEADERS = [
  '收到日期',
  '收到时间',
  '渠道',
  '类别',
  '诉求内容',
  '所在工会',
  '受理日期',
  '答复日期',
  '答复内容',
  '办结日期',
];

/**
 * Request `i` of `union`: received on a day spread over five years, accepted the next, four in five answered and
 * three in five closed; its content `台账诉求第N件` followed by `detail`.
 */
export const caseRow = (i: number, union: string, detail = '') => [
  day(i),
  i % 3 ? '10:00' : '18:30',
  ['接待日', '职工维权热线', '恳谈会'][i % 3],
  ['工资报酬', '劳动合同', '社会保险', '其他'][i % 4],
  `台账诉求第${i + 1}件${detail}`,
  union,
  day(i, 1),
  i % 5 ? day(i, 6) : '',
  i % 5 ? '已答复' : '',
  i % 5 > 1 ? day(i, 9) : '',
];

/** Requests (诉求台账): each with the day and time it came in, its acceptance and, for most, answer and closing. */
export const casesRegister = sheetRegister<Created>({
  key: 'cases',
  name: 'requests',
  defaultSize: 20_000,
  sheetName: '诉求台账',
  headers: CASE_HEADERS,
  rows: ({ unions }, n) => Array.from({ length: n }, (_, i) => caseRow(i, unions[i % unions.length].name)),
  fileName: 'cases.xlsx',
  service: (s) => s.cases.register,
  expect: allCreated('requests'),
});
