/**
 * The past payments' write (ADR 74, 146): the applications go in by a plain insert, so a payment recorded between the
 * register's check and its write is found by the live key refusing the statement; the write answers null and none of
 * the file's payments is kept once the transaction ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Db } from '../../../db/db.ts';
import { federationOfPath } from '../../../shared/org-path.ts';
import type { OrgRow } from '../../org/index.ts';
import { publishedStipend } from '../programs.test-kit.ts';
import {
  insertPastPayments,
  listProgramsNamed,
  type PastPayment,
  pastDedupeKey,
} from './past-payments.repository.ts';

let db: Db;
let t: TestContext;
let firm: OrgRow;
let by: { userId: number; orgId: number; reference: string };
let payment: (personId: number, approvedOn: string, paidOn: string) => PastPayment;
const people: number[] = [];

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext({ clock: fixedClock() }));
  const made = await publishedStipend(t, '名师带徒津贴');
  const { district, staff, name } = made;
  firm = made.firm;
  const [program] = await listProgramsNamed(db, [name]);
  for (const who of ['王师傅', '李师傅']) people.push((await t.newPerson(firm, { name: who })).id);
  by = { userId: staff.userId, orgId: district.id, reference: '以往发放.xlsx' };
  payment = (personId, approvedOn, paidOn) => ({
    program,
    personId,
    orgId: firm.id,
    federationId: federationOfPath(firm.path),
    amountFen: 800_000,
    approvedOn,
    paidOn,
    note: null,
    dedupeKey: pastDedupeKey({ personId, approvedOn, paidOn, amountFen: 800_000 }),
  });
});
afterAll(async () => db?.close());

const written = async () =>
  (
    await db.query<{ n: number }>(
      `select (select count(*) from applications where person_id = any($1::bigint[]))
            + (select count(*) from ledger_entries where person_id = any($1::bigint[]))::int as n`,
      [people],
    )
  ).rows[0].n;

describe('the past payments written', () => {
  it('answers the applications in order, and null when one was recorded meanwhile; nothing of that file is kept', async () => {
    const ids = await db.tx((sql) =>
      insertPastPayments(sql, [payment(people[0], '2017-03-15', '2017-04-01')], by),
    );
    expect(ids).toHaveLength(1);
    expect(await written()).toBe(2);

    // The same payment again beside a new one, as if another clerk had brought it in after this file was checked.
    const rolledBack = new Error('rolled back');
    await expect(
      db.tx(async (sql) => {
        const again = await insertPastPayments(
          sql,
          [payment(people[1], '2016-03-15', '2016-04-01'), payment(people[0], '2017-03-15', '2017-04-01')],
          by,
        );
        expect(again).toBeNull();
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await written()).toBe(2);
  });
});
