/**
 * The programs' statement triggers as a register's one statement meets them (issue 42): the counts summed per union
 * before they are rolled up to the unions above (programs migration 028) must give every cell what the rows say —
 * the summed figures and the distinct people and unions, after a file's set-based insert and after one statement
 * moving decisions between months and years and taking an approval back; and the copies an entry and an item keep
 * of their parent, checked once per statement instead of by a key per row (migration 029, ADR 96), must refuse a
 * copy that is not the parent's as the keys refused a missing person or union; and an application's program,
 * person and union, checked per statement (migration 030, ADR 95), refused when missing and kept while named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import type { OrgRow } from '../../org/index.ts';
import { type CountCell, listKeptCells } from '../../reporting/index.ts';
import { PAST_PAYMENTS_REGISTER } from '../past/index.ts';
import { programsRecounter, recountProgramCounts } from '../programs.recount.repository.ts';
import { fixedProgram } from '../programs.test-kit.ts';

let db: Db;
let t: TestContext;
let city: OrgRow;
let staff: Actor;
const programs: { id: number; name: string }[] = [];
const people: { id: number; name: string; idNumber: string }[] = [];

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext({ clock: fixedClock() }));
  city = await t.newRoot();
  staff = { ...t.actor('staff', city), userId: 92 };
  // Two districts, a firm under each and one under a firm: people at three depths, under two parents.
  const east = await t.newOrg(city, 'district');
  const west = await t.newOrg(city, 'district');
  const eastFirm = await t.newOrg(east, 'grassroots');
  const westFirm = await t.newOrg(west, 'grassroots');
  const workshop = await t.newOrg(eastFirm, 'grassroots');
  for (const [i, org] of [east, eastFirm, eastFirm, westFirm, workshop, workshop].entries()) {
    const idNumber = t.newIdNumber();
    const name = `计数${'甲乙丙丁戊己'[i]}`;
    const person = await t.newPerson(org, { name, idNumber });
    people.push({ id: person.id, name, idNumber });
  }
  for (const [name, category] of [
    [`带徒津贴${t.unique()}`, 'subsidy'],
    [`困难补助${t.unique()}`, 'relief'],
  ] as const) {
    const p = await t.services.programs.create(
      staff,
      fixedProgram(city.id, {
        name,
        category,
        intakeModes: ['batch'],
        amount: { kind: 'fixed', fen: 50_000 },
      }),
    );
    programs.push({ id: (await t.services.programs.publish(staff, p.id)).id, name });
  }
});
afterAll(async () => db?.close());

const HEADERS = PAST_PAYMENTS_REGISTER.columns.map((c) => c.header);

/** Every programs cell of the city's tree as kept and as recounted from the rows, each sorted. */
async function keptAndRecounted(): Promise<[CountCell[], CountCell[]]> {
  const subjects = Object.keys(programsRecounter.subjects);
  const path = `/${city.id}/`;
  const order = (cells: CountCell[]) =>
    cells.map((c) => JSON.stringify([c.subject, c.orgId, c.day, c.dim, c.dim2, c.n, c.fen])).sort();
  const kept = await listKeptCells(db, { subjects, path, asOf: '2099-12-31' });
  const recounted = await recountProgramCounts(db, { path });
  return [order(kept) as unknown as CountCell[], order(recounted) as unknown as CountCell[]];
}

