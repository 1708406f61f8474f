import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { exportOrgs } from './org.export.ts';
import { importOrgs } from './org.import.ts';
import type { OrgRow } from './org.repository.ts';
import { usccCheckChar } from './uscc.ts';

let db: Db;
let ctx: TestContext;
let root: OrgRow;
let district: OrgRow;

const USCC = `91110113MA01ABCD5${usccCheckChar('91110113MA01ABCD5')}`;
const BAD_USCC = `91110113MA01ABCD5${USCC.endsWith('0') ? '1' : '0'}`;
const HEADERS = ['上级工会', '工会名称', '类型/层级', '统一社会信用代码', '成立日期'];
const sheet = (rows: string[][]) =>
  readSheet(writeWorkbook([{ name: 's', headers: HEADERS, rows }]), 'o.xlsx');
const orgCount = async () => (await db.query<{ n: number }>('select count(*) as n from orgs')).rows[0].n;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district', `区总工会${ctx.unique()}`);
});
afterAll(async () => {
  await db.close();
});

describe('union sheet import', () => {
  it('creates unions top to bottom, a later row naming an earlier one as parent', async () => {
    const staff = ctx.actor('staff', district);
    const { created, ignoredRows } = await importOrgs(
      db,
      staff,
      await sheet([
        [district.name, '测试街道总工会', '街道总工会', '', '2019-05-04'],
        ['测试街道总工会', '测试科技有限公司工会', '基层工会', USCC, '2020/1/2'],
        ['测试科技有限公司工会', '研发分会', '5', '', ''],
        ['合计', '', '', '', ''],
        ['填表说明：类型填写基层工会、街道总工会等', '', '', '', ''],
      ]),
    );
    expect(ignoredRows).toEqual([
      { rowNo: 5, reason: 'total' },
      { rowNo: 6, reason: 'note' },
    ]);
    expect(created.map((o) => [o.name, o.kind, o.level])).toEqual([
      ['测试街道总工会', 'street', 3],
      ['测试科技有限公司工会', 'grassroots', 4],
      ['研发分会', 'branch', 5],
    ]);
    expect(created[1].path).toBe(`${created[0].path}${created[1].id}/`);
    expect(created[0].foundedOn).toBe('2019-05-04');
  });

  it('names the sheet and the headers it read when the required columns are not there', async () => {
    const roster = await readSheet(
      writeWorkbook([
        { name: '会员名单', headers: ['姓名', '身份证号', '入会日期'], rows: [['王䶮', '', '']] },
      ]),
      'roster.xlsx',
    );
    await expect(importOrgs(db, ctx.actor('staff', district), roster)).rejects.toMatchObject({
      code: 'COLUMN_MISSING',
      messages: {
        zh: '缺少必需的列：工会名称、类型/层级（读取的是工作表“会员名单”第1行：姓名、身份证号、入会日期）',
        en: expect.stringContaining('(read from sheet "会员名单", row 1: 姓名, 身份证号, 入会日期)'),
      },
    });
  });

  it('creates nothing when any row is wrong, and names every bad row', async () => {
    const before = await orgCount();
    const staff = ctx.actor('staff', district);
    const err = await importOrgs(
      db,
      staff,
      await sheet([
        [district.name, '好的工会', '基层工会', '', ''],
        ['不存在的上级', '孤儿工会', '基层工会', '', ''],
        [district.name, '坏代码工会', '基层工会', BAD_USCC, ''],
        [district.name, '错层级工会', '区总工会', '', ''],
        [district.name, '测试街道总工会', '街道', '', ''],
      ]),
    ).catch((e) => e);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details.errors.map((e: { rowNo: number; code: string }) => [e.rowNo, e.code])).toEqual([
      [3, 'UNION_UNKNOWN'],
      [4, 'USCC_INVALID'],
      [5, 'ORG_LEVEL_INVALID'],
      [6, 'ORG_EXISTS'],
    ]);
    expect(await orgCount()).toBe(before);
    const level = err.details.errors.find((e: { code: string }) => e.code === 'ORG_LEVEL_INVALID');
    expect(level.messageZh).toContain('区总工会属第2级');
    expect(level.messageZh).toContain(`不能设在第2级的“${district.name}”之下`);
  });

  it('reads the counts a clerk writes and says what to write instead of a count it cannot read', async () => {
    const u = ctx.unique();
    const district = await ctx.newOrg(root, 'district', `人数区总工会${u}`);
    const staff = ctx.actor('staff', district);
    const rows = (workers: string) =>
      readSheet(
        writeWorkbook([
          {
            name: 's',
            headers: ['上级工会', '工会名称', '类型/层级', '职工人数', '女职工人数'],
            rows: [[district.name, `人数${u}工会`, '基层工会', workers, '120人']],
          },
        ]),
        'o.xlsx',
      );
    const err = await importOrgs(db, staff, await rows('约480')).catch((e) => e);
    expect(err.details.errors).toMatchObject([
      {
        rowNo: 2,
        column: '职工人数',
        messageZh: '“约480”不是人数：请只填整数，如 120（写成 1,200 或 120人 也可以）',
        messageEn: '"约480" is not a number of people: write a whole number only, e.g. 120 or 1,200',
      },
    ]);
    const { created } = await importOrgs(db, staff, await rows('1,200'));
    expect(created.map((o) => [o.workerCount, o.womenWorkerCount])).toEqual([[1200, 120]]);
  });

  it('names the earlier row of a union typed twice', async () => {
    const staff = ctx.actor('staff', district);
    const err = await importOrgs(
      db,
      staff,
      await sheet([
        [district.name, '重复工会', '基层工会', '', ''],
        [district.name, '重复工会', '基层工会', '', ''],
      ]),
    ).catch((e) => e);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    const [twice] = err.details.errors as { rowNo: number; messageZh: string; messageEn: string }[];
    expect(twice.rowNo).toBe(3);
    expect(twice.messageZh).toBe(`与本表第2行重复：${district.name}下的“重复工会”已在第2行，请删去其中一行`);
    expect(twice.messageEn).toContain('Repeats row 2');
  });

  it('takes a name typed with brackets or spaces of the other width for the union it names, on a row above or in the tree', async () => {
    const u = ctx.unique();
    const district = await ctx.newOrg(root, 'district', `括号区总工会${u}`);
    const staff = ctx.actor('staff', district);
    await ctx.newOrg(district, 'grassroots', `旧有（乙${u}）公司工会`);
    const err = await importOrgs(
      db,
      staff,
      await sheet([
        [district.name, `新建（甲${u}）公司工会`, '基层工会', '', ''],
        [district.name, `新建(甲${u})公司工会`, '基层工会', '', ''],
        [district.name, `旧有 (乙${u}) 公司工会`, '基层工会', '', ''],
      ]),
    ).catch((e) => e);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    const told = (err.details.errors as { rowNo: number; messageZh: string }[]).map((e) => [
      e.rowNo,
      e.messageZh,
    ]);
    expect(told).toEqual([
      [3, `与本表第2行重复：${district.name}下的“新建(甲${u})公司工会”已在第2行，请删去其中一行`],
      [4, `${district.name}下已有“旧有 (乙${u}) 公司工会”，不必再导入，请删去此行`],
    ]);
  });

  it('reads a parent on a row above as every register reads a union: brackets, code, name without its ending', async () => {
    const district = await ctx.newOrg(root, 'district', `另一区总工会${ctx.unique()}`);
    const staff = ctx.actor('staff', district);
    const code = `91110113MA01ABCE7${usccCheckChar('91110113MA01ABCE7')}`;
    const u = ctx.unique();
    const { created } = await importOrgs(
      db,
      staff,
      await sheet([
        [district.name, `第一医院（集团）${u}工会`, '集团工会', '', ''],
        [`第一医院(集团)${u}工会`, `护理部${u}工会`, '基层工会', code, ''],
        [` ${code.toLowerCase()} `, `护理一分会${u}`, '分会', '', ''],
        [`护理部${u}`, `护理二分会${u}`, '分会', '', ''],
        // a registered union by the name without its ending, as the registers take it
        [district.name.replace(/总工会$/, ''), `第二医院${u}工会`, '基层工会', '', ''],
      ]),
    );
    const byName = new Map(created.map((o) => [o.name, o]));
    const parentOf = (name: string) => created.find((o) => byName.get(name)?.parentId === o.id)?.name;
    expect(parentOf(`护理部${u}工会`)).toBe(`第一医院（集团）${u}工会`);
    expect(parentOf(`护理一分会${u}`)).toBe(`护理部${u}工会`);
    expect(parentOf(`护理二分会${u}`)).toBe(`护理部${u}工会`);
    expect(byName.get(`第二医院${u}工会`)?.parentId).toBe(district.id);
  });

  it('suggests the union of a row above that a parent typed without its city’s name may mean', async () => {
    const staff = ctx.actor('staff', district);
    const u = ctx.unique();
    const err = await importOrgs(
      db,
      staff,
      await sheet([
        [district.name, `江州市西岭${u}街道总工会`, '街道总工会', '', ''],
        [`西岭${u}街道总工会`, `西岭物流${u}工会`, '基层工会', '', ''],
      ]),
    ).catch((e) => e);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details.errors).toMatchObject([
      {
        rowNo: 3,
        code: 'UNION_UNKNOWN',
        messageZh: `本工会管辖范围内和本表上方都没有名为「西岭${u}街道总工会」的工会（您是否指：「江州市西岭${u}街道总工会」？）`,
        messageEn: `No union "西岭${u}街道总工会" in your subtree or on the rows above (Did you mean: "江州市西岭${u}街道总工会"?)`,
      },
    ]);
  });

  it('refuses a parent two rows above answer to, naming neither', async () => {
    const staff = ctx.actor('staff', district);
    const u = ctx.unique();
    const err = await importOrgs(
      db,
      staff,
      await sheet([
        [district.name, `东湖${u}工会`, '基层工会', '', ''],
        [district.name, `东湖${u}总工会`, '街道总工会', '', ''],
        [`东湖${u}`, `一分会${u}`, '分会', '', ''],
      ]),
    ).catch((e) => e);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details.errors).toMatchObject([
      {
        rowNo: 4,
        code: 'UNION_AMBIGUOUS',
        messageZh: `本表上方有多个工会可称为“东湖${u}”，请填写上级工会的全称`,
      },
    ]);
  });

  it('takes a district’s industry federation and system union under the district, and their grassroots unions', async () => {
    const staff = ctx.actor('staff', district);
    const { created } = await importOrgs(
      db,
      staff,
      await sheet([
        [district.name, '区建筑业工会联合会', '行业工会联合会', '', ''],
        [district.name, '区教育系统工会', '系统工会', '', ''],
        ['区教育系统工会', '第一中学工会', '基层工会', '', ''],
      ]),
    );
    expect(created.map((o) => [o.name, o.kind, o.level])).toEqual([
      ['区建筑业工会联合会', 'industry_federation', 3],
      ['区教育系统工会', 'system', 3],
      ['第一中学工会', 'grassroots', 4],
    ]);
  });

  it('exports the subtree with the names on the way down', async () => {
    const { buffer, count } = await exportOrgs(db, ctx.actor('staff', district));
    const read = await readSheet(buffer, 'orgs.xlsx');
    expect(count).toBe(7);
    const branch = read.rows.find((r) => r.cells[5] === '研发分会');
    expect(branch?.cells[2]).toBe(
      `${root.name} / ${district.name} / 测试街道总工会 / 测试科技有限公司工会 / 研发分会`,
    );
    expect(branch?.cells[3]).toBe('5');
  });

  it('refuses a name taken under the parent named, by name or by id, and only under that parent', async () => {
    const staff = ctx.actor('staff', district);
    const err = await importOrgs(
      db,
      staff,
      await sheet([
        [String(district.id), '测试街道总工会', '街道总工会', '', ''],
        [district.name, '研发分会', '基层工会', '', ''],
        [district.name, '测试街道总工会', '街道总工会', '', ''],
      ]),
    ).catch((e) => e);
    expect(err.details.errors.map((e: { rowNo: number; code: string }) => [e.rowNo, e.code])).toEqual([
      [2, 'ORG_EXISTS'],
      [4, 'ORG_EXISTS'],
    ]);
    // 研发分会 is taken under the company's union, not under the district.
    const { created } = await importOrgs(
      db,
      staff,
      await sheet([[district.name, '研发分会', '基层工会', '', '']]),
    );
    expect(created.map((o) => [o.name, Number(o.parentId)])).toEqual([['研发分会', Number(district.id)]]);
  });

  it('answers 已有 on every row of a tree sheet brought in again, its parents read as the unions of the tree', async () => {
    const admin = ctx.actor('admin', null);
    const u = ctx.unique();
    const tree = () =>
      readSheet(
        writeWorkbook([
          {
            name: 's',
            headers: ['上级工会', '工会名称', '类型/层级', '简称'],
            rows: [
              ['', `江州${u}市总工会`, '市总工会', `市总${u}`],
              [`市总${u}`, `江北${u}区总工会`, '区总工会', ''],
              [`江北${u}区`, `滨江${u}街道总工会`, '街道总工会', ''],
            ],
          },
        ]),
        'tree.xlsx',
      );
    await importOrgs(db, admin, await tree());
    const before = await orgCount();
    const err = await importOrgs(db, admin, await tree()).catch((e) => e);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details.errors).toMatchObject([
      { rowNo: 2, code: 'ORG_EXISTS', messageZh: `已有最上级工会“江州${u}市总工会”，不必再导入，请删去此行` },
      {
        rowNo: 3,
        code: 'ORG_EXISTS',
        messageZh: `江州${u}市总工会下已有“江北${u}区总工会”，不必再导入，请删去此行`,
      },
      { rowNo: 4, code: 'ORG_EXISTS' },
    ]);
    expect(await orgCount()).toBe(before);
  });

  it('compares a top union’s name as a name under a parent is: brackets and spaces of either width', async () => {
    const admin = ctx.actor('admin', null);
    const u = ctx.unique();
    const top = `江州${u}市总工会（东区）`;
    const book = (rows: string[][]) =>
      readSheet(
        writeWorkbook([{ name: 's', headers: ['上级工会', '工会名称', '类型/层级'], rows }]),
        'tree.xlsx',
      );
    await importOrgs(db, admin, await book([['', top, '市总工会']]));
    const [existing] = (
      await db.query<{ id: number }>('select id from orgs where parent_id is null and name = $1', [top])
    ).rows;
    const before = await orgCount();
    // the top union typed with half-width brackets and a space: the one the tree has, not a second
    const again = [
      ['', `江州${u}市总工会 (东区)`, '市总工会'],
      [`江州${u}市总工会(东区)`, `江北${u}区总工会`, '区总工会'],
    ];
    const err = await importOrgs(db, admin, await book(again)).catch((e) => e);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details).toMatchObject({
      valid: 1,
      errors: [{ rowNo: 2, code: 'ORG_EXISTS', messageZh: `已有最上级工会“${top}”，不必再导入，请删去此行` }],
    });
    expect(await orgCount()).toBe(before);
    // that row left out, the union under it goes under the top union the tree has
    const { created } = await importOrgs(db, admin, await book(again.slice(1)));
    expect(created.map((o) => [o.name, Number(o.parentId)])).toEqual([
      [`江北${u}区总工会`, Number(existing.id)],
    ]);
    // two top unions of one name in a sheet, whatever the width of their brackets: one is a repeat
    const twice = await importOrgs(
      db,
      admin,
      await book([
        ['', `海州${u}市总工会（西区）`, '市总工会'],
        ['', `海州${u}市总工会(西区)`, '市总工会'],
      ]),
    ).catch((e) => e);
    expect(twice.details.errors).toMatchObject([{ rowNo: 3, code: 'ORG_EXISTS' }]);
    expect(twice.details.errors[0].messageZh).toMatch(/^与本表第2行重复：最上级工会/);
  });

  it('refuses a parent named by a name two unions have, asking for the full name or the id', async () => {
    const street = await ctx.newOrg(district, 'street', `同名上级街道${ctx.unique()}`);
    await ctx.newOrg(district, 'grassroots', '同名上级工会');
    await ctx.newOrg(street, 'grassroots', '同名上级工会');
    const err = await importOrgs(
      db,
      ctx.actor('staff', district),
      await sheet([['同名上级工会', '同名之下分会', '分会', '', '']]),
    ).catch((e) => e);
    expect(err.details.errors).toMatchObject([
      {
        rowNo: 2,
        code: 'UNION_AMBIGUOUS',
        messageZh: '管辖范围内有多个名为“同名上级工会”的工会，请填写全称或ID',
        messageEn: 'More than one union is called "同名上级工会"; use its full name or id',
      },
    ]);
  });

  it('reads a county union as a district one, as a county federation writes it', async () => {
    const county = `青山县总工会${ctx.unique()}`;
    const { created } = await importOrgs(
      db,
      ctx.actor('staff', root),
      await sheet([
        [root.name, county, '县总工会', '', ''],
        [county, `东河镇总工会${ctx.unique()}`, '乡镇', '', ''],
        [root.name, `西岭县总工会${ctx.unique()}`, '县级', '', ''],
      ]),
    );
    expect(created.map((o) => [o.kind, o.level])).toEqual([
      ['district', 2],
      ['town', 3],
      ['district', 2],
    ]);
  });
});
