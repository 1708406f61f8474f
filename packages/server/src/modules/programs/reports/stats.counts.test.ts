import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { dbKind } from '../../../../test/test-db.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { createRandom } from '../../../demo/random.ts';
import { reviewOne } from '../applications/index.ts';
import { createPaymentBatch, markBatchPaid, reverseEntry } from '../ledger/index.ts';
import { certificateProgram, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import type { Category } from '../programs.vocabulary.ts';
import { loadPeople, type PeopleRow } from './stats.cells.ts';
import { PEOPLE_SQL } from './stats.sql.ts';

/**
 * The programs counts (migration 016's triggers) and the distinct counts of people and unions (migrations 017 and
 * 041) equal a recomputation from the raw rows after random approvals, rejections, reversals and payments run at
 * once, after a correction of approved applications and after a union moves to another district. On PostgreSQL they really run concurrently
 * (one pool connection each); PGlite has one connection, so there they interleave transaction by transaction.
 */
const w = worldPerFile(createProgramsWorld);

beforeAll(async () => {}, 120_000);

/** Migration 041's reload of the people of a record kind, as the migration runs it. */
const RELOAD = (() => {
  const text = readFileSync(new URL('../migrations/041_people_per_record_kind.sql', import.meta.url), 'utf8');
  return text.slice(text.lastIndexOf('do $$'));
})();

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
 * union and every union above it, under its application's record value ('' unless the program pays per record).
 */
async function recomputed(programIds: number[]) {
  const month = (ts: string) => `to_char((${ts} at time zone 'Asia/Shanghai'), 'YYYY-MM')`;
  const { rows } = await w.db.query(
    `with a as (
       select a.*, programs_record_value(g.subject_kind, r) as value
         from applications a join programs g on g.id = a.program_id left join records r on r.id = a.subject_record_id
     )
     select subject, u.id::int as org, month, dim, dim2, sum(n)::int as n, sum(fen)::int as fen from (
       select 'programs.applications' as subject, org_id::int as org, to_char(applied_on, 'YYYY-MM') as month,
              program_id::text as dim, value as dim2, count(*)::int as n, 0 as fen
         from a where status <> 'withdrawn' group by 2, 3, 4, 5
       union all
       select 'programs.' || status, org_id::int, ${month('decided_at')}, program_id::text, value, count(*)::int, 0
         from a where status in ('approved', 'rejected') group by 1, 2, 3, 4, 5
       union all
       select 'programs.tiers', org_id::int, ${month('decided_at')}, program_id::text, amount_fen::text,
              count(*)::int, 0
         from a where status = 'approved' group by 2, 3, 4, 5
       union all
       select 'programs.approved_fen', l.org_id::int, ${month('l.created_at')}, l.program_id::text, a.value, 0,
              sum(l.amount_fen)::int
         from ledger_entries l join a on a.id = l.application_id group by 2, 3, 4, 5
       union all
       select 'programs.paid_fen', i.org_id::int, ${month('b.paid_at')}, i.program_id::text, a.value, 0,
              sum(i.amount_fen)::int
         from payment_items i join payment_batches b on b.id = i.batch_id and b.status = 'paid'
         join ledger_entries l on l.id = i.ledger_entry_id join a on a.id = l.application_id
        group by 2, 3, 4, 5
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
 * (dim2 '') and per union alone ('self'), per program, category, all programs and, for people, record value and
 * record kind over all programs and over a category's.
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
                                          (case when value <> '' then program || '|' || value end),
                                          (case when value <> '' then 'k:' || split_part(value, ':', 1) end),
                                          (case when value <> '' then 'k:' || split_part(value, ':', 1) || '|c:' || category end)
                                   ) d(dim)
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
    const fixed = () => fixedProgram(w.districtA.id, { intakeModes: ['batch'] });
    // paid per certificate, one program of the category the fixed ones are in and one of another: a person paid
    // for two certificates, or by both, is one person of the record kind
    const perCertificate = (category: Category) =>
      certificateProgram(w.districtA.id, {
        category,
        intakeModes: ['batch'],
        periodEnd: '2030-12-31',
        reviewChain: [2],
      });
    const programs = [
      await w.publishedProgram(staff, fixed()),
      await w.publishedProgram(staff, perCertificate('subsidy')),
      await w.publishedProgram(staff, fixed()),
      await w.publishedProgram(staff, perCertificate('relief')),
      await w.publishedProgram(staff, fixed()),
    ];
    const unions = [w.grassA1, w.grassA2, w.grassDirect];
    const people = [];
    for (let i = 0; i < 24; i++) people.push(await w.person(unions[i % unions.length]));
    // two certificates of different grades for every other person, one for the rest
    const certificates = [];
    for (const [k, p] of people.entries())
      for (let n = 0; n <= (k % 2 === 0 ? 1 : 0); n++)
        certificates.push({
          personId: p.id,
          subjectRecordId: (await w.certificate(p.id, 1 + ((k + n) % 3))).id,
        });
    const ids: number[] = [];
    for (const [i, program] of programs.entries()) {
      // Before the third program some people change union: they are approved in two unions in a year.
      if (i === 2)
        await w.db.query(
          `update memberships set org_id = $2 where person_id = any($1::bigint[]) and left_on is null`,
          [people.filter((_, k) => k % 6 === 0).map((p) => p.id), w.grassA2.id],
        );
      const res = await w.ctx.services.programs.batch(
        staff,
        program.id,
        i % 2 === 1
          ? { rows: certificates, appliedOn: '2026-03-01' }
          : { personIds: people.map((p) => p.id), appliedOn: '2026-03-01' },
      );
      expect(res.results.filter((x) => !x.ok)).toEqual([]);
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
    expect(distinct.some((d) => d.dim === 'k:certificate|c:relief')).toBe(true);
    // A correction as a data fix writes it, in one statement: one certificate's approval taken back, another
    // application moved to the person's other certificate (another grade). Then the move undone: the ledger's
    // amounts stay under the record their entries were made for, which the sums hold to.
    const { rows: fix } = await w.db.query<{ id: number; record: number; other: number | null }>(
      `select a.id::int, a.subject_record_id::int as record,
              (select r.id::int from records r where r.person_id = a.person_id and r.id <> a.subject_record_id
                  and r.kind = 'certificate' order by r.id limit 1) as other
         from applications a where a.program_id = $1 and a.status = 'approved' order by a.id`,
      [programs[1].id],
    );
    const [taken, moved] = [fix[0], fix.find((f, k) => k > 0 && f.other !== null)];
    if (!moved?.other) throw new Error('no person with two certificates approved');
    const correct = (record: number) =>
      w.db.query(
        `update applications set status = case when id = $1 then 'rejected' else status end,
                subject_record_id = case when id = $2 then $3 else subject_record_id end
          where id = any(array[$1, $2]::bigint[])`,
        [taken.id, moved.id, record],
      );
    await correct(moved.other);
    expect(await maintainedDistinct()).toEqual(await recomputedDistinct());
    await correct(moved.record);
    expect(await maintainedDistinct()).toEqual(await recomputedDistinct());
    expect(await maintained(programIds)).toEqual(await recomputed(programIds));
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
    // The people of a record kind loaded by migration 041 for what was approved before it, the other dims as kept.
    await w.db.tx(async (sql) => {
      await sql.query(`update report_presence
                          set orgs = orgs - array(select k from jsonb_object_keys(orgs) k where k like 'k:%')
                        where subject = 'programs.people'`);
      await sql.query(`delete from report_counts where subject = 'programs.people' and dim like 'k:%'`);
      const left = await sql.query(`select count(*)::int as n from report_counts where dim like 'k:%'`);
      expect(left.rows[0]).toEqual({ n: 0 });
      await sql.query(RELOAD);
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
    const { rows: cats } = await w.db.query<{ category: Category; ids: number[] }>(
      'select category, array_agg(id::int) as ids from programs where id = any($1::bigint[]) group by 1',
      [programIds],
    );
    expect(cats.length).toBe(2);
    for (const org of [w.root, w.districtA, w.districtB, w.grassA1, w.grassA2])
      for (const category of [null, ...cats.map((c) => c.category)]) {
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
        // with the people of a record kind over all programs (g = 9, a breakdown sheet's bottom row)
        if (org === w.root) expect(raw.rows.filter((r) => Number(r.g) === 9).length).toBe(1);
        // the kept rows of a year also hold the programs of other categories, which the report drops with their
        // cells (only the programs it lists, and their categories, look their people up)
        const inCategory = (p: PeopleRow) =>
          !category ||
          ((p.category === null || p.category === category) &&
            (p.programId === null ||
              cats.find((c) => c.category === category)?.ids.includes(Number(p.programId))));
        const kept = (await loadPeople(w.db, scope)).filter(inCategory);
        expect(sorted(kept), `${org.name} ${category}`).toEqual(sorted(raw.rows));
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
