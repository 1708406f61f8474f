import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { rosterOf } from './members.ts';
import { allCreated, type Created, day2024, historyRegister } from './register.ts';

const PROGRAMS = ['名师带徒', '职工互助保障', '困难职工慰问', '金秋助学'];

/** Past payments (以往发放记录): what the programs paid in 2024, to 8,000 members of the members register. */
export const pastPaymentsRegister = historyRegister<Created>({
  key: 'pastPayments',
  name: 'past payments',
  defaultSize: 20_000,
  sheet: ({ unions }, n) => {
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
            PROGRAMS[i % 4],
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
