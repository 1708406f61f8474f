import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { importOrgs } from './org.import.ts';
import type { OrgRow } from './org.repository.ts';

let db: Db;
let ctx: TestContext;
let root: OrgRow;

const HEADERS = ['上级工会', '工会名称', '类型/层级'];
const sheet = (rows: string[][]) =>
  readSheet(writeWorkbook([{ name: 's', headers: HEADERS, rows }]), 'o.xlsx');
/** What a district's clerk is refused with, importing the rows. */
const refusal = async (district: OrgRow, rows: string[][]) =>
  importOrgs(db, ctx.actor('staff', district), await sheet(rows)).catch((e) => e);

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  root = await ctx.newRoot();
});
afterAll(async () => {
  await db.close();
});

/** A union tree sheet as a district writes it: the parent by its seal's name or on a row out of order, a blank kind. */
describe('union sheet import: the parent a row names', () => {
  it('takes 工会委员会 for the union named 工会, in the tree and on a row above, and the other way round', async () => {
    const u = ctx.unique();
    const district = await ctx.newOrg(root, 'district', `青河${u}区总工会`);
    const street = await ctx.newOrg(district, 'street', `东坝${u}街道工会`);
    const seal = await ctx.newOrg(district, 'street', `西山${u}镇工会委员会`);
    const { created } = await importOrgs(
      db,
      ctx.actor('staff', district),
      await sheet([
        // registered as 工会, written as its seal reads
        [`东坝${u}街道工会委员会`, `东坝商贸${u}有限公司工会`, '基层工会'],
        // registered as 工会委员会, written as 工会
        [`西山${u}镇工会`, `西山农机${u}合作社工会`, '基层工会'],
        // a row above named 工会, written as 工会委员会 below it
        [district.name, `南湖${u}街道工会`, '街道'],
        [`南湖${u}街道工会委员会`, `南湖社区${u}工会`, '基层工会'],
      ]),
    );
    const parentOf = (name: string) => created.find((o) => o.name === name)?.parentId;
    expect(parentOf(`东坝商贸${u}有限公司工会`)).toBe(street.id);
    expect(parentOf(`西山农机${u}合作社工会`)).toBe(seal.id);
    expect(parentOf(`南湖社区${u}工会`)).toBe(created.find((o) => o.name === `南湖${u}街道工会`)?.id);
  });

  it('refuses 工会委员会 when two unions answer to it, one in the tree and one on a row above', async () => {
    const u = ctx.unique();
    const district = await ctx.newOrg(root, 'district', `北岭${u}区总工会`);
    const town = await ctx.newOrg(district, 'town', `北岭${u}镇总工会`);
    await ctx.newOrg(district, 'street', `石桥${u}工会`);
    const err = await refusal(district, [
      [town.name, `石桥${u}工会`, '基层工会'],
      [`石桥${u}工会委员会`, `一分会${u}`, '分会'],
    ]);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details.errors).toMatchObject([{ rowNo: 3, column: '上级工会', code: 'UNION_AMBIGUOUS' }]);
    const written = await db.query('select 1 from orgs where name = any($1)', [
      [`石桥${u}工会`, `一分会${u}`],
    ]);
    expect(written.rows).toEqual([{ '?column?': 1 }]);
  });

  it('names the row below that holds a parent written after its child, and says to move it up', async () => {
    const u = ctx.unique();
    const district = await ctx.newOrg(root, 'district', `南山${u}区总工会`);
    const err = await refusal(district, [
      [district.name, `东城${u}街道总工会`, '街道'],
      [`南湖${u}街道总工会委员会`, `南湖社区${u}工会`, '基层工会'],
      [district.name, `南湖${u}街道总工会`, '街道'],
    ]);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details.errors).toEqual([
      {
        rowNo: 3,
        column: '上级工会',
        value: `南湖${u}街道总工会委员会`,
        code: 'PARENT_BELOW',
        messageZh: `上级工会「南湖${u}街道总工会委员会」在本表下方的第4行：请把第4行移到本行之上（上级工会须写在它下面的工会之前）`,
        messageEn: `The parent "南湖${u}街道总工会委员会" is on row 4, below this one: move row 4 above this row (a parent must come before the unions under it)`,
      },
    ]);
  });

  it('asks for the kind of a row that leaves it blank, not that a blank is an invalid kind', async () => {
    const u = ctx.unique();
    const district = await ctx.newOrg(root, 'district', `西河${u}区总工会`);
    const err = await refusal(district, [[district.name, `西河物流${u}有限公司工会`, '']]);
    expect(err.details.errors).toEqual([
      {
        rowNo: 2,
        column: '类型/层级',
        value: '',
        code: 'REQUIRED',
        messageZh: '类型/层级不能为空，请填写基层工会、街道总工会、乡镇总工会、区总工会、分会等，或层级1至5',
        messageEn:
          'The kind is required: write 基层工会, 街道总工会, 乡镇总工会, 区总工会, 分会 and so on, or the level 1 to 5',
      },
    ]);
  });
});
