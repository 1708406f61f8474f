import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { appError, openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { giftText, renderAcknowledgement } from './acknowledgement.ts';
import { getDonationStats } from './donations.stats.ts';

let db: Db;
let ctx: TestContext;
let root: OrgRow;
let district: OrgRow;
let town: OrgRow;
let grass: OrgRow;
let other: OrgRow;
let staff: Actor;
let otherStaff: Actor;
let admin: Actor;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  town = await ctx.newOrg(district, 'town');
  grass = await ctx.newOrg(town, 'grassroots');
  other = await ctx.newOrg(root, 'district');
  staff = { ...ctx.actor('staff', district), userId: 7001 };
  otherStaff = { ...ctx.actor('staff', other), userId: 7002 };
  admin = ctx.actor('admin', null);
});
afterAll(() => db.close());

const donor = (orgId: number, name = `爱心企业${Math.random().toString(36).slice(2, 8)}`) => ({
  orgId,
  kind: 'enterprise' as const,
  name,
  contactName: '李经理',
  phone: '13912345678',
});

describe('donors and donations', () => {
  it('registers a donor once per union, shows the phone masked in lists and audits the full read', async () => {
    const { donations } = ctx.services;
    const d = await donations.createDonor(staff, donor(district.id, '北京爱心测试有限公司'));
    expect(d.phone).toBe('139******78');
    const dup = await appError(() =>
      donations.createDonor(staff, donor(district.id, '北京爱心测试有限公司')),
    );
    expect(dup.code).toBe('DONOR_DUPLICATE');
    expect((await donations.listDonors(staff, {})).items.map((x) => x.id)).toContain(d.id);
    expect((await donations.listDonors(otherStaff, {})).items.map((x) => x.id)).not.toContain(d.id);
    const page = await donations.getDonor(staff, d.id);
    expect(page.donor.phone).toBe('13912345678');
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'donor.read' and entity_id = $1`,
      [String(d.id)],
    );
    expect(rows[0].n).toBe(1);
    expect((await appError(() => donations.getDonor(otherStaff, d.id))).code).toBe('DONOR_NOT_FOUND');
  });

  it('records money and goods to unions of the subtree and refuses what does not add up, naming the field', async () => {
    const { donations } = ctx.services;
    const d = await donations.createDonor(staff, donor(district.id));
    const goods = await donations.createDonation(staff, {
      donorId: d.id,
      orgId: grass.id,
      kind: 'goods',
      receivedOn: '2022-01-20',
      amountFen: 128_000_000,
      item: '健康产品',
      quantity: 1,
      unit: '批',
    });
    expect(goods).toMatchObject({ orgId: grass.id, item: '健康产品', quantity: 1, unit: '批' });
    const bad = [
      { kind: 'money' as const, amountFen: 100, item: '春联' },
      { kind: 'money' as const, amountFen: 0 },
      { kind: 'goods' as const, amountFen: 0, item: '春联', quantity: 100 },
    ];
    const fields = [];
    for (const b of bad) {
      const e = await appError(() =>
        donations.createDonation(staff, { donorId: d.id, orgId: grass.id, receivedOn: '2022-01-20', ...b }),
      );
      expect(e.code).toBe('DONATION_INVALID');
      fields.push(e.details?.field);
    }
    expect(fields).toEqual(['item', 'amountFen', 'unit']);
    const outside = await appError(() =>
      donations.createDonation(otherStaff, {
        donorId: d.id,
        orgId: other.id,
        kind: 'money',
        receivedOn: '2022-01-20',
        amountFen: 100,
      }),
    );
    expect(outside.code).toBe('DONOR_NOT_FOUND');
    const intoOther = await appError(() =>
      donations.createDonation(staff, {
        donorId: d.id,
        orgId: other.id,
        kind: 'money',
        receivedOn: '2022-01-20',
        amountFen: 1,
      }),
    );
    expect(intoOther.code).toBe('NOT_FOUND');
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from donations where donor_id = $1',
      [d.id],
    );
    expect(rows[0].n).toBe(1);
    expect((await donations.listDonations(otherStaff, {})).items.map((x) => x.id)).not.toContain(goods.id);
  });

  it('prints the acknowledgement as a PDF', async () => {
    const d = await ctx.services.donations.createDonor(staff, donor(district.id));
    const x = await ctx.services.donations.createDonation(staff, {
      donorId: d.id,
      orgId: district.id,
      kind: 'goods',
      receivedOn: '2022-01-20',
      amountFen: 0,
      item: '春联',
      quantity: 100,
      unit: '副',
    });
    const row = await ctx.services.donations.acknowledgeDonation(staff, x.id);
    expect(giftText(row)).toBe('春联100副');
    expect(giftText({ ...row, amountFen: 12_000_000 })).toBe('春联100副（价值人民币120,000.00元）');
    const pdf = await renderAcknowledgement(row);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await appError(() => ctx.services.donations.acknowledgeDonation(otherStaff, x.id))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('funds', () => {
  it("reconciles income, the program's ledger grants and the balance, and counts the people helped", async () => {
    const { donations, funds, programs } = ctx.services;
    const program = await programs.create(admin, {
      ownerOrgId: district.id,
      name: `助学金（测试）${ctx.unique()}`,
      category: 'relief',
      periodStart: '2020-01-01',
      periodEnd: '2030-12-31',
      periodUnit: 'year',
      intakeModes: ['apply', 'batch'],
      limitMode: 'per_person_per_period',
      reviewChain: [2],
      requiredEvidence: [],
      rule: { op: 'member_of_owner_subtree' },
      amount: { kind: 'fixed', fen: 200_000 },
    });
    await programs.publish(admin, program.id);
    const foreign = await programs.create(admin, {
      ownerOrgId: other.id,
      name: `他区项目${ctx.unique()}`,
      category: 'relief',
      periodStart: '2020-01-01',
      periodEnd: '2030-12-31',
      periodUnit: 'year',
      intakeModes: ['batch'],
      limitMode: 'per_person_per_period',
      reviewChain: [2],
      requiredEvidence: [],
      rule: { op: 'member_of_owner_subtree' },
      amount: { kind: 'fixed', fen: 100 },
    });
    const founder = await donations.createDonor(staff, donor(district.id));
    const fund = await funds.createFund(staff, {
      orgId: district.id,
      name: '助学专项基金（测试）',
      purpose: '资助困难职工子女就学',
      beneficiary: '困难职工子女',
      foundedOn: '2018-03-01',
      founderId: founder.id,
    });
    const wrong = await appError(() => funds.linkProgram(staff, fund.id, foreign.id));
    expect(wrong.code).toBe('FUND_PROGRAM_INVALID');
    await funds.linkProgram(staff, fund.id, program.id);
    await funds.addEarlierYear(staff, fund.id, {
      year: 2019,
      incomeFen: 500_000,
      grantedFen: 400_000,
      helped: 2,
    });
    expect(
      (
        await appError(() =>
          funds.addEarlierYear(staff, fund.id, { year: 2019, incomeFen: 0, grantedFen: 0, helped: 0 }),
        )
      ).code,
    ).toBe('FUND_YEAR_EXISTS');
    expect(
      (
        await appError(() =>
          funds.addEarlierYear(staff, fund.id, { year: 2017, incomeFen: 0, grantedFen: 0, helped: 0 }),
        )
      ).details?.field,
    ).toBe('year');
    for (const fen of [1_000_000, 250_000])
      await donations.createDonation(staff, {
        donorId: founder.id,
        fundId: fund.id,
        kind: 'money',
        receivedOn: '2021-05-01',
        amountFen: fen,
      });
    const goodsToFund = await appError(() =>
      donations.createDonation(staff, {
        donorId: founder.id,
        fundId: fund.id,
        kind: 'goods',
        receivedOn: '2021-05-01',
        amountFen: 0,
        item: '书包',
        quantity: 10,
        unit: '个',
      }),
    );
    expect(goodsToFund.details?.field).toBe('fundId');

    const people = [];
    for (let i = 0; i < 4; i++) people.push(await ctx.newPerson(grass));
    const batch = await programs.batch(staff, program.id, {
      personIds: people.map((p) => p.id),
      appliedOn: '2021-09-01',
    });
    for (const r of batch.results) await programs.review(staff, r.applicationId as number, 'approve', {});
    const ledger = await programs.ledger(staff, { programId: program.id, page: 1, pageSize: 20 });
    await programs.reverse(staff, ledger.items[0].id, '重复发放，冲正');
    const paid = await programs.createBatch(staff, { programId: program.id });
    await programs.markPaid(staff, paid.id, 'BANK-1');

    const page = await funds.getFund(staff, fund.id);
    const rec = await programs.reconciliation(staff, program.id);
    expect(rec.balanced).toBe(true);
    expect(page.program).toMatchObject({
      grantedFen: rec.approvedFen - rec.reversedFen,
      paidFen: rec.paidFen,
      unpaidFen: rec.unpaidFen,
      grants: 3,
      helped: 3,
      balanced: true,
    });
    expect(page.program?.grantedFen).toBe(600_000);
    expect(page.fund).toMatchObject({
      incomeFen: 500_000 + 1_250_000,
      grantedFen: 400_000 + 600_000,
      balanceFen: 1_750_000 - 1_000_000,
      helped: 5,
      founderName: founder.name,
    });
    expect(page.byYear).toEqual([
      { year: 2019, incomeFen: 500_000, grantedFen: 400_000, helped: 2 },
      { year: 2021, incomeFen: 1_250_000, grantedFen: 0, helped: 0 },
    ]);
    // the donor's page shows where the money went
    const donorPage = await donations.getDonor(staff, founder.id);
    expect(donorPage.funds.map((f) => f.balanceFen)).toEqual([750_000]);
    expect((await appError(() => funds.getFund(otherStaff, fund.id))).code).toBe('NOT_FOUND');
  });

  it('keeps the statistics equal to the raw rows', async () => {
    const stats = await getDonationStats(db, staff, { year: 2022 }, TEST_TODAY);
    const { rows } = await db.query<{ kind: string; n: number; fen: number }>(
      `select x.kind, count(*)::int as n, coalesce(sum(x.amount_fen), 0)::float8 as fen
         from donations x join orgs o on o.id = x.org_id
        where o.path like $1 and x.received_on between '2022-01-01' and '2022-12-31' group by x.kind`,
      [`${district.path}%`],
    );
    const raw = (k: string) => rows.find((r) => r.kind === k) ?? { n: 0, fen: 0 };
    expect(stats.goodsCount).toBe(raw('goods').n);
    expect(stats.goodsFen).toBe(raw('goods').fen);
    expect(stats.moneyCount).toBe(raw('money').n);
    expect(stats.goodsCount).toBeGreaterThan(0);
    const income = await sumCounts(db, { subject: 'funds.income', path: district.path, by: ['dim'] });
    const { rows: fundRaw } = await db.query<{ fund: string; fen: number }>(
      `select f.id::text as fund,
              ((select coalesce(sum(amount_fen), 0) from donations where fund_id = f.id)
               + (select coalesce(sum(income_fen), 0) from fund_years where fund_id = f.id))::float8 as fen
         from funds f join orgs o on o.id = f.org_id where o.path like $1`,
      [`${district.path}%`],
    );
    expect(income.map((r) => [r.dim, r.fen])).toEqual(fundRaw.map((r) => [r.fund, r.fen]));
  });
});

describe('goods into a 送温暖 campaign', () => {
  const campaignOf = (org: OrgRow, actor: Actor) =>
    ctx.services.care.campaigns.createCampaign(actor, {
      orgId: org.id,
      title: `冬季送温暖${ctx.unique()}`,
      startsOn: '2025-12-01',
      endsOn: '2026-01-31',
      budgetFen: 1_000_000,
      steps: [{ kind: 'visits', title: '走访慰问困难职工' }],
    });

  it("raises the campaign's stock once, with the donation's value", async () => {
    const { donations, care } = ctx.services;
    const campaign = await campaignOf(district, staff);
    const d = await donations.createDonor(staff, donor(district.id));
    const x = await donations.createDonation(staff, {
      donorId: d.id,
      orgId: town.id,
      kind: 'goods',
      receivedOn: '2025-12-10',
      amountFen: 600_000,
      item: '棉被',
      quantity: 40,
      unit: '床',
      campaignId: campaign.id,
    });
    expect(x).toMatchObject({ campaignId: campaign.id, campaignTitle: campaign.title });
    // The donor's page says where the goods went.
    const page = await donations.getDonor(staff, d.id);
    expect(page.donations.map((g) => g.campaignTitle)).toEqual([campaign.title]);
    const { stock } = await care.campaigns.getCampaign(staff, campaign.id);
    expect(stock).toEqual([
      expect.objectContaining({ item: '棉被', unit: '床', received: 40, left: 40, valueFen: 600_000 }),
    ]);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from care_stock_moves where source = $1`,
      [`donation:${x.id}`],
    );
    expect(rows[0].n).toBe(1);
  });

  it("refuses a campaign outside the actor's unions or off the receiving union's chain, and money, storing nothing", async () => {
    const { donations } = ctx.services;
    const outside = await campaignOf(other, otherStaff);
    const below = await campaignOf(grass, staff);
    const d = await donations.createDonor(staff, donor(district.id));
    const goods = {
      donorId: d.id,
      orgId: town.id,
      kind: 'goods' as const,
      receivedOn: '2025-12-10',
      amountFen: 0,
      item: '米面油',
      quantity: 10,
      unit: '份',
    };
    for (const campaignId of [outside.id, below.id, 99_999_999]) {
      const err = await appError(() => donations.createDonation(staff, { ...goods, campaignId }));
      expect(err).toMatchObject({ code: 'DONATION_INVALID', details: { field: 'campaignId' } });
      expect(err.messages.zh).toMatch(/活动/);
    }
    const money = await appError(() =>
      donations.createDonation(staff, {
        donorId: d.id,
        orgId: town.id,
        kind: 'money',
        receivedOn: '2025-12-10',
        amountFen: 100,
        campaignId: below.id,
      }),
    );
    expect(money).toMatchObject({ code: 'DONATION_INVALID', details: { field: 'campaignId' } });
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from donations where donor_id = $1',
      [d.id],
    );
    expect(rows[0].n).toBe(0);
  });
});
