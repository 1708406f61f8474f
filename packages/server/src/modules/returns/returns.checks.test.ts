import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';
import type { ReturnForm } from './returns.form.ts';
import { treeRanks } from './returns.order.ts';
import { createReturnSheets } from './returns.sheet.ts';
import { AGE_TABLE, openReturnsWorld, type ReturnsWorld, yearReturn } from './returns.test-kit.ts';

/** Issue 41's returns over a district: checks at save, the sheet's header row, what is left to fill, tree order. */
const FORM: ReturnForm = {
  sections: [
    {
      key: 's1',
      title: '基本情况',
      fields: [{ key: 'members', label: '会员人数', type: 'int', unit: '人' }],
      tables: [
        AGE_TABLE,
        {
          key: 'projects',
          label: '实事项目',
          maxRows: 20,
          columns: [
            { key: 'name', label: '项目名称', type: 'text' },
            { key: 'people', label: '受益人数', type: 'int', unit: '人' },
            { key: 'spent', label: '支出', type: 'money' },
          ],
        },
      ],
    },
  ],
  rules: [],
};

describe('a return over a district (issue 41)', () => {
  let db: Db;
  let t: TestContext;
  const clock = fixedClock('2026-03-02T09:00:00+08:00');
  let returns: ReturnsWorld['returns'];
  let filling: ReturnsWorld['filling'];
  let tables: ReturnsWorld['tables'];
  let sheets: ReturnType<typeof createReturnSheets>;
  let district: OrgRow;
  let street: OrgRow;
  /** Four grassroots unions whose ids straddle a power of ten, so their paths' text sorts g3, g4, g1, g2. */
  let g: OrgRow[];
  let staff: (o: OrgRow) => Actor;
  /** The return the tree-order test fills with open-table rows, which the export test reads. */
  let projectsReturn: number;

  beforeAll(async () => {
    ({ db, t, returns, filling, tables } = await openReturnsWorld(clock));
    sheets = createReturnSheets(filling, clock);
    district = await t.newOrg(await t.newRoot(), 'district');
    street = await t.newOrg(district, 'street', '街道总工会');
    const { rows } = await db.query<{ last: number }>(`select max(id)::int as last from orgs`);
    let ten = 10;
    while (ten - 2 <= rows[0].last) ten *= 10;
    await db.query(`select setval(pg_get_serial_sequence('orgs', 'id'), $1)`, [ten - 3]);
    g = [];
    for (const n of [1, 2, 3, 4]) g.push(await t.newOrg(street, 'grassroots', `G${n}工会`));
    staff = (o) => t.actor('staff', o);
  });
  afterAll(() => db.close());

  const issue = async (title = '2025年工会工作统计') => {
    const { id } = await returns.create(staff(district), yearReturn(title, FORM));
    await returns.issue(staff(district), id);
    return id;
  };

  it('refuses a negative count at save, typed, naming the union, the row and the column; nothing is saved', async () => {
    const id = await issue();
    await expect(
      filling.save(staff(g[0]), id, g[0].id, {
        values: [
          { key: 'members', value: '12' },
          { key: 'age.young.n', value: '-3' },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'RETURN_VALUES_INVALID',
      details: { problems: [{ key: 'age.young.n' }] },
      messages: {
        zh: expect.stringContaining('G1工会：“年龄结构·35岁以下·人数”不能为负数（填写的是“-3”）'),
        en: expect.stringContaining('G1工会: “年龄结构·35岁以下·人数” cannot be negative (it reads “-3”)'),
      },
    });
    await expect(
      filling.save(staff(g[0]), id, g[0].id, { values: [{ key: 'projects.2.people', value: '-1' }] }),
    ).rejects.toMatchObject({
      messages: { zh: expect.stringContaining('“实事项目·第2行·受益人数”不能为负数') },
    });
    expect((await filling.view(staff(g[0]), id, g[0].id)).values).toEqual({});
  });

  it('refuses a negative count in an uploaded sheet, naming the sheet row and column; nothing of it is saved', async () => {
    const id = await issue();
    const down = await sheets.download(staff(g[1]), id, g[1].id);
    const read = await readSheet(down.buffer, down.fileName);
    const rows = read.rows.map((r) => [...r.cells]);
    const set = (label: string, value: string) => {
      const row = rows.find((r) => r[1] === label);
      if (!row) throw new Error(label);
      row[3] = value;
    };
    set('会员人数', '30');
    set('年龄结构·35岁及以上·人数', '-5');
    const file = writeWorkbook([
      { name: '填报', headers: read.headers, rows },
      { name: '1.实事项目', headers: ['项目名称', '受益人数', '支出'], rows: [['送清凉', '-8', '100']] },
    ]);
    const rowNo = rows.findIndex((r) => r[1] === '年龄结构·35岁及以上·人数') + 2;
    const err = await sheets.upload(staff(g[1]), id, g[1].id, { file, fileName: 'g2.xlsx' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'RETURN_SHEET_INVALID' });
    expect(err.details.errors).toEqual([
      expect.objectContaining({
        key: 'age.old.n',
        rowNo,
        column: 'D',
        zh: `第${rowNo}行D列：G2工会：“年龄结构·35岁及以上·人数”不能为负数（填写的是“-5”）`,
      }),
      expect.objectContaining({
        key: 'projects.1.people',
        rowNo: 2,
        column: 'B',
        zh: expect.stringContaining(
          '工作表“1.实事项目”第2行B列：G2工会：“实事项目·第1行·受益人数”不能为负数',
        ),
      }),
    ]);
    expect((await filling.view(staff(g[1]), id, g[1].id)).values).toEqual({});
  });

  it('refuses a sheet without its header row, saying row 1 should be the header and naming its columns', async () => {
    const id = await issue();
    const down = await sheets.download(staff(g[2]), id, g[2].id);
    const read = await readSheet(down.buffer, down.fileName);
    const rows = read.rows.map((r) => [...r.cells]);
    rows[0][3] = '15';
    // the header row deleted: the first row of values stands where the header was
    const headless = writeWorkbook([{ name: '填报', headers: rows[0] as string[], rows: rows.slice(1) }]);
    await expect(
      sheets.upload(staff(g[2]), id, g[2].id, { file: headless, fileName: 'g3.xlsx' }),
    ).rejects.toMatchObject({
      code: 'RETURN_SHEET_NO_HEADER',
      messages: {
        zh: expect.stringMatching(/^第1行应为表头：栏目、项目、单位、填报值、平台统计数、修改原因、说明/),
        en: expect.stringMatching(/^Row 1 should be the header: 栏目, 项目, 单位, 填报值/),
      },
    });
    expect((await filling.view(staff(g[2]), id, g[2].id)).values).toEqual({});
  });

  /** Four returns issued to g[3]: one left open, one submitted, one submitted then accepted, one sent back. */
  const inEveryState = async () => {
    const open = await issue('待填的');
    const accepted = await issue('已通过的');
    const submitted = await issue('已报送的');
    const returned = await issue('被退回的');
    for (const id of [accepted, submitted, returned]) await filling.submit(staff(g[3]), id, g[3].id);
    await filling.accept(staff(street), accepted, g[3].id);
    await filling.sendBack(staff(street), returned, g[3].id, { note: '请核对' });
    return { open, accepted, submitted, returned };
  };

  it('lists as still to fill only the returns not yet submitted or sent back', async () => {
    const { open, accepted, submitted, returned } = await inEveryState();
    const { toFill, toFillTotal } = await returns.list(staff(g[3]), {});
    const ids = toFill.map((r) => r.returnId);
    expect(ids).toContain(open);
    expect(ids).toContain(returned);
    expect(ids).not.toContain(accepted);
    expect(ids).not.toContain(submitted);
    expect(toFill.every((r) => r.status === 'open' || r.status === 'returned')).toBe(true);
    expect(toFillTotal).toBe(toFill.length);
  });

  it('lists as reported the returns the union submitted, accepted or not, the latest sent first', async () => {
    const { open, accepted, submitted, returned } = await inEveryState();
    const { reported, reportedTotal } = await returns.list(staff(g[3]), {});
    const ids = reported.map((r) => r.returnId);
    // sent back, it is the union's to fill again; never sent, it was never reported
    expect(ids).not.toContain(open);
    expect(ids).not.toContain(returned);
    // sent after the accepted one (the clock stands still here: the later return first)
    expect(ids.indexOf(submitted)).toBeLessThan(ids.indexOf(accepted));
    expect(reported.find((r) => r.returnId === accepted)).toMatchObject({
      status: 'accepted',
      orgId: g[3].id,
    });
    expect(reported.find((r) => r.returnId === submitted)?.submittedAt).not.toBeNull();
    expect(reportedTotal).toBe(reported.length);
    // another union's staff see none of g[3]'s
    expect((await returns.list(staff(g[2]), {})).reported.map((r) => r.returnId)).not.toContain(submitted);
  });

  it('orders unions in the tree’s order in the consolidated table, its progress and its export', async () => {
    expect(g.map((o) => o.path).sort()).toEqual([g[2].path, g[3].path, g[0].path, g[1].path]);
    const id = await issue('实事项目统计');
    const projects = [
      ['送清凉', '120', '3,500.5'],
      ['金秋助学', '8', '12000'],
    ];
    for (const o of g) {
      const values = [{ key: 'members', value: '10' }];
      // G1's eleven rows: row 10 and 11 come after row 2
      const mine =
        o === g[0] ? Array.from({ length: 11 }, (_, i) => [`项目${i + 1}`, String(i), '1']) : projects;
      mine.forEach(([name, people, spent], i) => {
        values.push({ key: `projects.${i + 1}.name`, value: name });
        values.push({ key: `projects.${i + 1}.people`, value: people });
        values.push({ key: `projects.${i + 1}.spent`, value: spent });
      });
      await filling.save(staff(o), id, o.id, { values });
      await filling.submit(staff(o), id, o.id);
    }
    const names = g.map((o) => o.name);
    const table = await tables.table(staff(street), id, street.id);
    expect(table.columns.map((c) => c.orgName)).toEqual(names);
    const list = table.lists[0].rows;
    expect(list.slice(0, 11).map((r) => r.cells.name)).toEqual(
      Array.from({ length: 11 }, (_, i) => `项目${i + 1}`),
    );
    expect([...new Set(list.map((r) => r.orgName))]).toEqual(names);
    expect((await tables.progress(staff(street), id)).unions.map((u) => u.orgName)).toEqual(names);
    expect((await filling.view(staff(street), id, street.id)).children.map((c) => c.orgName)).toEqual(names);
    const xlsx = await tables.tableXlsx(staff(street), id, street.id);
    expect((await readSheet(xlsx.buffer, xlsx.fileName)).headers.slice(4)).toEqual(names);
    projectsReturn = id;
  });

  it('writes the open table of the export with its counts and amounts as numbers (amounts shown 0.00)', async () => {
    const names = g.map((o) => o.name);
    const xlsx = await tables.tableXlsx(staff(street), projectsReturn, street.id);
    // the open table: its own sheet, numbers as numbers, amounts shown 0.00
    const sheet = await readSheet(xlsx.buffer, xlsx.fileName, { isHeader: (cells) => cells[0] === '工会' });
    expect(sheet.sheetName).toBe('清单1-实事项目');
    expect(sheet.headers).toEqual(['工会', '项目名称', '受益人数（人）', '支出（元）']);
    expect([...new Set(sheet.rows.map((r) => r.cells[0]))]).toEqual(names);
    expect(sheet.rows[11].cells).toEqual([g[1].name, '送清凉', '120', '3500.5']);
    const xml = sheetXml(xlsx.buffer, 3);
    expect(xml).toContain('<c r="C13"><v>120</v></c>');
    expect(xml).toMatch(/<c r="D13" s="4"><v>3500.5<\/v><\/c>/);
    // below the header row, no count or amount is text
    expect(xml).not.toMatch(/<c r="[CD](?!1")\d+"[^>]*t="inlineStr"/);
  });
});

describe('tree ranks', () => {
  it('puts a parent before its children and siblings in the order listed, whatever their ids', () => {
    const ranks = treeRanks([
      { id: 1, parentId: null },
      { id: 9, parentId: 1 },
      { id: 10, parentId: 1 },
      { id: 100, parentId: 10 },
      { id: 11, parentId: 9 },
    ]);
    expect([...ranks.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id)).toEqual([1, 9, 11, 10, 100]);
  });
});

/** The XML of the n-th worksheet (1-based) of a workbook the writer made (stored deflated). */
function sheetXml(file: Buffer, n: number): string {
  let at = 0;
  while (at < file.length - 30 && file.readUInt32LE(at) === 0x04034b50) {
    const size = file.readUInt32LE(at + 18);
    const nameLength = file.readUInt16LE(at + 26);
    const extra = file.readUInt16LE(at + 28);
    const name = file.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    if (name === `xl/worksheets/sheet${n}.xml`)
      return inflateRawSync(file.subarray(start, start + size)).toString('utf8');
    at = start + size;
  }
  throw new Error(`no sheet ${n}`);
}
