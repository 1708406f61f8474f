import { rosterOf } from './members.ts';
import { allCreated, type Created, day2024, type HistoryContext, sheetRegister } from './register.ts';

/**
 * The rows of a past-payments sheet of `n` rows to 8,000 members of the members register, under the demo city's first four
 * programs for persons, approved and paid in 2024; each amount `extra` yuan above the first file's.
 */
async function pastPaymentsRows({ db, unions }: HistoryContext, n: number, extra: number) {
  const { rows: programs } = await db.query<{ name: string }>(
    `select g.name from programs g join orgs o on o.id = g.owner_org_id
      where g.applicant_type = 'person' and g.status in ('published', 'closed') and o.parent_id is null
      order by g.id limit 4`,
  );
  if (!programs.length) throw new Error('past payments: the demo has no published program for persons');
  const people = rosterOf(unions, Math.min(n, 8000));
  return Array.from({ length: n }, (_, i) => {
    const m = people[i % people.length];
    return [
      m.idNumber,
      m.name,
      programs[i % programs.length].name,
      String(500 + extra + (i % 20) * 100),
      day2024(i),
      day2024(i, 15),
    ];
  });
}

/** A past-payments file of the history bench: `extra` yuan above the first file's amounts (same people, same year). */
const pastPaymentsFile = (key: string, name: string, extra: number) =>
  sheetRegister<Created>({
    key,
    name,
    defaultSize: 20_000,
    sheetName: '以往发放记录',
    headers: ['身份证号', '姓名', '项目', '实发金额（元）', '批准日期', '发放日期'],
    rows: (ctx, n) => pastPaymentsRows(ctx, n, extra),
    fileName: 'pp.xlsx',
    service: (s) => s.programs.pastPayments,
    expect: allCreated('payments'),
  });

/** Past payments (以往发放记录): what the demo city's programs for persons paid in 2024, to 8,000 members of the members register. */
export const pastPaymentsRegister = pastPaymentsFile('pastPayments', 'past payments', 0);

/**
 * A second file of past payments to the same people in the same year (other amounts): every person and applying
 * union is already counted in 2024, so each holder's presence is merged with the file's (reporting migration 012).
 */
export const pastPaymentsAgainRegister = pastPaymentsFile(
  'pastPaymentsAgain',
  'past payments, a second file of the same people and year',
  1,
);
