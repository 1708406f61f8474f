/**
 * The sheets of bench:golive, written to disk before anything is timed (xlsx-file.ts, streamed) and kept between runs
 * of the same scale: the union tree, the accounts, the members (one sheet per district, as each district's union
 * brings in its own), the requests (诉求台账), the studios with their levels, the achievements and the year's holiday
 * calendar — each with the headers of its template, filled the way clerks fill them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATE_COLUMNS } from '../src/modules/people/index.ts';
import { type CityTree, holderOf, idNumberOf, nameOf, type Sizes, type Union } from './golive.city.ts';
import { ACHIEVEMENT_HEADERS, achievementRow } from './history/achievements.ts';
import { CASE_HEADERS, caseRow } from './history/cases.ts';
import { day } from './history/register.ts';
import { STUDIO_HEADERS, studioLevels } from './history/studios.ts';
import { writeXlsxFile } from './xlsx-file.ts';

export interface GoLiveSheets {
  unions: string;
  accounts: string;
  /** The city's one member sheet, or one per district in the districts' order. */
  members: string[];
  cases: string;
  studios: string;
  achievements: string;
  calendar: string;
}

/** The accounts the accounts sheet opens: the union, the login and the role, top of the tree first. */
export function accountHolders(tree: CityTree, count: number): { union: Union; username: string }[] {
  return [tree.federation, ...tree.districts, ...tree.streets, ...tree.grassroots]
    .slice(0, count)
    .map((union, i) => ({ union, username: `gh${String(i + 1).padStart(5, '0')}` }));
}

function* treeRows(tree: CityTree): Generator<string[]> {
  for (const [i, u] of tree.all.entries()) {
    yield [u.parent?.name ?? '', u.name, u.kind, u.uscc, u.workers ? String(u.workers) : '', day(i % 900)];
  }
}

/** The member rows, all of them or those of one district. */
function* memberRows(tree: CityTree, members: number, district: number | null): Generator<string[]> {
  for (let g = 0; g < members; g++) {
    const union = holderOf(tree, g);
    if (district !== null && union.district !== district) continue;
    const hardship = g % 33 === 0 ? ['相对困难', '一般困难', '深度困难'][g % 3] : '';
    const byKey: Record<string, string> = {
      name: nameOf(g),
      idNumber: idNumberOf(g, union.district),
      phone: g % 10 ? `13${String(g).padStart(9, '0')}` : '',
      union: union.name,
      joinedOn: `20${String(12 + (g % 13))}-${String(1 + (g % 12)).padStart(2, '0')}-${String(1 + (g % 28)).padStart(2, '0')}`,
      employer: union.name.replace(/(第\d+分会|工会)$/, ''),
      frontLine: g % 9 < 5 ? '是' : '否',
      outdoor: g % 7 === 0 ? '是' : '否',
      newEmployment: g % 17 === 0 ? '是' : '否',
      modelWorker: g % 101 === 0 ? ['全国', '市级', '区级'][g % 3] : '',
      hardship,
      hardshipFrom: hardship ? '2024-01-01' : '',
      hardshipUntil: hardship ? '2026-12-31' : '',
    };
    yield TEMPLATE_COLUMNS.map((c) => byKey[c.key] ?? '');
  }
}

function* caseRows(tree: CityTree, count: number): Generator<string[]> {
  const details = ['加班费未足额发放', '未签订劳动合同', '社保断缴', '食堂伙食'];
  for (let i = 0; i < count; i++)
    yield caseRow(i, tree.holders[i % tree.holders.length].name, `：${details[i % 4]}`);
}

function* studioRows(tree: CityTree, count: number): Generator<string[]> {
  for (let i = 0; i < count; i++) {
    const union = tree.grassroots[i % tree.grassroots.length];
    const name = `${nameOf(i + 5_000_000)}创新工作室${i + 1}`;
    yield* studioLevels(i, name, union.name, union.parent?.parent?.name ?? '区总工会', '示范市总工会');
  }
}

/** Up to three members of grassroots union `k` and its branches, each named with their ID-card number. */
function teamOf(tree: CityTree, members: number, k: number, size: number): string {
  const out: string[] = [];
  // member g belongs to holder g mod |holders|; the grassroots unions come first among the holders
  for (let g = k; g < members && out.length < size; g += tree.holders.length) {
    out.push(`${nameOf(g)}（${idNumberOf(g, holderOf(tree, g).district)}）`);
  }
  return out.join('、');
}

