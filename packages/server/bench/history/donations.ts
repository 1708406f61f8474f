import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { day, firstErrors, historyRegister } from './register.ts';

/** Donations (捐赠台账): money from 1,000 caring units to the unions, each gift on its day and of its amount. */
export const donationsRegister = historyRegister<{ created: number; errors: unknown[] }>({
  key: 'donations',
  name: 'donations',
  defaultSize: 20_000,
  sheet: ({ unions }, n) =>
    writeWorkbook([
      {
        name: '捐赠台账',
        headers: ['爱心单位', '捐赠方类型', '捐赠日期', '受赠工会', '捐赠类型', '金额（元）'],
        rows: Array.from({ length: n }, (_, i) => [
          `台账爱心单位${i % 1000}`,
          '单位',
          day(i),
          unions[i % unions.length].name,
          '捐款',
          String(100 + i),
        ]),
      },
    ]),
  importFile: ({ services, actor }, file, dryRun) =>
    services.donations.register.importFile(actor, { file, fileName: 'd.xlsx', dryRun }),
  expect: (r, n) => (r.created === n ? null : `${r.created} donations, ${firstErrors(r)}`),
});
