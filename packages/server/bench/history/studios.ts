import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { day, firstErrors, historyRegister } from './register.ts';

/** Studios (创新工作室): each with two levels, 区级 and then 市级 paid outside the platform. */
export const studiosRegister = historyRegister<{ studios: number; errors: unknown[] }>({
  key: 'studios',
  name: 'studios',
  defaultSize: 10_000,
  rowsOf: (n) => n * 2,
  sheet: ({ unions }, n) =>
    writeWorkbook([
      {
        name: '工作室',
        headers: ['工作室名称', '所在工会', '认定级别', '认定日期', '认定单位', '认定助推'],
        rows: Array.from({ length: n }, (_, i) => [
          [`台账工作室${i + 1}`, unions[i % unions.length].name, '区级', day(i), '区总工会', ''],
          [
            `台账工作室${i + 1}`,
            unions[i % unions.length].name,
            '市级',
            day(i, 400),
            '北京市总工会',
            '平台外已发放',
          ],
        ]).flat(),
      },
    ]),
  importFile: ({ services, actor }, file, dryRun) =>
    services.innovation.studiosRegister.importFile(actor, { file, fileName: 's.xlsx', dryRun }),
  expect: (r, n) => (r.studios === n ? null : `${r.studios} studios, ${firstErrors(r)}`),
});
