/**
 * Payments to people before the platform (issue 42, ADR 74): a union's 2017–2019 名师带徒 stipends at ¥8,000,
 * brought in from its register beside today's ¥6,000 program — counted in 2017's statistics and the ledger as
 * approved and paid on their days, whatever the program's present period and amount; a dry run writing nothing;
 * row errors naming row and column, an ID number only masked; all rows or none; the same file twice refused; the
 * reconciliation finding nothing; the command line's `import past-payments`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import { refusedWhole } from '../../../../test/register-kit.ts';
import { scratchDir } from '../../../../test/temp-tree.ts';
import type { Actor } from '../../../access/access.ts';
import { reconcileCli } from '../../../cli/reconcile.test-kit.ts';
import type { Db } from '../../../db/db.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import type { OrgRow } from '../../org/index.ts';
import { PAST_PAYMENTS_REGISTER } from '../past/index.ts';
import { fixedProgram } from '../programs.test-kit.ts';
import { getProgramReport } from './stats.service.ts';

let db: Db;
let t: TestContext;
let district: OrgRow;
let firm: OrgRow;
let staff: Actor;
let programId: number;
let programName: string;
const people: { id: number; name: string; idNumber: string }[] = [];

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext({ clock: fixedClock() }));
  const city = await t.newRoot();
  district = await t.newOrg(city, 'district');
  firm = await t.newOrg(district, 'grassroots');
  staff = { ...t.actor('staff', district), userId: 91 };
  programName = `名师带徒津贴${t.unique()}`;
  const p = await t.services.programs.create(
    staff,
    fixedProgram(district.id, {
      name: programName,
      category: 'subsidy',
      intakeModes: ['batch'],
      amount: { kind: 'fixed', fen: 600_000 },
    }),
  );
  programId = (await t.services.programs.publish(staff, p.id)).id;
  for (const name of ['王师傅', '李师傅']) {
    const idNumber = t.newIdNumber();
    const person = await t.newPerson(firm, { name, idNumber });
    people.push({ id: person.id, name, idNumber });
  }
});
afterAll(async () => db?.close());

const HEADERS = PAST_PAYMENTS_REGISTER.columns.map((c) => c.header);
const sheet = (rows: string[][]) => writeWorkbook([{ name: '以往发放', headers: HEADERS, rows }]);
const STIPENDS = () => [
  [people[0].idNumber, people[0].name, programName, '8000', '2017-03-15', '2017-04-01', '2017年带徒'],
  [people[0].idNumber, people[0].name, programName, '8,000', '2018-03-15', '2018-04-02', ''],
  [people[1].idNumber, people[1].name, programName, '8000', '2019-12-20', '2020-01-10', ''],
];
const send = (rows: string[][], dryRun: boolean, actor = staff) =>
  t.services.programs.pastPayments.importFile(actor, {
    file: sheet(rows),
    fileName: '以往发放.xlsx',
    dryRun,
  });
const written = async () =>
  (
    await db.query<{ n: number }>(
      `select (select count(*) from applications where program_id = $1)
            + (select count(*) from ledger_entries where program_id = $1)
            + (select count(*) from payment_batches where program_id = $1)
            + (select count(*) from report_counts where dim = $1::text and subject like 'programs.%')::int as n`,
      [programId],
    )
  ).rows[0].n;
const year = async (y: number) =>
  (
    await getProgramReport(db, staff, { orgId: district.id, from: `${y}-01-01`, to: `${y}-12-31` })
  ).programs.find((p) => p.programId === programId);

describe('the register of payments to people before the platform', () => {
  it('a dry run counts and writes nothing', async () => {
    const r = await send(STIPENDS(), true);
    expect(r).toMatchObject({
      dryRun: true,
      created: 3,
      people: 2,
      programs: 1,
      amountFen: 2_400_000,
      errors: [],
    });
    expect(await written()).toBe(0);
  });

  it('names row and column of each problem, masks ID numbers, and imports nothing of a file with one', async () => {
    const unknown = t.newIdNumber();
    const rows = [
      ...STIPENDS(),
      [unknown, '赵师傅', programName, '8000', '2017-03-15', '2017-04-01', ''],
      [people[0].idNumber, '王某', programName, '8000', '2016-03-15', '2016-04-01', ''],
      [people[0].idNumber, people[0].name, '没有的项目', '8000', '2016-03-15', '2016-04-01', ''],
      [people[0].idNumber, people[0].name, programName, '0', '2016-03-15', '2016-04-01', ''],
      [people[0].idNumber, people[0].name, programName, '8000', '2016-05-15', '2016-04-01', ''],
      [people[0].idNumber, people[0].name, programName, '8000', '2016-05-15', '2199-04-01', ''],
      [people[1].idNumber, people[1].name, programName, '8000', '2019-12-20', '2020-01-10', ''],
    ];
    const errors = await refusedWhole(
      (dryRun) => send(rows, dryRun),
      [
        [5, '身份证号'],
        [6, '姓名'],
        [7, '项目'],
        [8, '实发金额（元）'],
        [9, '发放日期'],
        [10, '发放日期'],
        [11, '发放日期'],
      ],
      written,
    );
    expect(errors[0].messageZh).toContain(`${unknown.slice(0, 6)}********${unknown.slice(14)}`);
    const text = JSON.stringify(errors);
    for (const n of [unknown, people[0].idNumber]) expect(text).not.toContain(n);
    expect(errors[4].messageZh).toBe('发放日期 2016-04-01 早于批准日期 2016-05-15');
    expect(errors[6].messageZh).toContain('第4行');
    expect(await written()).toBe(0);
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const [p] = people;
    const rows = [
      // an amount that does not parse beside an ID number nobody has: both
      [t.newIdNumber(), '赵师傅', programName, 'abc', '2017-03-15', '2017-04-01', ''],
      // a day approved that does not parse beside a name that is not the person's: the days not compared
      [p.idNumber, '王某', programName, '8000', '2016-02-30', '2016-04-01', ''],
      // an ID number that does not parse: its amount and days still judged, its program not looked for
      ['1'.repeat(31), '某', '没有的项目', '0', '2016-05-15', '2016-04-01', ''],
      // a program that does not parse: not looked for (no program 'undefined')
      [p.idNumber, p.name, '项'.repeat(201), '8000', '2016-03-15', '2016-04-01', ''],
      // a right row: not brought in with the others refused
      [p.idNumber, p.name, programName, '8000', '2016-03-15', '2016-04-01', ''],
    ];
    const errors = await refusedWhole(
      (dryRun) => send(rows, dryRun),
      [
        [2, '实发金额（元）'],
        [2, '身份证号'],
        [3, '批准日期'],
        [3, '姓名'],
        [4, '身份证号'],
        [4, '实发金额（元）'],
        [4, '发放日期'],
        [5, '项目'],
      ],
      written,
    );
    expect(errors[6].messageZh).toBe('发放日期 2016-04-01 早于批准日期 2016-05-15');
    expect(await written()).toBe(0);
  });

  it('counts a 2017 stipend of ¥8,000 in 2017 beside the program’s ¥6,000 of today, and reconciles', async () => {
    const dir = scratchDir('past-payments-');
    const file = join(dir, '以往发放.xlsx');
    writeFileSync(file, sheet(STIPENDS()));
    const cli = reconcileCli(db, t.services);
    expect(await cli.run('import', 'past-payments', file)).toBe(0);
    expect(cli.out).toEqual([expect.stringContaining('已导入 3 条以往发放记录')]);

    expect(await year(2017)).toMatchObject({ approved: 1, approvedFen: 800_000, paidFen: 800_000 });
    expect(await year(2018)).toMatchObject({ approved: 1, approvedFen: 800_000, paidFen: 800_000 });
    // Approved in 2019, paid in 2020: each figure in its own year.
    expect(await year(2019)).toMatchObject({ approved: 1, approvedFen: 800_000, paidFen: 0 });
    expect(await year(2020)).toMatchObject({ approved: 0, paidFen: 800_000 });

    // Today's program pays ¥6,000: a 2026 application beside the stipends of then.
    const r = await t.services.programs.batch(staff, programId, { personIds: [people[0].id] });
    expect(r.results[0]).toMatchObject({ ok: true });
    await t.services.programs.review(staff, r.results[0].applicationId as number, 'approve', {});
    const { rows } = await db.query<{ year: string; amount: number; intake: string; paid: string | null }>(
      `select to_char(a.decided_at at time zone 'Asia/Shanghai', 'YYYY') as year, a.amount_fen::int as amount,
              a.intake, (select to_char(b.paid_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
                           from ledger_entries e join payment_items i on i.ledger_entry_id = e.id
                           join payment_batches b on b.id = i.batch_id and b.status = 'paid'
                          where e.application_id = a.id) as paid
         from applications a where a.program_id = $1 and a.person_id = $2 order by a.decided_at`,
      [programId, people[0].id],
    );
    expect(rows).toEqual([
      { year: '2017', amount: 800_000, intake: 'register', paid: '2017-04-01' },
      { year: '2018', amount: 800_000, intake: 'register', paid: '2018-04-02' },
      { year: '2026', amount: 600_000, intake: 'batch', paid: null },
    ]);

    expect(await cli.run('reconcile', '--union', String(district.id))).toBe(0);
    expect(cli.out).toEqual([expect.stringMatching(/差异 0 处/)]);

    // The same file again: every row is on record as it stands, skipped and counted.
    expect(await send(STIPENDS(), true)).toMatchObject({ created: 0, onRecord: 3, errors: [] });
  });

  it('an entry names its application’s program, an item its entry’s program and union (ADR 90)', async () => {
    // The 2026 approval of the test before: its entitlement, not in any batch yet, and a batch of the import.
    const {
      rows: [e],
    } = await db.query<{ id: number; batch: number }>(
      `select e.id, (select i.batch_id from payment_items i where i.program_id = e.program_id limit 1) as batch
         from ledger_entries e join applications a on a.id = e.application_id
        where a.program_id = $1 and a.intake = 'batch'`,
      [programId],
    );
    const other = await t.services.programs.create(
      staff,
      fixedProgram(district.id, {
        name: `另一项目${t.unique()}`,
        category: 'subsidy',
        intakeModes: ['batch'],
        amount: { kind: 'fixed', fen: 100 },
      }),
    );
    // A program and a union that exist, but not the parent's: each key alone let them in.
    await expect(
      db.query(
        `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id,
           reverses_id, reason)
         select 'reversal', -e.amount_fen, $2, e.application_id, e.period_key, e.person_id, e.org_id, e.id, '更正'
           from ledger_entries e where e.id = $1`,
        [e.id, other.id],
      ),
    ).rejects.toThrow(/ledger_entries_application_fkey/);
    for (const [program, org] of [
      [other.id, firm.id],
      [programId, district.id],
    ]) {
      await expect(
        db.query(
          `insert into payment_items (batch_id, ledger_entry_id, program_id, person_id, org_id, amount_fen)
           select $2, e.id, $3, e.person_id, $4, e.amount_fen from ledger_entries e where e.id = $1`,
          [e.id, e.batch, program, org],
        ),
      ).rejects.toThrow(/payment_items_ledger_entry_fkey/);
    }
  });

  it('a reviewer may not import; staff of another district find nobody', async () => {
    const reviewer = t.actor('reviewer', district);
    await expect(send(STIPENDS(), true, reviewer)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    const other = t.actor('staff', await t.newOrg(await t.newRoot(), 'district'));
    const r = await send(STIPENDS().slice(0, 1), true, other);
    expect(r.errors.map((e) => [e.rowNo, e.column])).toEqual([[2, '身份证号']]);
  });
});
