import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { DEMO_WORKER } from '../src/demo/seed.ts';
import { createDemoDb } from './demo-db.ts';

/**
 * The demo plays 顺义's 2020 plan on the days it happened (proposed 2020-12-01, approved 12-28, paid 12-30): the
 * rows it writes for that year must say those days too, or the worker 李明 reads an application entered today that
 * was paid in 2020, and a message of today saying so (trial 32).
 */
let db: Db;
beforeAll(async () => {
  db = await createDemoDb(600);
});
afterAll(async () => {
  await db?.close();
});

/** A moment's day in China. */
const chinaDay = (column: string) =>
  `to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;

describe('the demo worker’s 2020 application, as 我的申请 and 消息 show it', () => {
  it('was entered the day it was applied for, and paid after it', async () => {
    const { rows } = await db.query<{ applied: string; entered: string; decided: string; paid: string }>(
      `select a.applied_on::text as applied, ${chinaDay('a.created_at')} as entered,
              ${chinaDay('a.decided_at')} as decided, ${chinaDay('b.created_at')} as paid
         from applications a join persons p on p.id = a.person_id
         join ledger_entries l on l.application_id = a.id join payment_items i on i.ledger_entry_id = l.id
         join payment_batches b on b.id = i.batch_id
        where p.name = $1 and a.period_key = '2020'`,
      [DEMO_WORKER.name],
    );
    expect(rows).toEqual([
      { applied: '2020-12-01', entered: '2020-12-01', decided: '2020-12-28', paid: '2020-12-30' },
    ]);
  });

  it('has its events on the days they took effect: proposed on the day applied for, approved on the 28th', async () => {
    const { rows } = await db.query<{ action: string; day: string; effective: string }>(
      `select e.action, ${chinaDay('e.at')} as day, e.effective_on::text as effective
         from application_events e join applications a on a.id = e.application_id
         join persons p on p.id = a.person_id
        where p.name = $1 and a.period_key = '2020' order by e.id`,
      [DEMO_WORKER.name],
    );
    expect(rows[0]).toEqual({ action: 'proposed', day: '2020-12-01', effective: '2020-12-01' });
    for (const r of rows.slice(1)) expect(r).toMatchObject({ day: '2020-12-28', effective: '2020-12-28' });
  });

  it('told the worker of the approval on its day and of the payment on the payment’s', async () => {
    const { rows } = await db.query<{ kind: string; day: string; body: string }>(
      `select m.kind, ${chinaDay('m.created_at')} as day, m.body_zh as body
         from messages m join applications a on m.entity = 'application' and m.entity_id = a.id
         join persons p on p.id = a.person_id
        where p.name = $1 and a.period_key = '2020' order by m.id`,
      [DEMO_WORKER.name],
    );
    const paid = rows.find((r) => r.kind === 'payment.paid');
    expect(paid?.body).toContain('2020-12-30');
    expect(paid?.day).toBe('2020-12-30');
    const others = rows.filter((r) => r.kind !== 'payment.paid');
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) expect(r.day).toBe('2020-12-28');
  });
});
