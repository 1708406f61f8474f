import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { allCreated, type Created, historyRegister } from './register.ts';

/** Holidays (节假日安排): the days off and the weekend days worked of the years the requests register spans. */
export const holidaysRegister = historyRegister<Created>({
  key: 'holidays',
  name: 'holidays',
  defaultSize: 400,
  sheet: (_ctx, n) =>
    writeWorkbook([
      {
        name: '节假日安排',
        headers: ['日期', '休/班', '名称'],
        rows: Array.from({ length: n }, (_, i) => {
          const d = new Date(Date.UTC(2015, 0, 1) + i * 9 * 86_400_000);
          const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
          return [d.toISOString().slice(0, 10), weekend ? '班' : '休', '台账假日'];
        }),
      },
    ]),
  importFile: ({ services, actor }, file, dryRun) =>
    services.cases.holidays.importFile(actor, { file, fileName: 'hol.xlsx', dryRun }),
  expect: allCreated('days'),
});
