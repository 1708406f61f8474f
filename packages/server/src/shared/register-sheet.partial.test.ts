/**
 * A row with a cell that does not parse still has its other cells checked: a register is given the row with what
 * parsed, its check over a column that failed skipped, so a clerk sees every problem
 * of the row in one check and never one caused by another.
 */
import { describe, expect, it } from 'vitest';
import { runRegisterImport } from './register-define.ts';
import { testRegister } from './register-sheet.test-kit.ts';
import { type RegisterRow, type RegisterRowError, readOk, rowError } from './register-sheet.ts';
import { writeWorkbook } from './xlsx-writer.ts';

const SPEC = testRegister<'until' | 'amount'>([
  { key: 'until', header: '有效期至', en: 'Valid until', kind: 'date', future: true },
  { key: 'amount', header: '金额', en: 'amount', kind: 'money' },
]);
type Key = 'name' | 'on' | 'until' | 'amount';

const file = writeWorkbook([
  {
    name: '台账',
    headers: ['名称', '日期', '有效期至', '金额'],
    rows: [
      // a bad amount and a validity ending before the day: both told
      ['甲', '2026-06-10', '2026-06-01', '-5'],
      // a bad day: the validity cannot be judged against it
      ['乙', '2026-06-99', '2026-06-01', '5'],
      ['丙', '2026-06-01', '2026-06-30', '5'],
    ],
  },
]);

/** The register's own check over a row: its validity not before its day. */
function plan(rows: RegisterRow<Key>[], errors: RegisterRowError[]) {
  const seen = rows.map((r) => r.rowNo);
  for (const row of rows) {
    const v = row.values;
    if (readOk(row, 'on', 'until') && v.until !== null && String(v.until) < String(v.on))
      errors.push(rowError(row.rowNo, '有效期至', '早于日期', 'before the day'));
  }
  return Promise.resolve({ seen, planned: rows.filter((r) => !r.unread).length });
}

const run = (dryRun = true) => {
  let written = 0;
  const answer = runRegisterImport(SPEC, { file, fileName: 'r.xlsx', dryRun }, '2026-06-15', {
    plan,
    counts: (p) => ({ created: p.planned, seen: p.seen }),
    write: async () => {
      written++;
      return {};
    },
    dryRunExtras: {},
  });
  return { answer, written: () => written };
};

describe('a row with a cell that does not parse', () => {
  it("tells the bad cell and the register's check over the cells that parsed, in one check", async () => {
    const answer = await run().answer;
    expect(answer.errors.map((e) => [e.rowNo, e.column, e.messageEn.slice(0, 30)])).toEqual([
      [2, '金额', 'The amount cannot be negative:'],
      [2, '有效期至', 'before the day'],
      [3, '日期', '"2026-06-99" is not a date: Ju'],
    ]);
    expect(answer).toMatchObject({ total: 3, created: 1, seen: [2, 3, 4] });
  });

  it('still imports nothing of a file with a problem', async () => {
    const r = run(false);
    await expect(r.answer).rejects.toMatchObject({
      code: 'IMPORT_ROWS_INVALID',
      details: { total: 3, errors: [{ rowNo: 2 }, { rowNo: 2 }, { rowNo: 3 }] },
    });
    expect(r.written()).toBe(0);
  });
});
