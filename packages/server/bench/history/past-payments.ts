import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { rosterOf } from './members.ts';
import { allCreated, type Created, day2024, historyRegister } from './register.ts';

/** Past payments (以往发放记录): what the demo city's programs for persons paid in 2024, to 8,000 members of the members register. */
export const pastPaymentsRegister = historyRegister<Created>({
  key: 'pastPayments',
  name: 'past payments',
  defaultSize: 20_000,
  sheet: async ({ db, unions }, n) => {
    const { rows: programs } = await db.query<{ name: string }>(
      `select g.name from programs g join orgs o on o.id = g.owner_org_id
        where g.applicant_type = 'person' and g.status in ('published', 'closed') and o.parent_id is null
        order by g.id limit 4`,
    );
    if (!programs.length) throw new Error('past payments: the demo has no published program for persons');
    const people = rosterOf(unions, Math.min(n, 8000));
    return writeWorkbook([
      {
        name: '以往发放记录',
        headers: ['身份证号', '姓名', '项目', '实发金额（元）', '批准日期', '发放日期'],
        rows: Array.from({ length: n }, (_, i) => {
          const m = people[i % people.length];
          return [
            m.idNumber,
            m.name,
            programs[i % programs.length].name,
            String(500 + (i % 20) * 100),
            day2024(i),
            day2024(i, 15),
          ];
        }),
      },
    ]);
  },
  importFile: ({ services, actor }, file, dryRun) =>
    services.programs.pastPayments.importFile(actor, { file, fileName: 'pp.xlsx', dryRun }),
  expect: allCreated('payments'),
});
