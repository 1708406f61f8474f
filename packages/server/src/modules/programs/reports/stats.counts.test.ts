import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { dbKind } from '../../../../test/test-db.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { createRandom } from '../../../demo/random.ts';
import { reviewOne } from '../applications/index.ts';
import { createPaymentBatch, markBatchPaid, reverseEntry } from '../ledger/index.ts';
import { createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import type { Category } from '../programs.vocabulary.ts';
import { loadPeople, type PeopleRow } from './stats.cells.ts';
import { PEOPLE_SQL } from './stats.sql.ts';

/**
 * The programs counts (migration 016's triggers) and the distinct counts of people and unions (migration 017)
 * equal a recomputation from the raw rows after random approvals, rejections, reversals and payments run at
 * once, and after a union moves to another district. On PostgreSQL they really run concurrently
 * (one pool connection each); PGlite has one connection, so there they interleave transaction by transaction.
 */
const w = worldPerFile(createProgramsWorld);

beforeAll(async () => {}, 120_000);

/** The counts as maintained, for the given programs, without cells that came back to zero. */
async function maintained(programIds: number[]) {
  const { rows } = await w.db.query(
    `select subject, org_id::int as org, to_char(month, 'YYYY-MM') as month, dim, dim2, n::int, fen::int
       from report_counts
      where subject like 'programs.%' and subject not in ('programs.people', 'programs.unions')
        and dim = any($1::text[]) and (n <> 0 or fen <> 0)
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
  const { rows } = await w.db.query(
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

/** The distinct counts (people, applying unions) per year as maintained (migration 017). */
async function maintainedDistinct() {
  const { rows } = await w.db.query(
    `select subject, org_id::int as org, extract(year from month)::int as year, dim, dim2, n::int
       from report_counts where subject in ('programs.people', 'programs.unions') and n <> 0
      order by 1, 2, 3, 4, 5`,
  );
  return rows;
}

/**
 * The same from the raw rows: the distinct people (applying unions) approved in a year per union's subtree
 * (dim2 '') and per union alone ('self'), per program, category, all programs and, for people, record value.
 */
async function recomputedDistinct() {
  const { rows } = await w.db.query(
    `with a as (
       select a.person_id, coalesce(a.applicant_org_id, a.org_id) as unit, a.org_id, a.program_id::text as program,
              g.category, programs_record_value(g.subject_kind, r) as value,
              extract(year from a.decided_at at time zone 'Asia/Shanghai')::int as year
         from applications a join programs g on g.id = a.program_id left join records r on r.id = a.subject_record_id
        where a.status = 'approved'
     ), facts as (
       select 'programs.people' as subject, person_id as who, org_id, year, d.dim
         from a cross join lateral (values (program), ('c:' || category), ('*'),
                                          (case when value <> '' then program || '|' || value end)) d(dim)
        where person_id is not null and d.dim is not null
       union all
       select 'programs.unions', unit, org_id, year, d.dim
         from a cross join lateral (values (program), ('c:' || category), ('*')) d(dim)
     )
     select subject, u.id::int as org, year, dim, '' as dim2, count(distinct who)::int as n
       from facts f join orgs o on o.id = f.org_id
      cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::bigint[]) as u(id)
      group by 1, 2, 3, 4
     union all
     select subject, org_id::int, year, dim, 'self', count(distinct who)::int from facts group by 1, 2, 3, 4
     order by 1, 2, 3, 4, 5`,
  );
  return rows;
}

/** People rows in one shape and order, without empty ones. */
const sorted = (rows: PeopleRow[]) =>
  rows
    .map((r) => ({
      g: Number(r.g),
      programId: r.programId === null ? null : Number(r.programId),
      category: r.category,
      child: r.child,
      value: r.value,
      people: Number(r.people),
      unions: Number(r.unions),
    }))
    .filter((r) => r.people || r.unions)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

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
      await w.publishedProgram(staff, fixedProgram(w.districtA.id, { intakeModes: ['batch'] })),
      await w.publishedProgram(staff, fixedProgram(w.districtA.id, { intakeModes: ['batch'] })),
      await w.publishedProgram(staff, fixedProgram(w.districtA.id, { intakeModes: ['batch'] })),
    ];
    const unions = [w.grassA1, w.grassA2, w.grassDirect];
    const people = [];
    for (let i = 0; i < 24; i++) people.push(await w.person(unions[i % unions.length]));
    const ids: number[] = [];
    for (const [i, program] of programs.entries()) {
      // Before the third program some people change union: they are approved in two unions in a year.
      if (i === 2)
        await w.db.query(
          `update memberships set org_id = $2 where person_id = any($1::bigint[]) and left_on is null`,
          [people.filter((_, k) => k % 6 === 0).map((p) => p.id), w.grassA2.id],
        );
      const res = await w.ctx.services.programs.batch(staff, program.id, {
        personIds: people.map((p) => p.id),
        appliedOn: '2026-03-01',
      });
      ids.push(...res.results.map((x) => x.applicationId as number));
    }

    // Approve or reject every application, all at once, in a random order.
    const decisions = await Promise.allSettled(
      shuffled(r, ids).map((id) =>
        r.int(0, 3) === 0
          ? reviewOne(w.db, staff, id, 'reject', { reason: '材料不全' }, TEST_NOW)
          : reviewOne(w.db, staff, id, 'approve', {}, TEST_NOW),
      ),
    );
    expect(decisions.filter((d) => d.status === 'rejected')).toEqual([]);

    // Reverse some entitlements while paying out unions' remaining ones, all at once.
    const { rows: entries } = await w.db.query<{ id: number }>(
      `select id from ledger_entries where program_id = any($1::bigint[]) and kind = 'entitlement' order by id`,
      [programs.map((p) => p.id)],
    );
    const reversed = shuffled(
      r,
      entries.map((e) => e.id),
    ).slice(0, Math.floor(entries.length / 4));
    const paying = await Promise.allSettled([
      ...reversed.map((id) => reverseEntry(w.db, staff, id, '重复申领', undefined, TEST_NOW)),
      ...programs.flatMap((p) =>
        [w.grassA1, w.grassA2].map(async (org) => {
          const batch = await createPaymentBatch(
            w.db,
            w.staff(org),
            { programId: p.id, orgId: org.id },
            undefined,
            TEST_NOW,
          );
          return markBatchPaid(w.db, w.staff(org), batch.id, `BANK-${batch.id}`, undefined, TEST_NOW);
        }),
      ),
    ]);
    // A reversal may lose to a batch that took its entry first, and a batch finds nothing to pay when the
    // reversals took all of its union's entries first; anything else is a failure.
    for (const p of paying)
      if (p.status === 'rejected')
        expect(['LEDGER_ENTRY_NOT_REVERSIBLE', 'PAYMENT_NOTHING_TO_PAY']).toContain(
          (p.reason as { code?: string }).code,
        );

    const programIds = programs.map((p) => p.id);
    const counts = await maintained(programIds);
    expect(counts).toEqual(await recomputed(programIds));
    const distinct = await maintainedDistinct();
    expect(distinct).toEqual(await recomputedDistinct());
    // Some people were approved in two unions in the year: the equality covers counting them once above both.
    const twice = await w.db.query<{ n: number }>(
      `select count(*)::int as n from report_presence
        where subject = 'programs.people' and (select count(*) from jsonb_object_keys(orgs -> '*')) > 1`,
    );
    expect(twice.rows[0].n).toBeGreaterThan(0);
    // A union moved to another district takes its counts along (one statement for the subtree's paths, as
    // the org module moves a union).
    await w.db.tx(async (sql) => {
      await sql.query(
        `update orgs set path = $2 || substr(path, length($1) + 1), level = level + $3 where path like $1 || '%'`,
        [w.grassA1.path, `${w.districtB.path}${w.grassA1.id}/`, w.districtB.level + 1 - w.grassA1.level],
      );
      await sql.query('update orgs set parent_id = $2 where id = $1', [w.grassA1.id, w.districtB.id]);
    });
    expect(await maintained(programIds)).toEqual(await recomputed(programIds));
    expect(await maintainedDistinct()).toEqual(await recomputedDistinct());
    // A bulk load (the migration's backfill) gives the same distinct counts as the triggers did.
    const kept = await maintainedDistinct();
    await w.db.tx(async (sql) => {
      await sql.query(`delete from report_presence where subject in ('programs.people', 'programs.unions')`);
      await sql.query(`delete from report_counts where subject in ('programs.people', 'programs.unions')`);
      await sql.query(`do $$ begin
        execute report_presence_load_sql(programs_presence_deltas_sql('(select 1 as s, * from applications)'));
      end $$`);
    });
    expect(await maintainedDistinct()).toEqual(kept);
    // The report of the year reads the same people and unions, at every level, as counting the raw rows.
    // the year the decisions fall in (each dated the day it was taken)
    const decided = await w.db.query<{ year: number }>(
      `select extract(year from max(e.effective_on))::int as year
         from application_events e join applications a on a.id = e.application_id
        where a.program_id = any($1::bigint[]) and e.effective_on is not null`,
      [programIds],
    );
    const year = decided.rows[0].year;
    expect(year).toBeGreaterThan(2000);
    const { rows: cats } = await w.db.query<{ category: Category }>(
      'select distinct category from programs where id = any($1::bigint[])',
      [programIds],
    );
    for (const org of [w.root, w.districtA, w.districtB, w.grassA1, w.grassA2])
      for (const category of [null, cats[0].category]) {
        const scope = {
          path: org.path,
          like: `${org.path}%`,
          from: `${year}-01-01`,
          to: `${year}-12-31`,
          category,
        };
        const raw = await w.db.query<PeopleRow>(PEOPLE_SQL, [
          org.path,
          scope.from,
          scope.to,
          category,
          scope.like,
        ]);
        // save the people of a record kind over all programs (g = 9, a breakdown sheet's bottom row), which the
        // kept counts do not hold: over a kept year the report leaves that figure unknown (keptYear)
        const counted = raw.rows.filter((r) => Number(r.g) !== 9);
        expect(sorted(await loadPeople(w.db, scope)), `${org.name} ${category}`).toEqual(sorted(counted));
      }
    const subjects = new Set(counts.map((c) => c.subject));
    for (const s of ['approved', 'rejected', 'approved_fen', 'paid_fen', 'tiers', 'applications'])
      expect(subjects.has(`programs.${s}`), s).toBe(true);
    const { rows } = await w.db.query<{ reversals: number }>(
      `select count(*)::int as reversals from ledger_entries where program_id = any($1::bigint[]) and kind = 'reversal'`,
      [programIds],
    );
    expect(rows[0].reversals).toBeGreaterThan(0);
  }, 120_000);
});
