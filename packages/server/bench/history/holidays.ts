import { allCreated, type Created, sheetRegister } from './register.ts';

/**
 * Holidays (节假日安排): one file holds one year, so the most a file can hold is a whole year of days (2024, every
 * day marked: weekdays off, weekend days worked) — a real year's arrangement is some 35 days.
 */
export const holidaysRegister = sheetRegister<Created>({
  key: 'holidays',
  name: 'holidays',
  defaultSize: 366,
  sheetName: '节假日安排',
  headers: ['日期', '休/班', '名称'],
  rows: (_ctx, n) =>
    Array.from({ length: n }, (_, i) => {
      const d = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
      const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
      return [d.toISOString().slice(0, 10), weekend ? '班' : '休', '台账假日'];
    }),
  fileName: 'hol.xlsx',
  service: (s) => s.cases.holidays,
  expect: allCreated('days'),
});
