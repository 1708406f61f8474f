import { allCreated, type Created, day, sheetRegister } from './register.ts';

/** Donations (捐赠台账): money from 1,000 caring units to the unions, each gift on its day and of its amount. */
export const donationsRegister = sheetRegister<Created>({
  key: 'donations',
  name: 'donations',
  defaultSize: 20_000,
  sheetName: '捐赠台账',
  headers: ['爱心单位', '捐赠方类型', '捐赠日期', '受赠工会', '捐赠类型', '金额（元）'],
  rows: ({ unions }, n) =>
    Array.from({ length: n }, (_, i) => [
      `台账爱心单位${i % 1000}`,
      '单位',
      day(i),
      unions[i % unions.length].name,
      '捐款',
      String(100 + i),
    ]),
  fileName: 'd.xlsx',
  service: (s) => s.donations.register,
  expect: allCreated('donations'),
});
