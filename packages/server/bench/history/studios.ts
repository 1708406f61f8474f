import { day, firstErrors, sheetRegister } from './register.ts';

/** The studios register's headers (创新工作室台账), as its sheets fill them. */
export const STUDIO_HEADERS = ['工作室名称', '所在工会', '认定级别', '认定日期', '认定单位', '认定助推'];

/**
 * Studio `i`'s two rows: 区级, recognised by `district` on its day, then 市级 by `city` 400 days later, its subsidy
 * paid outside the platform.
 */
export const studioLevels = (i: number, name: string, union: string, district: string, city: string) => [
  [name, union, '区级', day(i), district, ''],
  [name, union, '市级', day(i, 400), city, '平台外已发放'],
];

/** Studios (创新工作室): each with two levels, 区级 and then 市级 paid outside the platform. */
export const studiosRegister = sheetRegister<{ studios: number; errors: unknown[] }>({
  key: 'studios',
  name: 'studios',
  defaultSize: 10_000,
  rowsOf: (n) => n * 2,
  sheetName: '工作室',
  headers: STUDIO_HEADERS,
  rows: ({ unions }, n) =>
    Array.from({ length: n }, (_, i) =>
      studioLevels(i, `台账工作室${i + 1}`, unions[i % unions.length].name, '区总工会', '北京市总工会'),
    ).flat(),
  fileName: 's.xlsx',
  service: (s) => s.innovation.studiosRegister,
  expect: (r, n) => (r.studios === n ? null : `${r.studios} studios, ${firstErrors(r)}`),
});
