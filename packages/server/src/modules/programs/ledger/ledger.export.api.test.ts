/**
 * The ledger list's export (以往发放台账 checked against the platform): a clerk who brought in last year's past
 * payments exports the ledger with the list's filters (program, payment status, kind) and sums the amounts: the
 * sheet's rows are the list's entries, its amount column and 合计 are the list's amounts in yuan as numbers shown
 * 0.00, the days approved and paid are date cells, ID numbers are masked, a second sheet names the union, the
 * program, the day and the totals, and the export is an audit row. Another district's staff see none of it; a
 * filter that is not one is a 400.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../../test/clock.ts';
import { readExportOfList, readListExport } from '../../../../test/list-export-kit.ts';
import { countOf, registerKit } from '../../../../test/register-kit.ts';
import { appWorld } from '../../../../test/world-kit.ts';
import { PAST_PAYMENTS_REGISTER } from '../past/index.ts';
import { fixedProgram } from '../programs.test-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '台账导出测试区总工会'],
    firm: 'district/grassroots',
    other: 'root/district',
  },
  users: { outsider: ['staff', 'other'] },
});
let staff: string;
let programId: number;
let programName: string;
const people: { name: string; idNumber: string }[] = [];

const kit = registerKit({
  app: () => w.t,
  cookie: () => staff,
  importUrl: '/api/programs/past-payments/import',
  register: PAST_PAYMENTS_REGISTER,
  sheetName: '以往发放',
  fileName: '以往发放.xlsx',
  headers: PAST_PAYMENTS_REGISTER.columns.map((c) => c.header),
  count: () =>
    countOf(w.t, 'select count(*)::int as n from ledger_entries where program_id = $1', [programId]),
});
const get = (url: string, cookie = staff) => w.t.call({ method: 'GET', url, cookie });

beforeAll(async () => {
  const actor = w.t.ctx.actor('staff', w.district);
  programName = `名师带徒津贴${w.t.ctx.unique()}`;
  const p = await w.t.ctx.services.programs.create(
    actor,
    fixedProgram(w.district.id, {
      name: programName,
      category: 'subsidy',
      intakeModes: ['batch'],
      amount: { kind: 'fixed', fen: 600_000 },
    }),
  );
  programId = (await w.t.ctx.services.programs.publish(actor, p.id)).id;
  for (const name of ['王师傅', '李师傅', '赵师傅']) {
    const idNumber = w.t.ctx.newIdNumber();
    await w.t.ctx.newPerson(w.firm, { name, idNumber });
    people.push({ name, idNumber });
  }
  staff = await w.t.signInAs('staff', w.district);
  const row = (i: number, amount: string, approved: string, paid: string) => [
    people[i].idNumber,
    people[i].name,
    programName,
    amount,
    approved,
    paid,
    '',
  ];
  const res = await kit.send(
    kit.sheet([
      row(0, '8000', '2017-03-15', '2017-04-01'),
      row(0, '8,000', '2018-03-15', '2018-04-02'),
      row(1, '7999.99', '2019-12-20', '2020-01-10'),
      row(2, '0.01', '2019-06-01', '2019-06-30'),
    ]),
    false,
  );
  expect(res.statusCode, res.body).toBe(200);
});

describe('the ledger list export', () => {
  it("holds every entry the list holds, its amounts summing to the list's, in yuan as numbers, days as dates, ID numbers masked", async () => {
    const q = `programId=${programId}`;
    const list = (await get(`/api/ledger?${q}&pageSize=200`)).json() as {
      items: { amountFen: number; personName: string }[];
      total: number;
    };
    expect(list.total).toBe(4);
    const listFen = list.items.reduce((s, e) => s + e.amountFen, 0);
    expect(listFen).toBe(2_400_000);

    const x = await readExportOfList(await get(`/api/ledger.xlsx?${q}`), {
      money: '金额（元）',
      union: '台账导出测试区总工会',
      total: list.total,
      names: list.items.map((e) => e.personName),
      listFen,
      idNumbers: people.map((p) => p.idNumber),
    });
    expect(x.column('发放状态')).toEqual(['已发放', '已发放', '已发放', '已发放']);
    // the register's days: approved and paid on them, not on the day it was brought in
    expect(x.column('批准日期').sort()).toEqual(['2017-03-15', '2018-03-15', '2019-06-01', '2019-12-20']);
    expect(x.column('发放日期').sort()).toEqual(['2017-04-01', '2018-04-02', '2019-06-30', '2020-01-10']);
    for (const c of x.cellsOf('金额（元）')) expect(c).toMatchObject({ t: 'n', f: '0.00' });
    for (const c of x.cellsOf('批准日期').filter(Boolean)) expect(c?.d || c?.t === 'd').toBe(true);
    expect(x.figures.get('统计单位')).toContain('台账导出测试区总工会');
    expect(x.figures.get('项目')).toBe(programName);
    expect(x.figures.get('截至')).toBe(TEST_TODAY);
    expect(x.figures.get('台账记录数（条）')).toBe('4');
    expect(x.fenOf(x.figures.get('已发放金额（元）'))).toBe(listFen);
    expect(x.fenOf(x.figures.get('合计（元）'))).toBe(listFen);
    const { rows } = await w.t.db.query<{ after: { rows: number; programId: number } }>(
      `select after from audit_log where action = 'ledger.export' order by id desc limit 1`,
    );
    expect(rows[0]?.after).toMatchObject({ rows: 4, programId });
  });

  it("takes the list's filters: a payment status holding none is an empty sheet with a zero 合计", async () => {
    const q = `programId=${programId}&paymentStatus=unpaid`;
    expect(((await get(`/api/ledger?${q}`)).json() as { total: number }).total).toBe(0);
    const x = await readListExport((await get(`/api/ledger.xlsx?${q}`)).rawPayload, '金额（元）');
    expect(x.body).toHaveLength(0);
    expect(x.totalFen).toBe(0);
  });

  it("shows another district's staff none of it, and refuses a filter that is not one", async () => {
    const theirs = await readListExport((await get('/api/ledger.xlsx', w.outsider)).rawPayload, '金额（元）');
    expect(theirs.body).toHaveLength(0);
    expect((await get('/api/ledger.xlsx?paymentStatus=lost')).statusCode).toBe(400);
    expect((await get('/api/ledger.xlsx?programId=abc')).statusCode).toBe(400);
  });
});
