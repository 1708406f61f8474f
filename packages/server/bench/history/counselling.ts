import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { firstErrors, historyRegister } from './register.ts';

/** Counselling sessions (心理咨询服务台账) in counts: each union, counsellor kind and month since 2015 once. */
export const counsellingRegister = historyRegister<{ created: number; errors: unknown[] }>({
  key: 'counselling',
  name: 'counselling sessions',
  defaultSize: 20_000,
  sheet: ({ unions }, n) =>
    writeWorkbook([
      {
        name: '心理咨询服务台账',
        headers: ['所在工会', '咨询人员类别', '月份', '会谈场次', '服务人数'],
        rows: Array.from({ length: n }, (_, i) => {
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
      },
    ]),
  importFile: ({ services, actor }, file, dryRun) =>
    services.counselling.sessionsRegister.importFile(actor, { file, fileName: 'c.xlsx', dryRun }),
  expect: (r, n) => (r.created === n ? null : `${r.created} lines, ${firstErrors(r)}`),
});
