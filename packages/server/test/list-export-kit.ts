import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { type ReadCell, readBooks, readerMissing } from './export-sheets.ts';

/** Fen from a yuan cell as a clerk's sheet holds it ('8000', '1200.5', ''). */
const fenOf = (text: string | undefined) => Math.round(Number(text || 0) * 100);

/**
 * A list's .xlsx export read back as a clerk checks it against their own sheet: its data sheet (found by the
 * money column's header), the rows above its 合计 row and that row, the sum of the money column in fen, and the
 * 项目 | 数值 sheet naming the union, the view and the day. `cells` is what a third-party reader (openpyxl) sees
 * of the data sheet: each cell's type and number format.
 */
export async function readListExport(file: Buffer, money: string) {
  const data = await readSheet(file, 'export.xlsx', { isHeader: (c) => c.includes(money) });
  const scope = await readSheet(file, 'export.xlsx', {
    isHeader: (c) => c[0] === '项目' && c[1] === '数值',
  });
  const rows = data.rows.map((r) => r.cells);
  const total = rows.filter((r) => r.includes('合计'));
  expect(total).toHaveLength(1);
  const body = rows.filter((r) => !r.includes('合计'));
  const at = (header: string) => {
    const i = data.headers.indexOf(header);
    expect(i, `no column ${header} in ${data.headers.join('、')}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const column = (header: string) => body.map((r) => r[at(header)] ?? '');
  const missing = readerMissing();
  if (missing) expect.fail(missing);
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-list-export-'));
  let cells: (ReadCell | null)[][];
  try {
    writeFileSync(join(dir, 'a.xlsx'), file);
    const [book] = readBooks([join(dir, 'a.xlsx')]);
    if (!book.ok) throw new Error(book.error);
    cells = book.sheets[0].rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    headers: data.headers,
    body,
    column,
    /** The money column's rows summed, in fen. */
    sumFen: column(money).reduce((s, v) => s + fenOf(v), 0),
    /** The 合计 row's money cell, in fen. */
    totalFen: fenOf(total[0][at(money)]),
    /** The 项目 | 数值 sheet as label → value. */
    figures: new Map(scope.rows.map((r) => [r.cells[0], r.cells[1]])),
    /** The data sheet's cells in `header`'s column below the header, as openpyxl reads them. */
    cellsOf: (header: string) => cells.slice(1).map((r) => r[at(header)] ?? null),
    fenOf,
  };
}

/**
 * A list's export answering for the list it was asked of: `res` a 200 whose file is named for `union`, read back
 * as `readListExport` reads it (`money` its money column); its rows the list's (`list.total` of them, of its
 * people's `names`), its money column and 合计 both summing to the list's `listFen`; the ID numbers masked, none of
 * `idNumbers` in full. The export read back, for the list's own checks.
 */
export async function readExportOfList(
  res: { statusCode: number; body: string; headers: Record<string, unknown>; rawPayload: Buffer },
  o: { money: string; union: string; total: number; names: string[]; listFen: number; idNumbers: string[] },
) {
  expect(res.statusCode, res.body).toBe(200);
  expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(o.union);
  const x = await readListExport(res.rawPayload, o.money);
  expect(x.body).toHaveLength(o.total);
  expect(x.sumFen).toBe(o.listFen);
  expect(x.totalFen).toBe(o.listFen);
  expect(x.column('姓名').sort()).toEqual([...o.names].sort());
  for (const id of x.column('身份证号')) expect(id).toMatch(/\*/);
  for (const id of o.idNumbers) expect(x.column('身份证号')).not.toContain(id);
  return x;
}