function* achievementRows(tree: CityTree, members: number, count: number): Generator<string[]> {
  for (let i = 0; i < count; i++) {
    const k = i % tree.grassroots.length;
    yield achievementRow(i, tree.grassroots[k].name, teamOf(tree, members, k, 1 + (i % 3)));
  }
}

const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/**
 * A year's holidays (休) and make-up working days (班) as the State Council's notice gives them: 2026's own; another
 * year gets the fixed-date holidays alone (元旦, 劳动节, 国庆节), without make-up days.
 */
export function calendarRows(year: number): string[][] {
  const span = (from: string, days: number, name: string) =>
    Array.from({ length: days }, (_, i) => [
      new Date(Date.parse(`${year}-${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
      '休',
      name,
    ]);
  const fixed = [...span('01-01', 3, '元旦'), ...span('05-01', 5, '劳动节'), ...span('10-01', 7, '国庆节')];
  if (year !== 2026) return fixed;
  const worked = ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10']
    .map((d) => `${year}-${d}`)
    .filter(isWeekend)
    .map((day) => [day, '班', '调休上班']);
  return [
    ...fixed,
    ...span('02-15', 9, '春节'),
    ...span('04-04', 3, '清明节'),
    ...span('06-19', 3, '端午节'),
    ...span('09-25', 3, '中秋节'),
    ...worked,
  ].sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * The sheets of a go-live at these sizes, written now unless a run of the same sizes left them; the members in one
 * sheet for the whole city, or `byDistrict` one per district.
 */
export async function goLiveSheets(
  tree: CityTree,
  sizes: Sizes,
  year: number,
  byDistrict: boolean,
  log: (line: string) => void,
): Promise<GoLiveSheets> {
  const dir = join(
    tmpdir(),
    `gonghui-bench-golive-v2-${Object.values(sizes).join('-')}-${year}${byDistrict ? '-districts' : ''}`,
  );
  mkdirSync(dir, { recursive: true });
  const sheets: GoLiveSheets = {
    unions: join(dir, '工会组织树.xlsx'),
    accounts: join(dir, '账号.xlsx'),
    members: byDistrict
      ? tree.districts.map((d) => join(dir, `会员-${d.name}.xlsx`))
      : [join(dir, `会员-${tree.federation.name}.xlsx`)],
    cases: join(dir, '诉求台账.xlsx'),
    studios: join(dir, '创新工作室台账.xlsx'),
    achievements: join(dir, '创新成果台账.xlsx'),
    calendar: join(dir, `${year}年节假日安排.xlsx`),
  };
  const done = join(dir, 'complete');
  if (existsSync(done)) return sheets;
  const write = async (path: string, sheetName: string, headers: string[], rows: Iterable<string[]>) => {
    const t = Date.now();
    const n = await writeXlsxFile(path, { sheetName, headers, rows });
    log(`  wrote ${path}: ${n.toLocaleString('en-US')} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await write(
    sheets.unions,
    '工会组织树',
    ['上级工会', '工会名称', '类型/层级', '统一社会信用代码', '职工人数', '成立日期'],
    treeRows(tree),
  );
  await write(
    sheets.accounts,
    '账号',
    ['用户名', '姓名', '手机号', '所在工会', '角色', '初始密码'],
    accountHolders(tree, sizes.accounts).map(({ union, username }, i) => [
      username,
      nameOf(i + 7_000_000),
      `139${String(i).padStart(8, '0')}`,
      union.name,
      '单位管理员',
      '',
    ]),
  );
  for (const [i, path] of sheets.members.entries()) {
    await write(
      path,
      '会员信息',
      TEMPLATE_COLUMNS.map((c) => c.zh),
      memberRows(tree, sizes.members, byDistrict ? i : null),
    );
  }
  await write(sheets.cases, '诉求台账', CASE_HEADERS, caseRows(tree, sizes.cases));
  await write(sheets.studios, '工作室', STUDIO_HEADERS, studioRows(tree, sizes.studios));
  await write(
    sheets.achievements,
    '创新成果',
    ACHIEVEMENT_HEADERS,
    achievementRows(tree, sizes.members, sizes.achievements),
  );
  await write(sheets.calendar, '节假日安排', ['日期', '休/班', '名称'], calendarRows(year));
  writeFileSync(done, new Date().toISOString());
  return sheets;
}
