/**
 * A ledger entry's application, an event's application, and a payment item's entry and batch checked once per
 * statement (programs migration 032, ADR 100): what the keys refused is refused (SQLSTATE 23503, the key's name),
 * a parent this transaction wrote is taken unlocked, a committed one locked, and a parent still named cannot go.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import { PAST_PAYMENTS_REGISTER } from '../past/index.ts';
import { publishedStipend } from '../programs.test-kit.ts';

let db: Db;
let t: TestContext;
let staff: Actor;
let paid: { application: number; entry: number; batch: number; item: number };

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext({ clock: fixedClock() }));
  const made = await publishedStipend(t, '带徒津贴');
  const { firm, name } = made;
  staff = made.staff;
  const idNumber = t.newIdNumber();
  await t.newPerson(firm, { name: '王师傅', idNumber });
  const headers = PAST_PAYMENTS_REGISTER.columns.map((c) => c.header);
  const file = writeWorkbook([
    { name: '以往发放', headers, rows: [[idNumber, '王师傅', name, '8000', '2017-03-15', '2017-04-01', '']] },
  ]);
  const r = await t.services.programs.pastPayments.importFile(staff, {
    file,
    fileName: 'p.xlsx',
    dryRun: false,
  });
  expect(r.created).toBe(1);
  const { rows } = await db.query<typeof paid>(
    `select a.id as application, e.id as entry, i.batch_id as batch, i.id as item
       from applications a join ledger_entries e on e.application_id = a.id
       join payment_items i on i.ledger_entry_id = e.id where a.program_id = $1`,
    [made.programId],
  );
  paid = rows[0];
});
afterAll(async () => db?.close());

const refused = (text: string, params: unknown[], key: string) =>
  expect(db.query(text, params)).rejects.toMatchObject({
    code: '23503',
    message: expect.stringContaining(key),
  });

describe('parents checked per statement', () => {
  it('refuses an entry, an event or an item naming no parent, as the keys did', async () => {
    await refused(
      `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id)
       select 'entitlement', 100, e.program_id, -1, e.period_key, e.person_id, e.org_id from ledger_entries e
        where e.id = $1`,
      [paid.entry],
      'ledger_entries_application_fkey',
    );
    await refused(
      `insert into application_events (application_id, action, federation_id)
       select a.id, 'x', a.federation_id from applications a where a.id = $1
       union all select -1, 'x', a.federation_id from applications a where a.id = $1`,
      [paid.application],
      'application_events_application_id_fkey',
    );
    await refused(
      `insert into payment_items (batch_id, ledger_entry_id, program_id, person_id, org_id, amount_fen)
       select $2, -1, e.program_id, e.person_id, e.org_id, e.amount_fen from ledger_entries e where e.id = $1`,
      [paid.entry, paid.batch],
      'payment_items_ledger_entry_fkey',
    );
  });

  it('refuses an event moved to no application, an item to no batch', async () => {
    const {
      rows: [ev],
    } = await db.query<{ id: number }>(
      'select id from application_events where application_id = $1 limit 1',
      [paid.application],
    );
    await refused(
      'update application_events set application_id = -1 where id = $1',
      [ev.id],
      'application_events_application_id_fkey',
    );
    await refused(
      'update payment_items set batch_id = -1 where id = $1',
      [paid.item],
      'payment_items_batch_id_fkey',
    );
  });

  it('locks a parent another transaction committed, as a key does', async () => {
    const locked = await db.tx(async (sql) => {
      await sql.query(
        `insert into application_events (application_id, action, federation_id)
         select id, 'noted', federation_id from applications where id = $1`,
        [paid.application],
      );
      const { rows } = await sql.query<{ mine: boolean }>(
        'select xmax::text = pg_current_xact_id()::xid::text as mine from applications where id = $1',
        [paid.application],
      );
      return rows[0].mine;
    });
    expect(locked).toBe(true);
  });

  it('keeps an application and a batch that children name', async () => {
    await refused(
      'delete from applications where id = $1',
      [paid.application],
      'ledger_entries_application_fkey',
    );
    await refused('delete from payment_batches where id = $1', [paid.batch], 'payment_items_batch_id_fkey');
  });
});
