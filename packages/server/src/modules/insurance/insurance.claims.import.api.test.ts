/**
 * The register of insurance claims over HTTP and on the command line (issue 42, ADR 62): the template, a dry run
 * that writes nothing, a file with wrong rows refused whole (each naming its row and column, in both languages),
 * another district's policy as a row error, and the claims of 2016–2017 brought in — counted in their years on
 * their filing and payment days, agreeing with their recount — on a year kept as totals and a year with its list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resaved } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { type CountCell, listKeptCells } from '../reporting/index.ts';
import { recountInsuranceCounts } from './insurance.recount.repository.ts';
import { type ClaimSheetRow, claimsRegisterKit, enterYearPolicy, paidClaim } from './insurance.test-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '保险测试区总工会'],
    unit: 'district/grassroots',
    other: 'root/district',
  },
  users: { outsider: ['staff', 'other'] },
});
/** The district's staff, signed in with a password (the name is the one the audit keeps). */
let staff: string;
let staffName: string;
const people: Record<'a' | 'b' | 'late', { id: number; name: string; idNumber: string }> = {} as never;

type Row = ClaimSheetRow;
const { kit, sheet, claimsOnRecord } = claimsRegisterKit(w, () => staff);
const send = (file: Buffer, dryRun: boolean, cookie = staff) => kit.send(file, dryRun, undefined, cookie);
const stats = async (query: string) =>
  (await kit.got(`/api/insurance/stats?orgId=${w.district.id}&${query}`)).total;

const who = (p: keyof typeof people) => ({ idNumber: people[p].idNumber, name: people[p].name });
const GOOD = (): Row[] => [
  { ...paidClaim(2016), ...who('a') },
  {
    policy: '2016',
    ...who('b'),
    kind: '伤残',
    incidentOn: '2016-05-01',
    filedOn: '2016/5/3',
    outcome: '拒赔',
    decidedOn: '2016年6月1日',
    rejectReason: '非意外事故',
  },
  {
    policy: 'P-2017',
    ...who('a'),
    kind: '意外医疗',
    incidentOn: '2017-02-01',
    filedOn: '2017-02-05',
    outcome: '未决',
  },
  {
    policy: 'P-2017',
    ...who('b'),
    kind: '意外身故',
    incidentOn: '2017-03-01',
    filedOn: '2017-03-02',
    outcome: '核定赔付',
    decidedOn: '2017-04-01',
    payout: '1200.50',
  },
];

beforeAll(async () => {
  for (const [k, joinedOn] of [
    ['a', '2010-01-01'],
    ['b', '2010-01-01'],
    ['late', '2017-06-01'],
  ] as const) {
    const idNumber = w.t.ctx.newIdNumber();
    const p = await w.t.ctx.newPerson(w.unit, { idNumber, joinedOn });
    people[k] = { id: p.id, name: p.name, idNumber };
  }
  const user = await w.t.ctx.newUser('staff', w.district);
  staffName = user.username;
  staff = await w.t.login(user.username, user.password);
  // 2016 kept as totals; 2017 with its list, taken from the member register on its first day
  await enterYearPolicy(w, staff, 2016);
  const p2017 = await enterYearPolicy(w, staff, 2017, { listed: true });
  const sync = await w.t.call({
    method: 'POST',
    url: `/api/insurance/policies/${p2017}/sync`,
    cookie: staff,
    body: { on: '2017-01-01' },
  });
  expect(sync.statusCode, sync.body).toBe(200);
});

