/**
 * The register of insurance policies over HTTP and on the command line (issue 42): the template, a dry run that
 * writes nothing, a file with wrong rows refused whole (each naming its row and column, in both languages), and
 * the policies of 2015–2016 brought in — a year kept as totals and a year with its insured list — whose statistics
 * are those of the same policies entered on the page and synced with the member register.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/api.ts';
import { countOf, registerKit, resaved } from '../../../test/register-kit.ts';
import { splitStatements } from '../../db/migrate.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { POLICY_REGISTER } from './insurance.policies.register.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let staffName: string;
type Who = { id: number; name: string; idNumber: string };
type District = { district: OrgRow; unit: OrgRow; people: Record<'a' | 'b' | 'c' | 'd', Who> };
let imported: District;
let entered: District;

const HEADERS = POLICY_REGISTER.columns.map((c) => c.header);
type Row = Partial<Record<(typeof POLICY_REGISTER.columns)[number]['key'], string>>;
const policiesOnRecord = () =>
  countOf(
    t,
    `select (select count(*)::int from insurance_policies p where p.org_id = $1)
            + (select count(*)::int from insurance_insured i join insurance_policies p on p.id = i.policy_id
                where p.org_id = $1) as n`,
    [imported.district.id],
  );
const kit = registerKit({
  app: () => t,
  cookie: () => staff,
  importUrl: '/api/insurance/policies/import',
  register: POLICY_REGISTER,
  headers: HEADERS,
  count: policiesOnRecord,
});
const sheet = (rows: Row[]) => kit.sheet(rows.map((r) => POLICY_REGISTER.columns.map((c) => r[c.key] ?? '')));
const stats = async (d: District, query: string, cookie = staff) => {
  const { years, total, states } = await kit.got(
    `/api/insurance/stats?orgId=${d.district.id}&${query}`,
    cookie,
  );
  return { years, total, states };
};

const P2016 = () => ({
  union: imported.district.name,
  policyNo: 'P-2016',
  insurer: '测试保险公司',
  title: '2016年团体意外险',
  cover: '意外医疗1万元',
  startsOn: '2016-01-01',
  endsOn: '2016-12-31',
  premium: '3,660',
});
const who = (k: keyof District['people']) => ({
  idNumber: imported.people[k].idNumber,
  name: imported.people[k].name,
});
const GOOD = (): Row[] => [
  {
    union: imported.district.name,
    policyNo: 'P-2015',
    insurer: '测试保险公司',
    title: '2015年团体意外险',
    cover: '意外医疗1万元',
    startsOn: '2015-01-01',
    endsOn: '2015-12-31',
    premium: '15000',
    recordedInsured: '300',
  },
  { ...P2016(), ...who('a') },
  { ...P2016(), ...who('b') },
  { ...P2016(), ...who('c'), untilOn: '2016-06-30', removedWhy: '离职' },
  { ...P2016(), ...who('d'), fromOn: '2016-03-01' },
];

/** A district with a union and four members: c leaves on 2016-07-01, d joins on 2016-03-01. */
async function district(): Promise<District> {
  const root = await t.ctx.newRoot();
  const d = await t.ctx.newOrg(root, 'district', `保单测试区总工会${t.ctx.unique()}`);
  const unit = await t.ctx.newOrg(d, 'grassroots');
  const people = {} as District['people'];
  for (const [k, joinedOn] of [
    ['a', '2010-01-01'],
    ['b', '2010-01-01'],
    ['c', '2010-01-01'],
    ['d', '2016-03-01'],
  ] as const) {
    const idNumber = t.ctx.newIdNumber();
    const p = await t.ctx.newPerson(unit, { idNumber, joinedOn });
    people[k] = { id: p.id, name: p.name, idNumber };
  }
  await t.db.query(`update memberships set status = 'left', left_on = '2016-07-01' where person_id = $1`, [
    people.c.id,
  ]);
  return { district: d, unit, people };
}

beforeAll(async () => {
  t = await createTestApp();
  imported = await district();
  entered = await district();
  // one staff member over both districts: their common root's administrator is not needed, each has its own root
  const user = await t.ctx.newUser('staff', imported.district);
  staffName = user.username;
  staff = await t.login(user.username, user.password);
});
afterAll(async () => t?.close());

