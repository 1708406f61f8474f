/**
 * A register of past payments sent again whole, grown by a year (issue 32): the payments on record as the register
 * gives them are skipped and counted (`onRecord`), the new ones imported; one on record given with another note is
 * refused, naming its row and column, and nothing is overwritten. A payment is its person, program, days and
 * amount: a row differing in one of those is another payment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import { publishedStipend } from '../programs.test-kit.ts';
import { PAST_PAYMENTS_REGISTER } from './past-payments.register.ts';

let db: Db;
let t: TestContext;
let staff: Actor;
let programId: number;
let programName: string;
const people: { name: string; idNumber: string }[] = [];

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext({ clock: fixedClock() }));
  const made = await publishedStipend(t, '名师带徒津贴');
  ({ staff, programId, name: programName } = made);
  for (const name of ['王师傅', '李师傅']) {
    const idNumber = t.newIdNumber();
    await t.newPerson(made.firm, { name, idNumber });
    people.push({ name, idNumber });
  }
});
afterAll(async () => db?.close());

const HEADERS = PAST_PAYMENTS_REGISTER.columns.map((c) => c.header);
const send = (rows: string[][], dryRun: boolean) =>
  t.services.programs.pastPayments.importFile(staff, {
    file: writeWorkbook([{ name: '以往发放', headers: HEADERS, rows }]),
    fileName: `以往发放${rows.length}.xlsx`,
    dryRun,
  });
const paid = (who: number, approvedOn: string, paidOn: string, note = '') => [
  people[who].idNumber,
  people[who].name,
  programName,
  '8000',
  approvedOn,
  paidOn,
  note,
];
const applications = async () =>
  (
    await db.query<{ n: number }>('select count(*)::int as n from applications where program_id = $1', [
      programId,
    ])
  ).rows[0].n;

describe('a register of past payments sent again with a new year', () => {
  const OLD = () => [paid(0, '2017-03-15', '2017-04-01', '2017年带徒'), paid(1, '2017-03-15', '2017-04-01')];

  it('skips and counts the payments on record as given, and imports the new ones', async () => {
    expect(await send(OLD(), false)).toMatchObject({ created: 2, onRecord: 0 });
    const grown = [...OLD(), paid(0, '2018-03-15', '2018-04-02'), paid(1, '2018-03-15', '2018-04-02')];
    const before = await applications();
    expect(await send(grown, true)).toMatchObject({
      created: 2,
      onRecord: 2,
      amountFen: 1_600_000,
      errors: [],
    });
    expect(await send(grown, false)).toMatchObject({ created: 2, onRecord: 2 });
    expect(await applications()).toBe(before + 2);
    // the same register once more holds nothing new: every payment counted as on record
    expect(await send(grown, true)).toMatchObject({ created: 0, onRecord: 4, errors: [] });
  });

  it('refuses a payment on record given with another note, naming the row and column', async () => {
    const before = await applications();
    const r = await send(
      [paid(0, '2017-03-15', '2017-04-01'), paid(1, '2017-03-15', '2017-04-01', '补发')],
      true,
    );
    expect(r.errors.map((e) => [e.rowNo, e.column])).toEqual([
      [2, '备注'],
      [3, '备注'],
    ]);
    expect(r.errors[0].messageZh).toBe(
      '这笔款项（¥8,000.00，2017-04-01发放）已经登记过，备注平台上是“2017年带徒”，本表是“（空）”',
    );
    expect(r.errors[1].messageEn).toBe(
      'This payment (¥8,000.00 paid on 2017-04-01) is on record with the note “(empty)”; this sheet gives “补发”',
    );
    expect(await applications()).toBe(before);
  });
});
