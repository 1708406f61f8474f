import { allCreated, type Created, sheetRegister } from './register.ts';

/** Counselling sessions (心理咨询服务台账) in counts: each union, counsellor kind and month since 2015 once. */
export const counsellingRegister = sheetRegister<Created>({
  key: 'counselling',
  name: 'counselling sessions',
  defaultSize: 20_000,
  sheetName: '心理咨询服务台账',
  headers: ['所在工会', '咨询人员类别', '月份', '会谈场次', '服务人数'],
  rows: ({ unions }, n) =>
    Array.from({ length: n }, (_, i) => {
      const union = i % unions.length;
      const rest = Math.floor(i / unions.length);
      const month = rest >> 1;
      return [
        unions[union].name,
        rest % 2 ? '心理关爱志愿者' : '心理咨询师',
        `${2015 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
        10 + (i % 20),
        5 + (i % 5),
      ];
    }),
  fileName: 'c.xlsx',
  service: (s) => s.counselling.sessionsRegister,
  expect: allCreated('lines'),
});
