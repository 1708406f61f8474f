import { recountEnterprises } from '../../src/modules/agreements/index.ts';
import { importOrgsFile } from '../../src/modules/org/index.ts';
import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { allCreated, type Created, historyRegister } from './register.ts';

/** The union tree (工会组织, orgs import): a district's grassroots unions, each under the district as the CLI brings them. */
export const unionsRegister = historyRegister<Created>({
  key: 'unions',
  name: 'unions',
  defaultSize: 5_000,
  sheet: async ({ db }, n) => {
    const { rows } = await db.query<{ name: string }>(
      `select name from orgs where kind = 'district' and status = 'active' order by id limit 1`,
    );
    return writeWorkbook([
      {
        name: '工会组织',
        headers: ['上级工会', '工会名称', '类型/层级', '成立日期', '单位名称'],
        rows: Array.from({ length: n }, (_, i) => [
          rows[0].name,
          `台账单位${i + 1}有限公司工会`,
          '基层工会',
          '2018-03-01',
          `台账单位${i + 1}有限公司`,
        ]),
      },
    ]);
  },
  importFile: ({ db, actor }, file, dryRun) =>
    importOrgsFile(db, actor, { file, fileName: 'u.xlsx', dryRun }, { employersChanged: recountEnterprises }),
  expect: allCreated('unions'),
});
