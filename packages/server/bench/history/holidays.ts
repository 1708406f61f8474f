import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { allCreated, type Created, historyRegister } from './register.ts';

/**
 * Holidays (节假日安排): one file holds one year, so the most a file can hold is a whole year of days (2024, every
 * day marked: weekdays off, weekend days worked) — a real year's arrangement is some 35 days.
 */
export const holidaysRegister = historyRegister<Created>({
  key: 'holidays',
  name: 'holidays',
  defaultSize: 366,
  sheet: (_ctx, n) =>
    writeWorkbook([
      {
        name: '节假日安排',
        headers: ['日期', '休/班', '名称'],
        rows: Array.from({ length: n }, (_, i) => {
          const d = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
          const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
          return [d.toISOString().slice(0, 10), weekend ? '班' : '休', '台账假日'];
        }),
      },
    ]),
  importFile: ({ services, actor }, file, dryRun) =>
    services.cases.holidays.importFile(actor, { file, fileName: 'hol.xlsx', dryRun }),
  expect: allCreated('days'),
});