describe('the programs counts of one statement', () => {
  it('a file across unions, months and years counts in each union and every union above it, as the rows say', async () => {
    // Each person paid by both programs, some twice in a year (counted once as a person), in several months.
    const rows: string[][] = [];
    for (const [i, p] of people.entries()) {
      for (const [j, g] of programs.entries()) {
        for (const [k, day] of ['2021-03-05', '2021-03-20', '2021-11-30', '2022-01-04'].entries()) {
          if ((i + j + k) % 3 === 0) continue;
          rows.push([p.idNumber, p.name, g.name, String(300 + 100 * ((i + k) % 4)), day, day, '']);
        }
      }
    }
    const r = await t.services.programs.pastPayments.importFile(staff, {
      file: writeWorkbook([{ name: '以往发放', headers: HEADERS, rows }]),
      fileName: '计数.xlsx',
      dryRun: false,
    });
    expect(r.errors).toEqual([]);
    expect(r.created).toBe(rows.length);
    const [kept, recounted] = await keptAndRecounted();
    expect(kept.length).toBeGreaterThan(100);
    expect(kept).toEqual(recounted);
  });

  it('one statement moving decisions across months and years and taking one back leaves the cells right', async () => {
    const ids = (
      await db.query<{ id: number }>(
        'select id from applications where program_id = any($1::bigint[]) order by id',
        [programs.map((g) => g.id)],
      )
    ).rows.map((r) => Number(r.id));
    // A decision a month later (November's cross into December, a few into the next year), one rejected, and rows
    // whose counted columns do not change (their deltas cancel within their union).
    await db.query(
      `update applications
          set decided_at = case when id % 3 = 0 then decided_at + interval '33 days' else decided_at end,
              status = case when id = $2 then 'rejected' else status end,
              note = '更正'
        where id = any($1::bigint[])`,
      [ids, ids[1]],
    );
    const [kept, recounted] = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });

  it('a holder of the year keeps its other dims when one empties, and gains one from a second file', async () => {
    // One person's every 2021 approval of the first program taken back in one statement: that program's dim of
    // the person's 2021 row empties while the second program's and all programs' stay.
    const [p] = people;
    await db.query(
      `update applications set status = 'rejected'
        where program_id = $1 and person_id = $2 and status = 'approved'
          and decided_at < '2022-01-01T00:00:00+08:00'`,
      [programs[0].id, p.id],
    );
    // A second file: the same people in a year they already count in, for the program some were not paid by.
    const rows = people.map((q, i) => [
      q.idNumber,
      q.name,
      programs[i % 2].name,
      '450',
      '2021-06-01',
      '2021-06-02',
      '',
    ]);
    const r = await t.services.programs.pastPayments.importFile(staff, {
      file: writeWorkbook([{ name: '以往发放', headers: HEADERS, rows }]),
      fileName: '计数二.xlsx',
      dryRun: false,
    });
    expect(r.errors).toEqual([]);
    const [kept, recounted] = await keptAndRecounted();
    expect(kept).toEqual(recounted);
    // One row per holder and year, and no dim left empty in it (reporting migration 007).
    const { rows: shape } = await db.query<{ holders: number; keys: number; empty: number }>(
      `select count(*)::int as holders, count(distinct (subject, who, year, federation_id))::int as keys,
              (select count(*)::int from report_presence x cross join lateral jsonb_each(x.orgs) d
                where d.value = '{}'::jsonb) as empty
         from report_presence where subject in ('programs.people', 'programs.unions')`,
    );
    expect(shape[0].holders).toBeGreaterThan(0);
    expect(shape[0].keys).toBe(shape[0].holders);
    expect(shape[0].empty).toBe(0);
  });
});

describe('the copies an entry and an item keep of their parent', () => {
  const entryOf = async () =>
    (
      await db.query<{
        id: number;
        application_id: number;
        person_id: number;
        org_id: number;
        batch: number;
      }>(
        `select e.id, e.application_id, e.person_id, e.org_id,
                (select i.batch_id from payment_items i where i.ledger_entry_id = e.id) as batch
           from ledger_entries e join applications a on a.id = e.application_id
          where a.program_id = $1 and a.status = 'approved' and e.kind = 'entitlement'
          order by e.id limit 1`,
        [programs[0].id],
      )
    ).rows[0];
  const reversal = (e: { id: number }, person: number | null, org: number) =>
    db.query(
      `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id,
         reverses_id, reason)
       select 'reversal', -e.amount_fen, e.program_id, e.application_id, e.period_key, $2, $3, e.id, '更正'
         from ledger_entries e where e.id = $1`,
      [e.id, person, org],
    );

  it("refuses an entry whose person or union is not its application's, whether or not it exists", async () => {
    const e = await entryOf();
    const other = people.find((p) => p.id !== Number(e.person_id));
    const cases: [number | null, number][] = [
      [other?.id ?? 0, e.org_id],
      [null, e.org_id],
      [e.person_id, city.id],
      [9_999_999, e.org_id],
    ];
    for (const [person, org] of cases) {
      const refused = await reversal(e, person, org).catch((err: unknown) => err);
      expect(refused, String(refused)).toMatchObject({ code: '23503' });
      expect(String((refused as Error).message)).toMatch(/ledger_entries_copies_check/);
    }
    // Its own person and union: taken.
    await expect(reversal(e, e.person_id, e.org_id)).resolves.toBeDefined();
  });

  it("refuses an item whose person is not its entry's", async () => {
    const batch = (
      await db.query<{ id: number }>(
        `insert into payment_batches (program_id, org_id, note, created_by) values ($1, $2, '测试', 92) returning id`,
        [programs[1].id, city.id],
      )
    ).rows[0].id;
    // An approved application of its own whose entitlement no batch holds yet.
    const p = people[0];
    const app = (
      await db.query<{ id: number; org_id: number }>(
        `insert into applications (program_id, version, person_id, org_id, period_key, applied_on, dedupe_key, status,
           step, amount_fen, decision, intake, decided_at)
         select $1, g.current_version, $2, m.org_id, '2023', '2023-05-01', 'copies-test', 'approved', 0, 30000,
                '{"eligible": true, "outcomes": []}'::jsonb, 'register', '2023-05-01T10:00:00+08:00'
           from programs g, memberships m where g.id = $1 and m.person_id = $2 limit 1
         returning id, org_id`,
        [programs[1].id, p.id],
      )
    ).rows[0];
    const free = (
      await db.query<{ id: number; person_id: number }>(
        `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id)
         values ('entitlement', 30000, $1, $2, '2023', $3, $4) returning id, person_id`,
        [programs[1].id, app.id, p.id, app.org_id],
      )
    ).rows[0];
    const item = (person: number | null) =>
      db.query(
        `insert into payment_items (batch_id, ledger_entry_id, program_id, person_id, org_id, amount_fen)
         select $2, e.id, e.program_id, $3, e.org_id, e.amount_fen from ledger_entries e where e.id = $1`,
        [free.id, batch, person],
      );
    const other = people.find((p) => p.id !== Number(free.person_id));
    for (const person of [other?.id ?? 0, null, 9_999_999]) {
      const refused = await item(person).catch((err: unknown) => err);
      expect(refused).toMatchObject({ code: '23503' });
      expect(String((refused as Error).message)).toMatch(/payment_items_copies_check/);
    }
    await expect(item(free.person_id)).resolves.toBeDefined();
    // Nor may an update give it another person afterwards.
    const moved = await db
      .query('update payment_items set person_id = $2 where ledger_entry_id = $1', [free.id, other?.id ?? 0])
      .catch((err: unknown) => err);
    expect(moved, String(moved)).toMatchObject({ code: '23503' });
  });
});