describe('the register of insurance policies', () => {
  it('offers a template whose headers are the register and whose 填写说明 names every column', async () => {
    await kit.templateNames(['保单号', '起保日期', '参保人数', '被保险人身份证号', '退保日期']);
  });

  it('refuses a file with wrong rows whole, each naming its row and column; a dry run writes nothing', async () => {
    const bad: Row[] = [
      ...GOOD(),
      // row 7: the policy's own column differs from its first row (and a is insured by row 3); row 8: a person and a number insured
      { ...P2016(), ...who('a'), premium: '3000' },
      { ...GOOD()[0], ...who('a') },
      // row 9: days out of order; row 10: not a member on the cover start; row 11: the same person twice open
      { ...P2016(), policyNo: 'P-2016B', endsOn: '2015-12-31', ...who('a') },
      { ...P2016(), policyNo: 'P-2016C', ...who('d') },
      { ...P2016(), policyNo: 'P-2016D', ...who('b') },
      { ...P2016(), policyNo: 'P-2016D', ...who('b'), fromOn: '2016-02-01' },
      // row 13: a future day; row 14: malformed money; row 15: another name; row 16: a reason with no end
      { ...P2016(), policyNo: 'P-2099', startsOn: '2099-01-01', endsOn: '2099-12-31', ...who('a') },
      { ...P2016(), policyNo: 'P-2016E', premium: '三千元', ...who('a') },
      { ...P2016(), policyNo: 'P-2016F', idNumber: imported.people.a.idNumber, name: '张冠李戴' },
      { ...P2016(), policyNo: 'P-2016G', ...who('a'), removedWhy: '离职' },
    ];
    const expected: [number, string][] = [
      [7, '保费（元）'],
      [7, '参保起日'],
      [8, '被保险人身份证号'],
      [9, '终止日期'],
      [10, '参保起日'],
      [12, '参保起日'],
      [13, '起保日期'],
      [13, '终止日期'],
      [14, '保费（元）'],
      [15, '被保险人姓名'],
      [16, '退保原因'],
    ];
    const dry = await kit.send(sheet(bad), true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(kit.rowsOf(dry.json().errors).sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual(expected);
    const errors = await kit.refused(sheet(bad), kit.rowsOf(dry.json().errors) as [number, string][]);
    expect(errors.find((e) => e.rowNo === 7)?.messageZh).toContain('与本保单第3行填写的不一致');
    expect(errors.find((e) => e.rowNo === 7)?.messageEn).toContain('row 3 of this policy');
    // a policy still running is not this register's: the refusal says where it is made instead
    const ahead = errors.find((e) => e.rowNo === 13 && e.column === '终止日期');
    expect(ahead?.messageZh).toContain('未到期的保单请在“团体意外险”页面新建');
    expect(ahead?.messageEn).toContain('group insurance page');
  });

  it("tells a row's every problem in one check, none that follows from another", async () => {
    const E = (policyNo: string, more: Row): Row => ({ ...P2016(), policyNo, ...more });
    const bad: Row[] = [
      // a premium that does not parse and days out of order (the file of the trial, rows 513-515)
      E('P-E1', { startsOn: '2016-3-5', endsOn: '2016-2-5', premium: '-5', ...who('a') }),
      E('P-E2', {
        startsOn: '2016-3-5',
        endsOn: '2016-11-5',
        premium: 'abc',
        ...who('b'),
        fromOn: '2015-1-1',
        removedWhy: '跳槽',
      }),
      E('P-E3', { startsOn: '2099-3-5', endsOn: '2099-11-5', premium: '100' }),
      // a cover start outside the period and a reason with no end; days out of order and no such member
      E('P-E4', { ...who('c'), fromOn: '2015-1-1', removedWhy: '离职' }),
      E('P-E5', { endsOn: '2015-12-31', idNumber: t.ctx.newIdNumber(), name: '路人' }),
    ];
    const rows: [number, string][] = [
      [2, '保费（元）'],
      [2, '终止日期'],
      [3, '保费（元）'],
      [3, '退保原因'],
      [3, '参保起日'],
      [4, '起保日期'],
      [4, '终止日期'],
      [4, '被保险人身份证号'],
      [5, '参保起日'],
      [5, '退保原因'],
      [6, '终止日期'],
      [6, '被保险人身份证号'],
    ];
    const errors = await kit.rowErrors(sheet(bad), rows);
    expect(errors[1].messageEn).toBe("2016-02-05 is before the policy's start, 2016-03-05");
    await kit.refused(sheet(bad), rows);
  });

  it('brings in the policies of 2015 and 2016, whose statistics are those of the same policies entered on the page', async () => {
    const dry = await kit.dryRun(sheet(GOOD()), {
      created: 2,
      listed: 1,
      totals: 1,
      insured: 4,
      // 15,000 yuan recorded for 2015; 2016's 3,660 yuan a person a year by the days each is covered
      premiumFen: 1_500_000 + Math.round((366_000 * (366 + 366 + 182 + 306)) / 366),
    });
    expect(dry.total).toBe(5);
    await kit.imported(sheet(GOOD()), { created: 2 });
    expect(await policiesOnRecord()).toBe(6);

    // the same policies entered on the page, their list from the member register (as of the policy's last day)
    const cookie = await t.signInAs('staff', entered.district);
    const post = async (body: Record<string, unknown>) => {
      const r = await t.call({
        method: 'POST',
        url: '/api/insurance/policies',
        cookie,
        body: { orgId: entered.district.id, insurer: '测试保险公司', ...body },
      });
      expect(r.statusCode, r.body).toBe(200);
      return r.json().id as number;
    };
    await post({
      policyNo: 'P-2015',
      title: '2015年团体意外险',
      cover: '意外医疗1万元',
      startsOn: '2015-01-01',
      endsOn: '2015-12-31',
      premiumFen: 1_500_000,
      recordedInsured: 300,
      recordedPremiumFen: 1_500_000,
    });
    const id = await post({
      policyNo: 'P-2016',
      title: '2016年团体意外险',
      cover: '意外医疗1万元',
      startsOn: '2016-01-01',
      endsOn: '2016-12-31',
      premiumFen: 366_000,
    });
    const sync = await t.call({
      method: 'POST',
      url: `/api/insurance/policies/${id}/sync`,
      cookie,
      body: { on: '2016-12-31' },
    });
    expect(sync.statusCode, sync.body).toBe(200);
    const { rows: lists } = await t.db.query<{ org: string; n: number; open: number }>(
      `select p.org_id::text as org, count(*)::int as n, count(*) filter (where i.until_on is null)::int as open
         from insurance_insured i join insurance_policies p on p.id = i.policy_id
        where p.org_id = any($1::bigint[]) group by 1 order by 1`,
      [[imported.district.id, entered.district.id]],
    );
    expect(lists.map((l) => [l.n, l.open])).toEqual([
      [4, 3],
      [4, 3],
    ]);

    for (const query of [
      'fromYear=2015&toYear=2016',
      'fromYear=2016&toYear=2016',
      'from=2016-01-01&to=2016-06-30',
      'from=2016-01-01&to=2016-07-15',
    ]) {
      const mine = await stats(imported, query);
      expect(mine, query).toEqual(await stats(entered, query, cookie));
    }
    const y = await stats(imported, 'fromYear=2015&toYear=2016');
    expect(y.years).toMatchObject([
      { year: 2015, policies: 1, insured: 300, premiumFen: 1_500_000 },
      // a and b all year, c to 30 June, d from 1 March: (366 + 366 + 182 + 306) days of 366 at 3,660 yuan
      { year: 2016, policies: 1, insured: 4 },
    ]);
    expect(y.years[1].premiumFen).toBe(Math.round((366_000 * (366 + 366 + 182 + 306)) / 366));
    // over two years the people are added year by year: person-policies (人次), as the page and the sheet head it
    expect(y.total.insured).toBe(304);
    const sheetRes = await t.call({
      method: 'GET',
      url: `/api/insurance/stats.xlsx?orgId=${imported.district.id}&fromYear=2015&toYear=2016`,
      cookie: staff,
    });
    expect(sheetRes.statusCode, sheetRes.body).toBe(200);
    const book = await readSheet(sheetRes.rawPayload, 'stats.xlsx');
    expect(book.headers.slice(0, 4)).toEqual(['年度', '保单数', '参保人次', '保费（元）']);
    // the import's summary gives the premium the statistics count
    expect(y.total.premiumFen).toBe(dry.premiumFen);
    expect((await stats(imported, 'from=2016-01-01&to=2016-06-30')).states.insured).toBe(4);
    expect((await stats(imported, 'from=2016-01-01&to=2016-07-15')).states.insured).toBe(3);

    // read on its page, the imported list is kept as the file gives it
    const { rows: mine } = await t.db.query<{ id: number }>(
      `select id from insurance_policies where org_id = $1 and policy_no = 'P-2016'`,
      [imported.district.id],
    );
    const page = await t.call({ method: 'GET', url: `/api/insurance/policies/${mine[0].id}`, cookie: staff });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ listFromRegister: false, enrolled: 4, insuredNow: 0 });
    expect(await policiesOnRecord()).toBe(6);

    // the same file again is refused whole (ADR 117); the same sheet saved again holds nothing new: each policy is
    // on record as it stands, skipped and counted
    expect((await kit.send(sheet(GOOD()), true)).statusCode).toBe(409);
    await kit.dryRun(resaved(sheet(GOOD())), { created: 0, onRecord: 2 });
  });

  it('answers a year kept as totals with its premium in all and per person, not its total as per person', async () => {
    const listed = async () => {
      const r = await kit.got(`/api/insurance/policies?orgId=${imported.district.id}`, staff);
      type P = {
        policyNo: string;
        premiumFen: number;
        recordedInsured: number | null;
        recordedPremiumFen: number | null;
      };
      return Object.fromEntries((r.items as P[]).map((p) => [p.policyNo, p]));
    };
    const figures = { premiumFen: 5_000, recordedInsured: 300, recordedPremiumFen: 1_500_000 };
    // 15,000 yuan for 300 people: 50 yuan a person; the listed 2016 policy keeps its 3,660 yuan a person
    expect((await listed())['P-2015']).toMatchObject(figures);
    expect((await listed())['P-2016']).toMatchObject({ premiumFen: 366_000, recordedPremiumFen: null });
    // a year written before this (its total as the premium per person) is mended by migration 009
    await t.db.query(
      `update insurance_policies set premium_fen = recorded_premium_fen where org_id = $1 and policy_no = 'P-2015'`,
      [imported.district.id],
    );
    expect((await listed())['P-2015'].premiumFen).toBe(1_500_000);
    const mend = readFileSync(
      new URL('./migrations/009_recorded_premium_per_person.sql', import.meta.url),
      'utf8',
    );
    for (const statement of splitStatements(mend)) await t.db.query(statement);
    expect((await listed())['P-2015']).toMatchObject(figures);
    expect((await listed())['P-2016'].premiumFen).toBe(366_000);
  });

  it('is the same register on the command line and on 导入历史台账', async () => {
    const row: Row = {
      ...GOOD()[0],
      policyNo: 'P-2014',
      title: '2014年团体意外险',
      startsOn: '2014-01-01',
      endsOn: '2014-12-31',
    };
    await kit.cliImports('insurance-policies', staffName, {
      good: sheet([row]),
      bad: sheet([row, { ...row, policyNo: 'P-2013', endsOn: '2013-12-31' }]),
      named: ['第3行 [终止日期]'],
      added: 1,
    });
    const listed = await t.call({ method: 'GET', url: '/api/registers', cookie: staff });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(JSON.stringify(listed.json())).toContain('/api/insurance/policies/import/template.xlsx');
  });
});

describe('a ledger of policies sent again with a new year', () => {
  const P2017 = (): Row => ({
    ...GOOD()[0],
    policyNo: 'P-2017',
    title: '2017年团体意外险',
    startsOn: '2017-01-01',
    endsOn: '2017-12-31',
    recordedInsured: '320',
  });

  it('skips and counts the policies on record as given, and imports the new one', async () => {
    const grown = [...GOOD(), P2017()];
    await kit.importedGrown(sheet(grown), { created: 1, onRecord: 2, totals: 1, listed: 0, insured: 0 });
  });

  it('refuses a policy on record that the file gives otherwise, naming the row and what differs', async () => {
    const [p2015, a, b, c, d] = GOOD();
    const errors = await kit.rowErrors(
      sheet([{ ...p2015, premium: '16000' }, a, { ...b, untilOn: '2016-05-31', removedWhy: '离职' }, c, d]),
      [
        [2, '保费（元）'],
        [4, '参保起日'],
      ],
    );
    expect(errors[0].messageZh).toBe('投保工会已登记保单号“P-2015”，平台上是“15,000.00”，本表是“16,000.00”');
    // a person fewer
    await kit.rowErrors(sheet([p2015, a, b, c]), [[3, '被保险人身份证号']]);
  });
});