describe('the register of insurance claims', () => {
  it('offers a template whose headers are the register and whose 填写说明 names every column', async () => {
    await kit.templateNames(['出险日期', '申请日期', '审核结果', '决定日期', '赔付金额（元）', '赔付日期']);
  });

  it('refuses a file with wrong rows whole, each naming its row and column; a dry run lists them and writes nothing', async () => {
    const bad: Row[] = [
      ...GOOD(),
      // row 6: the accident after the policy's period
      {
        policy: 'P-2016',
        ...who('a'),
        kind: '意外医疗',
        incidentOn: '2017-01-02',
        filedOn: '2017-01-05',
        outcome: '未决',
      },
      // row 7: decided before it was filed
      {
        policy: 'P-2017',
        ...who('a'),
        kind: '意外医疗',
        incidentOn: '2017-05-01',
        filedOn: '2017-05-10',
        outcome: '拒赔',
        decidedOn: '2017-05-09',
        rejectReason: '材料不全',
      },
      // row 8: no such policy; row 9: another's name; row 10: the accident of row 2's claim... of row 5, again
      {
        policy: 'P-1999',
        ...who('a'),
        kind: '意外医疗',
        incidentOn: '2016-03-02',
        filedOn: '2016-03-10',
        outcome: '未决',
      },
      {
        policy: 'P-2016',
        idNumber: people.a.idNumber,
        name: '张冠李戴',
        kind: '意外医疗',
        incidentOn: '2016-08-01',
        filedOn: '2016-08-02',
        outcome: '未决',
      },
      {
        policy: 'P-2017',
        ...who('b'),
        kind: '意外医疗',
        incidentOn: '2017-03-01',
        filedOn: '2017-03-09',
        outcome: '未决',
      },
      // row 11: approved without a payout; row 12: not a member on the accident day of a year kept as totals
      {
        policy: 'P-2016',
        ...who('b'),
        kind: '意外医疗',
        incidentOn: '2016-09-01',
        filedOn: '2016-09-02',
        outcome: '赔付',
        decidedOn: '2016-09-30',
      },
      {
        policy: 'P-2016',
        ...who('late'),
        kind: '意外医疗',
        incidentOn: '2016-09-01',
        filedOn: '2016-09-02',
        outcome: '未决',
      },
      // row 13: paid before the decision
      {
        policy: 'P-2016',
        ...who('b'),
        kind: '意外医疗',
        incidentOn: '2016-10-01',
        filedOn: '2016-10-02',
        outcome: '赔付',
        decidedOn: '2016-10-20',
        payout: '500',
        paidOn: '2016-10-19',
      },
    ];
    const expected: [number, string][] = [
      [6, '出险日期'],
      [7, '决定日期'],
      [8, '保单号'],
      [9, '姓名'],
      [10, '出险日期'],
      [11, '赔付金额（元）'],
      [12, '出险日期'],
      [13, '赔付日期'],
    ];
    const dry = await send(sheet(bad), true);
    expect(dry.statusCode, dry.body).toBe(200);
    const d = dry.json();
    expect(d).toMatchObject({ dryRun: true, total: 12, created: 4 });
    expect(kit.rowsOf(d.errors)).toEqual(expected);
    const [outside, decided, , , twice] = d.errors;
    expect(outside.messageZh).toContain('出险日期2017-01-02不在保单');
    expect(outside.messageEn).toContain('outside the period');
    expect(decided.messageZh).toBe('2017-05-09 早于申请日期 2017-05-10');
    expect(twice.messageZh).toContain('与第5行是同一事故');
    expect(d.errors[5].messageEn).toBe('An outcome “approved” needs the payout (yuan)');
    expect(await claimsOnRecord()).toBe(0);

    await kit.refused(sheet(bad), expected);

    // another district's staff: the policy is none of theirs, nothing of it is told
    await kit.rowErrors(sheet(GOOD().slice(0, 1)), [[2, '保单号']], w.outsider);
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const claim = { kind: '意外医疗', filedOn: '2016-03-10', outcome: '未决' };
    const bad: Row[] = [
      // an accident day that does not parse beside a rejection with no reason: no cover judged on it
      {
        policy: 'P-2016',
        ...who('a'),
        ...claim,
        incidentOn: '2016-02-30',
        outcome: '拒赔',
        decidedOn: '2016-04-01',
      },
      // a payout that does not parse beside a union not found and no decision day: the policy not looked for
      {
        policy: 'P-2016',
        union: '没有这个工会',
        ...who('a'),
        ...claim,
        incidentOn: '2016-03-02',
        outcome: '赔付',
        payout: 'abc',
      },
      // an ID number that does not parse beside a policy not found and a filing before the accident
      { policy: 'P-1999', idNumber: '1'.repeat(31), name: '某', ...claim, incidentOn: '2016-03-12' },
      // a kind that does not parse beside a payout on a claim with the insurer
      { policy: 'P-2016', ...who('a'), ...claim, kind: '不是类别', incidentOn: '2016-03-02', payout: '100' },
      // a right claim: not brought in with the others refused
      GOOD()[0],
    ];
    const errors = await kit.refused(sheet(bad), [
      [2, '出险日期'],
      [2, '拒赔原因'],
      [3, '赔付金额（元）'],
      [3, '投保工会'],
      [3, '决定日期'],
      [4, '身份证号'],
      [4, '保单号'],
      [4, '申请日期'],
      [5, '理赔类别'],
      [5, '赔付金额（元）'],
    ]);
    expect(errors[7].messageZh).toBe('2016-03-10 早于出险日期 2016-03-12');
  });

  it('reads a policy year typed in full-width digits (２０１６) or as 2016年 / 2016年度 as the year it is', async () => {
    const [row] = GOOD().slice(1, 2);
    const years = ['２０１６', '2016年', '2016 年度'];
    const file = sheet(years.map((policy, i) => ({ ...row, policy, incidentOn: `2016-05-0${i + 1}` })));
    await kit.dryRun(file, { total: 3, created: 3 });
  });

  it('brings the claims in on their days: counted in 2016 and 2017, not this year, agreeing with their recount', async () => {
    await kit.dryRun(sheet(GOOD()), {
      total: 4,
      created: 4,
      paid: 1,
      approved: 1,
      rejected: 1,
      pending: 1,
      // 赔付金额合计 as the claims export sums it: the payouts decided, paid (8,000) or approved (1,200.50)
      payoutFen: 920_050,
      paidFen: 800_000,
    });
    await kit.imported(sheet(GOOD()), { created: 4, paid: 1 });
    expect(await claimsOnRecord()).toBe(4);

    expect(await stats('fromYear=2016&toYear=2016')).toMatchObject({
      policies: 1,
      insured: 300,
      claimsFiled: 2,
      claimsPaid: 1,
      paidFen: 800_000,
    });
    expect(await stats('from=2016-01-01&to=2016-12-31')).toEqual(await stats('fromYear=2016&toYear=2016'));
    expect(await stats('from=2016-04-25&to=2016-05-03')).toMatchObject({ claimsFiled: 1, claimsPaid: 1 });
    expect(await stats('fromYear=2017&toYear=2017')).toMatchObject({
      claimsFiled: 2,
      claimsPaid: 0,
      paidFen: 0,
    });
    expect(await stats('fromYear=2026&toYear=2026')).toMatchObject({ claimsFiled: 0, claimsPaid: 0 });

    const list = (
      await w.t.call({ method: 'GET', url: `/api/insurance/claims?orgId=${w.district.id}`, cookie: staff })
    ).json().items as {
      status: string;
      filedOn: string;
      forwardedOn: string;
      decidedOn: string | null;
      paidOn: string | null;
    }[];
    expect(list.map((c) => [c.status, c.filedOn, c.forwardedOn, c.decidedOn, c.paidOn]).sort()).toEqual([
      ['approved', '2017-03-02', '2017-03-02', '2017-04-01', null],
      ['forwarded', '2017-02-05', '2017-02-05', null, null],
      ['paid', '2016-03-10', '2016-03-20', '2016-04-10', '2016-04-25'],
      ['rejected', '2016-05-03', '2016-05-03', '2016-06-01', null],
    ]);
    const cells = (l: CountCell[]) =>
      l
        .filter((c) => c.n || c.fen)
        .map((c) => [c.subject, c.orgId, c.day, c.dim, c.n, c.fen].join(' '))
        .sort();
    const kept = await listKeptCells(w.t.db, {
      subjects: ['insurance.claims_filed', 'insurance.claims_paid'],
      path: w.district.path,
      asOf: '2026-06-15',
    });
    expect(cells(kept)).toHaveLength(5);
    expect(cells(kept)).toEqual(cells(await recountInsuranceCounts(w.t.db, { path: w.district.path })));

    // the same file again: each claim on record as it stands, skipped and counted, nothing written
    await kit.dryRun(resaved(sheet(GOOD())), { created: 0, onRecord: 4 });
  });

  it('is the same register on the command line: a dry run, the refusal of a bad row, the import', async () => {
    const row: Row = {
      policy: 'P-2016',
      ...who('b'),
      kind: '意外医疗',
      incidentOn: '2016-11-01',
      filedOn: '2016-11-03',
      outcome: '赔付',
      decidedOn: '2016-11-20',
      payout: '300',
      paidOn: '2016-11-28',
    };
    const dryRun = await kit.cliImports('insurance-claims', staffName, {
      good: sheet([row]),
      bad: sheet([row, { ...row, incidentOn: '2015-12-31', filedOn: '2016-01-02' }]),
      named: ['第3行 [出险日期]', 'row 3 [出险日期]'],
      added: 1,
    });
    expect(dryRun).toContain('将新增 1 条保险理赔记录');
    expect(await stats('fromYear=2016&toYear=2016')).toMatchObject({
      claimsFiled: 3,
      claimsPaid: 2,
      paidFen: 830_000,
    });
  });
});
