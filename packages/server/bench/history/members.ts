import { readFileSync } from 'node:fs';
import { TEMPLATE_COLUMNS } from '../../src/modules/people/index.ts';
import { memberRows, memberSheetFile } from '../member-sheet.ts';
import { historyRegister } from './register.ts';

type MemberJob = { status: string; result?: { imported?: number } | null; error?: unknown };

/** Members (会员名册, `import-members`): a district's roster, through the job the page and the CLI start. */
export const membersRegister = historyRegister<MemberJob>({
  key: 'members',
  name: 'members',
  defaultSize: 50_000,
  sheet: async ({ unions }, n) => readFileSync(await memberSheetFile(holdersOf(unions), n)),
  importFile: async ({ services, actor }, buffer, dryRun) => {
    const { done } = await services.memberImport.start(actor, {
      fileName: 'members.xlsx',
      buffer,
      mode: 'all_or_nothing',
      dryRun,
    });
    return (await done) as MemberJob;
  },
  expect: (job, n) =>
    job.status === 'succeeded' && job.result?.imported === n
      ? null
      : `${job.status}: ${JSON.stringify(job.result ?? job.error).slice(0, 300)}`,
});

/** The unions the members register spreads its roster over, with the region of their members' ID numbers. */
const holdersOf = (unions: { name: string }[]) => {
  const regions = ['110113', '110114', '110112', '110117', '110116'];
  return unions.map((u, i) => ({ name: u.name, region: regions[i % regions.length] }));
};

/** A member the members register brought in: a register of people names them (run the members register first). */
export interface RosterMember {
  idNumber: string;
  name: string;
  union: string;
}

/** The first `count` members of the members register's roster (of its default size), in the sheet's order. */
export function rosterOf(unions: { name: string }[], count: number): RosterMember[] {
  const out: RosterMember[] = [];
  const at = (k: string) => TEMPLATE_COLUMNS.findIndex((c) => c.key === k);
  const [id, name, union] = [at('idNumber'), at('name'), at('union')];
  for (const row of memberRows(holdersOf(unions), membersRegister.defaultSize)) {
    out.push({ idNumber: row[id], name: row[name], union: row[union] });
    if (out.length === count) break;
  }
  return out;
}
