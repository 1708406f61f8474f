import { openTestContext } from '../../../../test/factories.ts';

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
