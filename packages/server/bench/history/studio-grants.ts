import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { allCreated, type Created, day, historyRegister } from './register.ts';

const KINDS = ['创新项目', '工作室建设助推', '专家费', '带徒津贴'];

/** Studio grants (工作室项目与资助): money granted to the studios of the studios register, paid outside the platform. */
export const studioGrantsRegister = historyRegister<Created>({
  key: 'studioGrants',
  name: 'studio grants',
  defaultSize: 10_000,
  sheet: ({ unions }, n) =>
    writeWorkbook([
      {
        name: '工作室项目与资助',
        headers: ['工作室名称', '所在工会', '类别', '年度', '金额', '批准日期', '发放日期', '平台外发放'],
        rows: Array.from({ length: n }, (_, i) => {
          const studio = i % 2000;
          return [
            `台账工作室${studio + 1}`,
            unions[studio % unions.length].name,
            KINDS[Math.floor(i / 2000) % 4],
            String(2019 + (Math.floor(i / 8000) % 5)),
            String(5_000 + (i % 10) * 1000),
            day(i),
            day(i, 60),
            '是',
          ];
        }),
      },
    ]),
  importFile: ({ services, actor }, file, dryRun) =>
    services.innovation.studioGrantsRegister.importFile(actor, { file, fileName: 'g.xlsx', dryRun }),
  expect: allCreated('grants'),
});
