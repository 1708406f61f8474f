/**
 * The donations register over HTTP (issue 23): a district's gifts of 2020–2021 — money to a union, goods with their
 * value, money to a special fund — go in through a dry run and an all-or-nothing import; donors are found by name
 * or registered once; each gift counts on its own day, so the donation statistics of 2020 and 2021 show them; past
 * goods enter no campaign's stock; a wrong row, or a union outside the subtree, writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countIn, countOf, resaved } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { donationsKit } from './donations.test-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '昌平捐赠测试区总工会'],
    firm: ['district/grassroots', '昌平测试企业工会'],
    outside: ['root/district', '外区总工会'],
  },
  users: { staff: ['staff', 'district'] },
});
let fund: { id: number; name: string };
let reported: { id: number; name: string };
let donor: { id: number; name: string };
let newcomer: string;

beforeAll(async () => {
  const post = async (url: string, body: object) => {
    const res = await w.t.call({ method: 'POST', url, cookie: w.staff, body });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const setUp = (name: string) =>
    post('/api/funds', {
      orgId: w.district.id,
      name,
      purpose: '资助困难职工子女',
      beneficiary: '困难职工子女',
      foundedOn: '2018-01-01',
    });
  fund = await setUp(`金秋助学基金${w.t.ctx.unique()}`);
  reported = await setUp(`大病救助基金${w.t.ctx.unique()}`);
  await post(`/api/funds/${reported.id}/years`, { year: 2019, incomeFen: 100, grantedFen: 0, helped: 0 });
  donor = await post('/api/donors', {
    orgId: w.district.id,
    kind: 'enterprise',
    name: `北京爱心科技有限公司${w.t.ctx.unique()}`,
  });
  newcomer = `新来爱心商贸公司${w.t.ctx.unique()}`;
});

const donationsOf = () => countIn(w.t, 'donations', w.district, true);
const kit = donationsKit(w, { without: ['捐赠方类型', '备注'], count: donationsOf });
const { sheet } = kit;

describe('the donations register import', () => {
  it('offers a template whose headers are the register’s, its notes saying past goods stay out of stock', async () => {
    const { notes } = await kit.template();
    expect(notes).toContain('不进入送温暖活动的当前库存');
    expect(notes).toContain('导入不生成捐赠证书');
  });

  it('refuses a file with wrong rows as a whole, naming row and column in both languages', async () => {
    const errors = await kit.refused(
      sheet([
        [donor.name, '2021-01-20', w.district.name, '捐款', '500', '', '', '', ''],
        [donor.name, '2021-01-21', w.district.name, '捐款', '', '', '', '', ''],
        [donor.name, '2021-01-22', w.firm.name, '', '800', '大米', '100', '', ''],
        [donor.name, '2021-01-23', '', '', '800', '大米', '100', '袋', fund.name],
        [donor.name, '2019-05-01', '', '捐款', '800', '', '', '', reported.name],
        [donor.name, '2017-05-01', '', '捐款', '800', '', '', '', fund.name],
        [donor.name, '2021-01-24', '', '捐款', '800', '', '', '', ''],
      ]),
      [
        [3, '金额（元）'],
        [4, '单位'],
        [5, '专项基金'],
        [6, '专项基金'],
        [7, '捐赠日期'],
        [8, '受赠工会'],
      ],
    );
    expect(errors[0]).toMatchObject({
      messageZh: '捐款金额须大于0',
      messageEn: 'A money donation must be more than 0',
    });
    expect(errors[4].messageZh).toBe(`捐赠日期 2017-05-01 早于专项基金「${fund.name}」的设立日期 2018-01-01`);
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const errors = await kit.refused(
      sheet([
        // an amount that does not parse beside a union outside the subtree: both
        [donor.name, '2021-01-20', w.outside.name, '捐款', 'abc', '', '', '', ''],
        // a day that does not parse beside goods given to a fund
        [donor.name, '2021-02-30', '', '捐物', '800', '大米', '3', '袋', fund.name],
        // a union too long to read: not looked for, the money still judged
        [donor.name, '2021-01-22', '工'.repeat(201), '捐款', '0', '', '', '', ''],
        // a kind that does not parse: the gift not judged, the day still judged against the fund
        [donor.name, '2017-05-01', '', '赠送', '800', '大米', '', '', fund.name],
      ]),
      [
        [2, '金额（元）'],
        [2, '受赠工会'],
        [3, '捐赠日期'],
        [3, '专项基金'],
        [4, '受赠工会'],
        [4, '金额（元）'],
        [5, '捐赠类型'],
        [5, '捐赠日期'],
      ],
    );
    expect(errors[3].messageEn).toBe('A fund receives money only; goods go to a union');
    expect(errors[5].messageEn).toBe('A money donation must be more than 0');
  });

  it('a union outside the subtree is a row error', async () => {
    await kit.rowErrors(sheet([[donor.name, '2021-01-20', w.outside.name, '捐款', '500', '', '', '', '']]), [
      [2, '受赠工会'],
    ]);
  });

  it('reads a messy register and imports each gift on its day; the statistics of 2020 and 2021 show them', async () => {
    // Headers in another order, amounts with full-width digits and 万, dates as clerks type them, a 合计 footer.
    const headers = [
      '捐赠日期',
      '捐赠单位',
      '捐赠方类型',
      '专项基金',
      '受赠工会',
      '物品名称',
      '数量',
      '单位',
      '金额',
    ];
    const file = sheet(
      [
        ['2021年1月20日', donor.name, '', '', w.district.name, '', '', '', '５万'],
        ['2021/3/5', newcomer, '', '', w.firm.name, '大米', '１００', '袋', '8,000元'],
        ['2021-06-01', '张先生', '个人', fund.name, '', '', '', '', '2000'],
        ['2020-12-01', newcomer, '', '', w.firm.name, '', '', '', '1000'],
        ['合计', '', '', '', '', '', '', '', '６１０００'],
      ],
      headers,
    );
    await kit.dryRun(file, {
      total: 4,
      created: 4,
      money: 3,
      goods: 1,
      newDonors: 2,
      ignoredRows: [{ rowNo: 6, reason: 'total' }],
    });

    await kit.imported(file, { created: 4, money: 3, goods: 1, newDonors: 2 });
    const { rows } = await w.t.db.query(
      `select d.name as donor, d.kind as "donorKind", d.org_id as "keptBy", x.org_id as "orgId", x.fund_id as "fundId",
              x.kind, x.received_on::text as "receivedOn", x.amount_fen::int as "amountFen", x.item, x.quantity,
              x.unit, x.campaign_id as "campaignId"
         from donations x join donors d on d.id = x.donor_id join orgs o on o.id = x.org_id
        where o.path like $1 || '%' order by x.received_on`,
      [w.district.path],
    );
    const gift = { fundId: null, item: null, quantity: null, unit: null, campaignId: null };
    expect(rows).toEqual([
      {
        ...gift,
        donor: newcomer,
        donorKind: 'enterprise',
        keptBy: w.district.id,
        orgId: w.firm.id,
        kind: 'money',
        receivedOn: '2020-12-01',
        amountFen: 100_000,
      },
      {
        ...gift,
        donor: donor.name,
        donorKind: 'enterprise',
        keptBy: w.district.id,
        orgId: w.district.id,
        kind: 'money',
        receivedOn: '2021-01-20',
        amountFen: 5_000_000,
      },
      {
        ...gift,
        donor: newcomer,
        donorKind: 'enterprise',
        keptBy: w.district.id,
        orgId: w.firm.id,
        kind: 'goods',
        receivedOn: '2021-03-05',
        amountFen: 800_000,
        item: '大米',
        quantity: 100,
        unit: '袋',
      },
      {
        ...gift,
        donor: '张先生',
        donorKind: 'person',
        keptBy: w.district.id,
        orgId: w.district.id,
        fundId: fund.id,
        kind: 'money',
        receivedOn: '2021-06-01',
        amountFen: 200_000,
      },
    ]);
    const stats = (year: number) => kit.got(`/api/donations/stats?orgId=${w.district.id}&year=${year}`);
    expect(await stats(2021)).toMatchObject({
      moneyCount: 2,
      moneyFen: 5_200_000,
      goodsCount: 1,
      goodsFen: 800_000,
      fundIncomeFen: 200_000,
    });
    expect(await stats(2020)).toMatchObject({ moneyCount: 1, moneyFen: 100_000, goodsCount: 0 });
    const f = await w.t.call({ method: 'GET', url: `/api/funds/${fund.id}`, cookie: w.staff });
    expect(f.json().fund.incomeFen).toBe(200_000);

    // Sent again (another file), the donors are found by name (none is registered twice) and every gift is on
    // record: skipped and counted, nothing created.
    await kit.dryRun(resaved(file), { created: 0, onRecord: 4, newDonors: 0, money: 0, goods: 0 });
    await kit.imported(resaved(file), { created: 0, onRecord: 4, newDonors: 0 });
    // A gift on record given with another quantity: refused, the gift on record kept.
    const errors = await kit.refused(
      sheet([['2021/3/5', newcomer, '', '', w.firm.name, '大米', '120', '袋', '8,000元']], headers),
      [[2, '数量']],
    );
    expect(errors[0].messageZh).toBe('该笔捐赠（2021-03-05，8,000.00元）已登记，平台上是“100”，本表是“120”');
  });

  it('reads a register split by year into sheets as one, a bare totals row skipped; a bad row names its sheet', async () => {
    const headers = ['捐赠日期', '捐赠单位', '受赠工会', '金额'];
    const gift = (on: string, amount: string) => [on, donor.name, w.firm.name, amount];
    const book = (second: string[]) =>
      writeWorkbook([
        { name: '2022年', headers, rows: [gift('2022-05-01', '300'), gift('2022-06-01', '200')] },
        { name: '2023年', headers, rows: [gift('2023-05-01', '1,000'), second, ['', '', '', '1500']] },
      ]);
    const before = await donationsOf();
    const bad = await kit.send(book(gift('2023-02-30', '500')), true);
    expect(bad.statusCode, bad.body).toBe(200);
    const { errors } = bad.json();
    expect(
      errors.map((e: { sheet?: string; rowNo: number; column: string }) => [e.sheet, e.rowNo, e.column]),
    ).toEqual([['2023年', 3, '捐赠日期']]);
    await kit.dryRun(book(gift('2023-06-01', '500')), {
      total: 4,
      created: 4,
      ignoredRows: [{ rowNo: 4, sheet: '2023年', reason: 'sum' }],
      file: { sheets: ['2022年', '2023年'] },
    });
    expect(await donationsOf()).toBe(before);
  });

  it('takes two like gifts in one file as two: with one on record the other is written, not skipped as on record', async () => {
    const headers = ['捐赠日期', '捐赠单位', '受赠工会', '金额'];
    const gift = ['2024-04-02', donor.name, w.firm.name, '666'];
    const likeGifts = () =>
      countOf(
        w.t,
        `select count(*)::int as n from donations where donor_id = $1 and received_on = '2024-04-02'`,
        [donor.id],
      );
    await kit.imported(sheet([gift], headers), { created: 1, onRecord: 0 });
    const twice = sheet([gift, gift], headers);
    await kit.dryRun(twice, { created: 1, onRecord: 1 });
    await kit.imported(resaved(twice), { created: 1, onRecord: 1 });
    expect(await likeGifts()).toBe(2);
    // the ledger sent again whole: both gifts on record, each matched to its own
    await kit.imported(twice, { created: 0, onRecord: 2 });
    expect(await likeGifts()).toBe(2);
  });
});