describe("an application's program, person and union, and its events' union, checked per statement", () => {
  const apply = (over: { program?: number; person?: number | null; org?: number }) =>
    db.query(
      `insert into applications (program_id, version, person_id, org_id, period_key, applied_on, dedupe_key, status,
         step, amount_fen, decision, intake, decided_at, federation_id)
       select $1, 1, $2::bigint, $3, '2024', '2024-05-01', 'parents-' || gen_random_uuid(), 'approved', 0, 30000,
              '{"eligible": true, "outcomes": []}'::jsonb, 'register', '2024-05-01T10:00:00+08:00', $4::bigint
       returning id`,
      [
        over.program ?? programs[0].id,
        over.person === undefined ? people[1].id : over.person,
        over.org ?? city.id,
        city.id,
      ],
    );

  it('refuses a statement naming a program, person or union not on record, and takes one that names them', async () => {
    for (const [over, key] of [
      [{ program: 9_999_999 }, 'applications_program_id_fkey'],
      [{ person: 9_999_999 }, 'applications_person_id_fkey'],
      [{ org: 9_999_999 }, 'applications_org_id_fkey'],
    ] as const) {
      const refused = await apply(over).catch((err: unknown) => err);
      expect(refused, `${key}: ${String(refused)}`).toMatchObject({ code: '23503' });
      expect(String((refused as Error).message)).toContain(key);
    }
    const { rows } = await apply({});
    const id = Number(rows[0].id);
    const moved = await db
      .query('update applications set person_id = 9999999 where id = $1', [id])
      .catch((err: unknown) => err);
    expect(moved, String(moved)).toMatchObject({ code: '23503' });
    const event = await db
      .query(
        `insert into application_events (application_id, action, step, org_id) values ($1, 'note', 0, 9999999)`,
        [id],
      )
      .catch((err: unknown) => err);
    expect(event, String(event)).toMatchObject({ code: '23503' });
    expect(String((event as Error).message)).toContain('application_events_org_id_fkey');
    await expect(
      db.query(
        `insert into application_events (application_id, action, step, org_id) values ($1, 'note', 0, $2)`,
        [id, city.id],
      ),
    ).resolves.toBeDefined();
  });

  it('refuses to delete a program, person or union that applications name', async () => {
    const firm = await t.newOrg(city, 'grassroots');
    const person = await t.newPerson(firm, { name: '删除测试' });
    await apply({ person: person.id, org: firm.id });
    for (const [text, id] of [
      ['delete from programs where id = $1', programs[0].id],
      ['delete from persons where id = $1', person.id],
      ['delete from orgs where id = $1', firm.id],
    ] as const) {
      const refused = await db.query(text, [id]).catch((err: unknown) => err);
      expect(refused, `${text}: ${String(refused)}`).toMatchObject({ code: '23503' });
    }
  });
});
