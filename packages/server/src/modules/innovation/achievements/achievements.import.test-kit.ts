import { openTestContext } from '../../../../test/factories.ts';
import type { CellValue } from '../../../shared/register-sheet.ts';
import type { Row } from './achievements.import.gather.ts';
import type { AchievementKey } from './achievements.import.sheet.ts';

/**
 * What an achievements import test works in: a fresh database, a district with one grassroots union named after
 * `label`, the district's staff who imports, and one member of the union for each name in `members` (made unique).
 */
export async function achievementsImportWorld(label: string, members: readonly string[]) {
  const { db, ctx: t } = await openTestContext();
  const root = await t.newRoot();
  const district = await t.newOrg(root, 'district');
  const firm = await t.newOrg(district, 'grassroots', `测试${label}工会${t.unique()}`);
  const staff = t.actor('staff', district);
  const names: string[] = [];
  for (const m of members) {
    const name = `${label}${m}${t.unique()}`;
    await t.newPerson(firm, { name });
    names.push(name);
  }
  return { db, t, district, firm, staff, members: names };
}

/** A patent's columns, last in the sheets of these tests. */
const PATENT_COLUMNS = ['专利号', '专利类型', '授权日期'];

/** The headers of a full sheet in these tests, in the template's order: the achievement, its abstract and team, its
 * patent (a test adds the columns it needs after them). */
export const ACHIEVEMENT_HEADERS = [
  ...['成果名称', '所在工会', '所属工作室', '成果类型', '完成年度', '成果简介', '团队成员'],
  ...PATENT_COLUMNS,
];

/** The headers of a sheet of patents: no studio, no abstract. */
export const PATENT_HEADERS = ['成果名称', '所在工会', '成果类型', '完成年度', '团队成员', ...PATENT_COLUMNS];

/** A row as the register hands it on once read: a management innovation of 2020 of `union` by `team`, every other
 * cell empty, `v` over it. */
export const achievementRow = (
  rowNo: number,
  union: string,
  team: string,
  v: Partial<Record<AchievementKey, CellValue>> = {},
): Row => ({
  rowNo,
  values: {
    title: null,
    union,
    studio: null,
    type: 'management_innovation',
    year: 2020,
    abstract: null,
    team,
    patentNo: null,
    patentType: null,
    grantedOn: null,
    convertedOn: null,
    value: null,
    partner: null,
    publishedOn: null,
    stage: null,
    industry: null,
    ...v,
  },
});
