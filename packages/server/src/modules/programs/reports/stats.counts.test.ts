import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKind } from '../../../../test/test-db.ts';
import type { Db } from '../../../db/db.ts';
import { createRandom } from '../../../demo/random.ts';
import { reviewOne, submitBatch } from '../applications/index.ts';
import { createPaymentBatch, markBatchPaid, reverseEntry } from '../ledger/index.ts';
import {
  createProgramsWorld,
  fixedProgram,
  type ProgramsWorld,
  publishedProgram,
} from '../programs.test-kit.ts';

/**
 * The programs counts (migration 016's triggers) equal a recomputation from the raw rows after random
 * approvals, rejections, reversals and payments run at once. On PostgreSQL they really run concurrently
 * (one pool connection each); PGlite has one connection, so there they interleave transaction by transaction.
 */
let db: Db;
let w: ProgramsWorld;

beforeAll(async () => {
  db = await createTestDb();
  w = await createProgramsWorld(db);
}, 120_000);
afterAll(async () => db?.close());

/** The counts as maintained, for the given programs, without cells that came back to zero. */
async function maintained(programIds: number[]) {
  const { rows } = await db.query(
    `select subject, org_id::int as org, to_char(month, 'YYYY-MM') as month, dim, dim2, n::int, fen::int
       from report_counts
      where subject like 'programs.%' and dim = any($1::text[]) and (n <> 0 or fen <> 0)
      order by 1, 2, 3, 4, 5`,
    [programIds.map(String)],
  );
  return rows;
}

/**
 * The same counts computed from the raw rows, written independently of the triggers: each fact counts for its
 * union and every union above it.
 */
async function recomputed(programIds: number[]) {
  const month = (ts: string) => `to_char((${ts} at time zone 'Asia/Shanghai'), 'YYYY-MM')`;
  const { rows } = await db.query(
    `select subject, u.id::int as org, month, dim, dim2, sum(n)::int as n, sum(fen)::int as fen from (
       select 'programs.applications' as subject, org_id::int as org, to_char(applied_on, 'YYYY-MM') as month,
              program_id::text as dim, '' as dim2, count(*)::int as n, 0 as fen
         from applications where status <> 'withdrawn' group by 2, 3, 4
       union all
       select 'programs.' || status, org_id::int, ${month('decided_at')}, program_id::text, '', count(*)::int, 0
         from applications where status in ('approved', 'rejected') group by 1, 2, 3, 4
       union all
       select 'programs.tiers', org_id::int, ${month('decided_at')}, program_id::text, amount_fen::text,
              count(*)::int, 0
         from applications where status = 'approved' group by 2, 3, 4, 5
       union all
       select 'programs.approved_fen', org_id::int, ${month('created_at')}, program_id::text, '', 0,
              sum(amount_fen)::int
         from ledger_entries group by 2, 3, 4
       union all
       select 'programs.paid_fen', i.org_id::int, ${month('b.paid_at')}, i.program_id::text, '', 0,
              sum(i.amount_fen)::int
         from payment_items i join payment_batches b on b.id = i.batch_id and b.status = 'paid' group by 2, 3, 4
     ) x
     join orgs o on o.id = x.org
     cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::bigint[]) as u(id)
     where dim = any($1::text[])
     group by 1, 2, 3, 4, 5
     having sum(n) <> 0 or sum(fen) <> 0
     order by 1, 2, 3, 4, 5`,
    [programIds.map(String)],
  );
  return rows;
}

/** A random order of xs (Fisher–Yates on the seeded generator). */
function shuffled<T>(r: ReturnType<typeof createRandom>, xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe(`the programs counts under concurrent writes (${dbKind()})`, () => {
  it('equal the raw rows after random approvals, rejections, reversals and payments at once', async () => {
    const r = createRandom(dbKind() === 'postgres' ? 2026 : 1949);
    const staff = w.staff(w.districtA);
    const programs = [
      await publishedProgram(db, staff, fixedProgram(w.districtA.id, { intakeModes: ['batch'] })),
      await publishedProgram(db, staff, fixedProgram(w.districtA.id, { intakeModes: ['batch'] })),
    ];
    const unions = [w.grassA1, w.grassA2, w.grassDirect];
    const people = [];
    for (let i = 0; i < 24; i++) people.push(await w.person(unions[i % unions.length]));
    const ids: number[] = [];
    for (const program of programs) {
      const res = await submitBatch(db, w.ctx.services.ids, staff, program.id, {
        personIds: people.map((p) => p.id),
        appliedOn: '2026-03-01',
      });
      ids.push(...res.results.map((x) => x.applicationId as number));
    }

    // Approve or reject every application, all at once, in a random order.
    const decisions = await Promise.allSettled(
      shuffled(r, ids).map((id) =>
        r.int(0, 3) === 0
          ? reviewOne(db, staff, id, 'reject', { reason: '材料不全' })
          : reviewOne(db, staff, id, 'approve'),
      ),
    );
    expect(decisions.filter((d) => d.status === 'rejected')).toEqual([]);

    // Reverse some entitlements while paying out unions' remaining ones, all at once.
    const { rows: entries } = await db.query<{ id: number }>(
      `select id from ledger_entries where program_id = any($1::bigint[]) and kind = 'entitlement' order by id`,
      [programs.map((p) => p.id)],
    );
    const reversed = shuffled(
      r,
      entries.map((e) => e.id),
    ).slice(0, Math.floor(entries.length / 4));
    const paying = await Promise.allSettled([
      ...reversed.map((id) => reverseEntry(db, staff, id, '重复申领')),
      ...programs.flatMap((p) =>
        [w.grassA1, w.grassA2].map(async (org) => {
          const batch = await createPaymentBatch(db, w.staff(org), { programId: p.id, orgId: org.id });
          return markBatchPaid(db, w.staff(org), batch.id, `BANK-${batch.id}`);
        }),
      ),
    ]);
    // A reversal may lose to a batch that took its entry first; anything else is a failure.
    for (const p of paying)
      if (p.status === 'rejected')
        expect((p.reason as { code?: string }).code).toBe('LEDGER_ENTRY_NOT_REVERSIBLE');

    const programIds = programs.map((p) => p.id);
    const counts = await maintained(programIds);
    expect(counts).toEqual(await recomputed(programIds));
    // A union moved to another district takes its counts along (one statement for the subtree's paths, as
    // the org module moves a union).
    await db.tx(async (sql) => {
      await sql.query(
        `update orgs set path = $2 || substr(path, length($1) + 1), level = level + $3 where path like $1 || '%'`,
        [w.grassA1.path, `${w.districtB.path}${w.grassA1.id}/`, w.districtB.level + 1 - w.grassA1.level],
      );
      await sql.query('update orgs set parent_id = $2 where id = $1', [w.grassA1.id, w.districtB.id]);
    });
    expect(await maintained(programIds)).toEqual(await recomputed(programIds));
    const subjects = new Set(counts.map((c) => c.subject));
    for (const s of ['approved', 'rejected', 'approved_fen', 'paid_fen', 'tiers', 'applications'])
      expect(subjects.has(`programs.${s}`), s).toBe(true);
    const { rows } = await db.query<{ reversals: number }>(
      `select count(*)::int as reversals from ledger_entries where program_id = any($1::bigint[]) and kind = 'reversal'`,
      [programIds],
    );
    expect(rows[0].reversals).toBeGreaterThan(0);
  }, 120_000);
});
