/**
 * What an auditor reads off the donations' sheets, as a third-party reader (openpyxl) opens them: goods given with no
 * value (未标价) are a blank cell, never 0.00 — which reads "worth nothing" — and a note says they are not in the
 * sum; the statistics' list of gifts (捐赠明细) ends in a 合计 row, yuan as numbers shown 0.00; and the asked union's
 * own gifts read 「X（本级）」 on the page and in the sheet, as every statistics page names a union's own row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReadCell, readBooksInto, textOf, workbookFolder } from '../../../test/export-sheets.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { UNPRICED_NOTE } from './donations.export.ts';
import { donationsKit } from './donations.test-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '未标价捐赠测试区总工会'],
    firm: ['district/grassroots', '未标价捐赠测试基层工会'],
  },
  users: { staff: ['staff', 'district'] },
});
const kit = donationsKit(w);
const folder = workbookFolder('gonghui-unpriced-');
const books: { url: string; book?: import('../../../test/export-sheets.ts').ReadBook }[] = [];
let donor: string;
let missing: string | null = null;

beforeAll(async () => {
  donor = `北京未标价捐赠测试有限公司${w.t.ctx.unique()}`;
  const gift = { 爱心单位: donor, 捐赠日期: '2026-03-05' };
  await kit.imported(
    kit.sheetOf([
      { ...gift, 受赠工会: w.district.name, '金额（元）': '1000.50' },
      { ...gift, 受赠工会: w.firm.name, '金额（元）': '300', 物品名称: '大米', 数量: '20', 单位: '袋' },
      // goods given with no value: the donor named none
      { ...gift, 受赠工会: w.firm.name, '金额（元）': '', 物品名称: '春联', 数量: '100', 单位: '副' },
    ]),
    { created: 3 },
  );
  for (const url of [
    `/api/donations.xlsx?orgId=${w.district.id}&year=2026`,
    `/api/donations/stats.xlsx?orgId=${w.district.id}&year=2026`,
  ]) {
    const res = await w.t.call({ method: 'GET', url, cookie: w.staff });
    expect(res.statusCode, res.body).toBe(200);
    folder.save(res.rawPayload);
    books.push({ url });
  }
  missing = readBooksInto(books, folder.files, () => true);
});
afterAll(() => folder.remove());

/** A sheet of the workbook `i` as openpyxl read it, by its name. */
function sheet(i: number, name: string): (ReadCell | null)[][] {
  if (missing) expect.fail(missing);
  const book = books[i].book;
  if (!book?.ok) throw new Error(`${books[i].url}: ${book?.ok === false ? book.error : 'not read'}`);
  const found = book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`${books[i].url}: no sheet ${name} in ${book.sheets.map((s) => s.name)}`);
  return found.rows;
}
const column = (rows: (ReadCell | null)[][], header: string) =>
  rows[0].findIndex((c) => textOf(c) === header);
const rowOf = (rows: (ReadCell | null)[][], text: string) =>
  rows.find((r) => r.some((c) => textOf(c) === text));
const yuanCell = (v: number) => ({ t: 'n', v, f: '0.00', d: false });

describe.each([
  { i: 0, name: '捐赠登记', donorHeader: '爱心单位' },
  { i: 1, name: '捐赠明细', donorHeader: '捐赠方' },
])('the sheet of gifts $name', ({ i, name, donorHeader }) => {
  it('leaves unpriced goods blank, sums the priced ones in a 合计 row of yuan, and says the blank is not in it', () => {
    const rows = sheet(i, name);
    const amount = column(rows, '金额或价值（元）');
    const unpriced = rows.find((r) => r.some((c) => textOf(c).startsWith('春联')));
    expect(unpriced?.[amount] ?? null).toBeNull();
    const rice = rows.find((r) => r.some((c) => textOf(c).startsWith('大米')));
    expect(rice?.[amount]).toEqual(yuanCell(300));
    const total = rowOf(rows, '合计');
    expect(total?.findIndex((c) => textOf(c) === '合计')).toBe(column(rows, donorHeader));
    expect(total?.[amount]).toEqual(yuanCell(1300.5));
    expect(rows.some((r) => textOf(r[0]) === UNPRICED_NOTE)).toBe(true);
  });
});

describe('the donations statistics', () => {
  it('name the asked union’s own gifts 「X（本级）」 in the sheet of unions, its unions below a step in', () => {
    const rows = sheet(1, '受赠工会');
    expect(rows.slice(1, 3).map((r) => [textOf(r[0]), r[0]?.i ?? 0])).toEqual([
      [`${w.district.name}（本级）`, 0],
      [w.firm.name, 1],
    ]);
    // the unpriced goods count nothing in the value summed
    expect(textOf(rowOf(rows, '合计')?.[2])).toBe('300');
  });

  it('say which row is the asked union’s own to the page, which names it in its language', async () => {
    const res = await w.t.call({
      method: 'GET',
      url: `/api/donations/stats?orgId=${w.district.id}&year=2026`,
      cookie: w.staff,
    });
    const s = res.json() as { byUnion: { orgName: string; own: boolean }[] };
    expect(s.byUnion.map((u) => [u.orgName, u.own])).toEqual([
      [w.district.name, true],
      [w.firm.name, false],
    ]);
  });

  it('sent back, the list with its blank values and its notes comes in as it left: every gift on record', async () => {
    const res = await w.t.call({
      method: 'GET',
      url: `/api/donations.xlsx?orgId=${w.district.id}&year=2026`,
      cookie: w.staff,
    });
    const back = await kit.send(res.rawPayload, true);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ errors: [], created: 0, onRecord: 3 });
  });
});
