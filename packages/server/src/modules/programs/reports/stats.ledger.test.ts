/**
 * The dashboard agrees with the ledger: on random histories of approvals, rejections, reversals and
 * payments spread over three years and a small tree, the report's money figures for a union and a period
 * equal what the ledger lists for that union's subtree, summed by the same dates — approved money by entry
 * date (net of reversals), paid money by the payment date of the entry's batch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { createRandom } from '../../../demo/random.ts';
import { todayInChina } from '../../../shared/dates.ts';
import type { AppError } from '../../../shared/errors.ts';
import type { OrgRow } from '../../org/index.ts';
import { createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { getProgramReport } from './stats.service.ts';
import { decidedOn, enteredOn, paidOn } from './stats.test-kit.ts';

const w = worldPerFile(createProgramsWorld);
let people: { id: number }[] = [];

/** The demo's seeded generator, so a failure can be replayed from its seed; with days and subsets. */
function random(seed: number) {
  const r = createRandom(seed);
  const some = <T>(xs: T[], p: number) => xs.filter(() => r.chance(p));
  const day = (fromYear: number, toYear: number) =>
    `${r.int(fromYear, toYear)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  return { ...r, some, day };
}

/** One random history: two programs, applications in two years, then dated decisions, reversals, payments. */
async function playHistory(seed: number): Promise<void> {
  const r = random(seed);
  const programs = w.ctx.services.programs;
  const admin = w.admin;
  for (let k = 0; k < 2; k++) {
    const program = await w.publishedProgram(
      admin,
      fixedProgram(w.root.id, {
        name: `随机补助${seed}-${k}`,
        periodStart: '2020-01-01',
        periodEnd: '2022-12-31',
        reviewChain: [],
        amount: { kind: 'fixed', fen: r.int(1, 200_000) },
      }),
    );
    const pending: number[] = [];
    for (const year of [2020, 2021]) {
      const batch = await programs.batch(admin, program.id, {
        personIds: r.some(people, 0.7).map((p) => p.id),
        appliedOn: `${year}-${String(r.int(1, 12)).padStart(2, '0')}-10`,
      });
      pending.push(...batch.results.flatMap((x) => (x.applicationId ? [x.applicationId] : [])));
    }
    // Events on increasing days, so a reversal or a payment never precedes its approval.
    const days = Array.from({ length: 5 }, () => r.day(2020, 2023)).sort();
    const approved: number[] = [];
    for (const day of days) {
      const approve = r.some(pending, 0.4).filter((id) => !approved.includes(id));
      const rest = pending.filter((id) => !approve.includes(id) && !approved.includes(id));
      const reject = r.some(rest, 0.15);
      if (approve.length) {
        await programs.reviewBulk(admin, { ids: approve, action: 'approve' });
        await decidedOn(w.db, approve, day);
        approved.push(...approve);
      }
      if (reject.length) {
        await programs.reviewBulk(admin, { ids: reject, action: 'reject', reason: '材料不全' });
        await decidedOn(w.db, reject, day);
      }
      for (const id of [...approve, ...reject]) pending.splice(pending.indexOf(id), 1);
      const { rows: unpaid } = await w.db.query<{ id: number }>(
        `select e.id from ledger_entries e
          where e.application_id = any($1::bigint[]) and e.kind = 'entitlement'
            and not exists (select 1 from ledger_entries x where x.reverses_id = e.id)
            and not exists (select 1 from payment_items i join payment_batches b on b.id = i.batch_id
                             where i.ledger_entry_id = e.id and b.status <> 'cancelled')`,
        [approved],
      );
      for (const e of r.some(unpaid, 0.2)) {
        const reversal = await programs.reverse(admin, e.id, '重复发放，冲销');
        await enteredOn(w.db, [reversal?.id as number], day);
      }
      if (r.next() < 0.6) {
        const union = r.pick([w.root, w.districtA, w.town, w.districtB]);
        const batch = await programs
          .createBatch(admin, { programId: program.id, orgId: union.id })
          .catch((err) => {
            if ((err as AppError).code === 'PAYMENT_NOTHING_TO_PAY') return null;
            throw err;
          });
        if (batch && r.next() < 0.8) {
          await programs.markPaid(admin, batch.id, `B${seed}`);
          await paidOn(w.db, batch.id, day);
        }
      }
    }
  }
}

/** The payment date of every paid batch, as the batches list shows it. */
async function paymentDays(): Promise<Map<number, string>> {
  const days = new Map<number, string>();
  for (let page = 1; ; page++) {
    const b = await w.ctx.services.programs.batches(w.admin, { status: 'paid', page, pageSize: 200 });
    for (const x of b.items) days.set(x.id, todayInChina(new Date(x.paidAt as Date)));
    if (page * 200 >= b.total) return days;
  }
}

/** What the ledger page lists for the union's subtree (its staff's view). */
async function ledgerOf(union: OrgRow) {
  const entries = [];
  for (let page = 1; ; page++) {
    const l = await w.ctx.services.programs.ledger(w.staff(union), { page, pageSize: 200 });
    entries.push(...l.items);
    if (page * 200 >= l.total) return entries;
  }
}

/** The ledger's entries summed over the period by the figures' dates. */
function ledgerSums(
  entries: Awaited<ReturnType<typeof ledgerOf>>,
  paidDays: Map<number, string>,
  from: string | null,
  to: string | null,
) {
  const within = (day: string) => (from === null || day >= from) && (to === null || day <= to);
  const sums = { approvedFen: 0, paidFen: 0, approved: 0 };
  for (const e of entries) {
    if (within(todayInChina(new Date(e.createdAt)))) {
      sums.approvedFen += e.amountFen;
      if (e.kind === 'entitlement') sums.approved += 1;
    }
    const paid = e.paymentStatus === 'paid' ? paidDays.get(e.paymentBatchId as number) : undefined;
    if (paid && within(paid)) sums.paidFen += e.amountFen;
  }
  return sums;
}

beforeAll(async () => {
  const orgs = [w.grassA1, w.grassA2, w.grassDirect, w.grassB];
  people = [];
  for (const org of orgs) for (let i = 0; i < 2; i++) people.push(await w.person(org));
}, 120_000);

describe('the dashboard agrees with the ledger', () => {
  it('on random histories, for several unions and periods', async () => {
    for (const seed of [7, 2020, 90_210]) {
      await playHistory(seed);
      const r = random(seed * 31);
      const day = r.day(2020, 2023);
      const periods: [string | null, string | null][] = [
        [null, null],
        ['2020-01-01', '2020-12-31'],
        ['2021-01-01', '2021-12-31'],
        [`${r.int(2020, 2022)}-07-01`, `${r.int(2022, 2023)}-06-30`],
        [day, day],
        [r.day(2021, 2022), null],
      ];
      const paidDays = await paymentDays();
      for (const union of [w.root, w.districtA, w.town, w.grassA1, w.districtB]) {
        const entries = await ledgerOf(union);
        for (const [from, to] of periods) {
          const report = await getProgramReport(w.db, w.admin, {
            orgId: union.id,
            from: from ?? undefined,
            to: to ?? undefined,
          });
          const ledger = ledgerSums(entries, paidDays, from, to);
          const what = `seed ${seed}, ${union.name}, ${from ?? '…'}–${to ?? '…'}`;
          expect(
            {
              approvedFen: report.totals.approvedFen,
              paidFen: report.totals.paidFen,
              approved: report.totals.approved,
            },
            what,
          ).toEqual(ledger);
        }
      }
    }
    // The histories did pay, reverse and reject something (the comparison is not between zeros).
    const { rows } = await w.db.query<{ paid: number; reversals: number; rejected: number }>(
      `select (select count(*) from payment_batches where status = 'paid') as paid,
              (select count(*) from ledger_entries where kind = 'reversal') as reversals,
              (select count(*) from applications where status = 'rejected') as rejected`,
    );
    expect(rows[0].paid).toBeGreaterThan(0);
    expect(rows[0].reversals).toBeGreaterThan(0);
    expect(rows[0].rejected).toBeGreaterThan(0);
  }, 60_000);
});
