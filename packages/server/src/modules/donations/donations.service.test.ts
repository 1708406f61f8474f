import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY } from '../../../test/clock.ts';
import { appError } from '../../../test/factories.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import type { Actor } from '../../access/access.ts';
import type { OrgRow } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { giftText, renderAcknowledgement } from './acknowledgement.ts';
import { getDonationStats } from './donations.stats.ts';

const w = serviceWorld({
  at: TEST_NOW,
  service: (_db, _clock, t) => t.services,
  tree: {
    district: 'root/district',
    town: 'district/town',
    grass: 'town/grassroots',
    other: 'root/district',
  },
  actors: {
    staff: ['staff', 'district', { userId: 7001 }],
    otherStaff: ['staff', 'other', { userId: 7002 }],
    admin: ['admin', null],
  },
});

const donor = (orgId: number, name = `爱心企业${Math.random().toString(36).slice(2, 8)}`) => ({
  orgId,
  kind: 'enterprise' as const,
  name,
  contactName: '李经理',
  phone: '13912345678',
});

describe('donors and donations', () => {
  it('registers a donor once per union, shows the phone masked in lists and audits the full read', async () => {
    const { donations } = w.t.services;
    const d = await donations.createDonor(w.staff, donor(w.district.id, '北京爱心测试有限公司'));
    expect(d.phone).toBe('139******78');
    const dup = await appError(() =>
      donations.createDonor(w.staff, donor(w.district.id, '北京爱心测试有限公司')),
    );
    expect(dup.code).toBe('DONOR_DUPLICATE');
    expect((await donations.listDonors(w.staff, {})).items.map((x) => x.id)).toContain(d.id);
    expect((await donations.listDonors(w.otherStaff, {})).items.map((x) => x.id)).not.toContain(d.id);
    const page = await donations.getDonor(w.staff, d.id);
    expect(page.donor.phone).toBe('13912345678');
    const { rows } = await w.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'donor.read' and entity_id = $1`,
      [String(d.id)],
    );
    expect(rows[0].n).toBe(1);
    expect((await appError(() => donations.getDonor(w.otherStaff, d.id))).code).toBe('DONOR_NOT_FOUND');
  });

  it('records money and goods to unions of the subtree and refuses what does not add up, naming the field', async () => {
    const { donations } = w.t.services;
    const d = await donations.createDonor(w.staff, donor(w.district.id));
    const goods = await donations.createDonation(w.staff, {
      donorId: d.id,
      orgId: w.grass.id,
      kind: 'goods',
      receivedOn: '2022-01-20',
      amountFen: 128_000_000,
      item: '健康产品',
      quantity: 1,
      unit: '批',
    });
    expect(goods).toMatchObject({ orgId: w.grass.id, item: '健康产品', quantity: 1, unit: '批' });
    const bad = [
      { kind: 'money' as const, amountFen: 100, item: '春联' },
      { kind: 'money' as const, amountFen: 0 },
      { kind: 'goods' as const, amountFen: 0, item: '春联', quantity: 100 },
    ];
    const fields = [];
    for (const b of bad) {
      const e = await appError(() =>
        donations.createDonation(w.staff, {
          donorId: d.id,
          orgId: w.grass.id,
          receivedOn: '2022-01-20',
          ...b,
        }),
      );
      expect(e.code).toBe('DONATION_INVALID');
      fields.push(e.details?.field);
    }
    expect(fields).toEqual(['item', 'amountFen', 'unit']);
    const outside = await appError(() =>
      donations.createDonation(w.otherStaff, {
        donorId: d.id,
        orgId: w.other.id,
        kind: 'money',
        receivedOn: '2022-01-20',
        amountFen: 100,
      }),
    );
    expect(outside.code).toBe('DONOR_NOT_FOUND');
    const intoOther = await appError(() =>
      donations.createDonation(w.staff, {
        donorId: d.id,
        orgId: w.other.id,
        kind: 'money',
        receivedOn: '2022-01-20',
        amountFen: 1,
      }),
    );
    expect(intoOther.code).toBe('NOT_FOUND');
    const { rows } = await w.db.query<{ n: number }>(
      'select count(*)::int as n from donations where donor_id = $1',
      [d.id],
    );
    expect(rows[0].n).toBe(1);
    expect((await donations.listDonations(w.otherStaff, {})).items.map((x) => x.id)).not.toContain(goods.id);
  });

  it('prints the acknowledgement as a PDF', async () => {
    const d = await w.t.services.donations.createDonor(w.staff, donor(w.district.id));
    const x = await w.t.services.donations.createDonation(w.staff, {
      donorId: d.id,
      orgId: w.district.id,
      kind: 'goods',
      receivedOn: '2022-01-20',
      amountFen: 0,
      item: '春联',
      quantity: 100,
      unit: '副',
    });
    const row = await w.t.services.donations.acknowledgeDonation(w.staff, x.id);
    expect(giftText(row)).toBe('春联100副');
    expect(giftText({ ...row, amountFen: 12_000_000 })).toBe('春联100副（价值人民币120,000.00元）');
    const pdf = await renderAcknowledgement(row);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await appError(() => w.t.services.donations.acknowledgeDonation(w.otherStaff, x.id))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('funds', () => {
  it("reconciles income, the program's ledger grants and the balance, and counts the people helped", async () => {
    const { donations, funds, programs } = w.t.services;
    const program = await programs.create(w.admin, {
      ownerOrgId: w.district.id,
      name: `助学金（测试）${w.t.unique()}`,
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
    await programs.publish(w.admin, program.id);
    const foreign = await programs.create(w.admin, {
      ownerOrgId: w.other.id,
      name: `他区项目${w.t.unique()}`,
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
    const founder = await donations.createDonor(w.staff, donor(w.district.id));
    const fund = await funds.createFund(w.staff, {
      orgId: w.district.id,
      name: '助学专项基金（测试）',
      purpose: '资助困难职工子女就学',
      beneficiary: '困难职工子女',
      foundedOn: '2018-03-01',
      founderId: founder.id,
    });
    const wrong = await appError(() => funds.linkProgram(w.staff, fund.id, foreign.id));
    expect(wrong.code).toBe('FUND_PROGRAM_INVALID');
    await funds.linkProgram(w.staff, fund.id, program.id);
    await funds.addEarlierYear(w.staff, fund.id, {
      year: 2019,
      incomeFen: 500_000,
      grantedFen: 400_000,
      helped: 2,
    });
    expect(
      (
        await appError(() =>
          funds.addEarlierYear(w.staff, fund.id, { year: 2019, incomeFen: 0, grantedFen: 0, helped: 0 }),
        )
      ).code,
    ).toBe('FUND_YEAR_EXISTS');
    expect(
      (
        await appError(() =>
          funds.addEarlierYear(w.staff, fund.id, { year: 2017, incomeFen: 0, grantedFen: 0, helped: 0 }),
        )
      ).details?.field,
    ).toBe('year');
    for (const fen of [1_000_000, 250_000])
      await donations.createDonation(w.staff, {
        donorId: founder.id,
        fundId: fund.id,
        kind: 'money',
        receivedOn: '2021-05-01',
        amountFen: fen,
      });
    const goodsToFund = await appError(() =>
      donations.createDonation(w.staff, {
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
    for (let i = 0; i < 4; i++) people.push(await w.t.newPerson(w.grass));
    const batch = await programs.batch(w.staff, program.id, {
      personIds: people.map((p) => p.id),
      appliedOn: '2021-09-01',
    });
    for (const r of batch.results) await programs.review(w.staff, r.applicationId as number, 'approve', {});
    const ledger = await programs.ledger(w.staff, { programId: program.id, page: 1, pageSize: 20 });
    await programs.reverse(w.staff, ledger.items[0].id, '重复发放，冲正');
    const paid = await programs.createBatch(w.staff, { programId: program.id });
    await programs.markPaid(w.staff, paid.id, 'BANK-1');

    const page = await funds.getFund(w.staff, fund.id);
    const rec = await programs.reconciliation(w.staff, program.id);
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
    const donorPage = await donations.getDonor(w.staff, founder.id);
    expect(donorPage.funds.map((f) => f.balanceFen)).toEqual([750_000]);
    expect((await appError(() => funds.getFund(w.otherStaff, fund.id))).code).toBe('NOT_FOUND');
  });

  it('keeps the statistics equal to the raw rows', async () => {
    const stats = await getDonationStats(w.db, w.staff, { year: 2022 }, TEST_TODAY);
    const { rows } = await w.db.query<{ kind: string; n: number; fen: number }>(
      `select x.kind, count(*)::int as n, coalesce(sum(x.amount_fen), 0)::float8 as fen
         from donations x join orgs o on o.id = x.org_id
        where o.path like $1 and x.received_on between '2022-01-01' and '2022-12-31' group by x.kind`,
      [`${w.district.path}%`],
    );
    const raw = (k: string) => rows.find((r) => r.kind === k) ?? { n: 0, fen: 0 };
    expect(stats.goodsCount).toBe(raw('goods').n);
    expect(stats.goodsFen).toBe(raw('goods').fen);
    expect(stats.moneyCount).toBe(raw('money').n);
    expect(stats.goodsCount).toBeGreaterThan(0);
    const income = await sumCounts(w.db, { subject: 'funds.income', path: w.district.path, by: ['dim'] });
    const { rows: fundRaw } = await w.db.query<{ fund: string; fen: number }>(
      `select f.id::text as fund,
              ((select coalesce(sum(amount_fen), 0) from donations where fund_id = f.id)
               + (select coalesce(sum(income_fen), 0) from fund_years where fund_id = f.id))::float8 as fen
         from funds f join orgs o on o.id = f.org_id where o.path like $1`,
      [`${w.district.path}%`],
    );
    expect(income.map((r) => [r.dim, r.fen])).toEqual(fundRaw.map((r) => [r.fund, r.fen]));
  });
});

describe('goods into a 送温暖 campaign', () => {
  const campaignOf = (org: OrgRow, actor: Actor) =>
    w.t.services.care.campaigns.createCampaign(actor, {
      orgId: org.id,
      title: `冬季送温暖${w.t.unique()}`,
      startsOn: '2025-12-01',
      endsOn: '2026-01-31',
      budgetFen: 1_000_000,
      steps: [{ kind: 'visits', title: '走访慰问困难职工' }],
    });

  it("raises the campaign's stock once, with the donation's value", async () => {
    const { donations, care } = w.t.services;
    const campaign = await campaignOf(w.district, w.staff);
    const d = await donations.createDonor(w.staff, donor(w.district.id));
    const x = await donations.createDonation(w.staff, {
      donorId: d.id,
      orgId: w.town.id,
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
    const page = await donations.getDonor(w.staff, d.id);
    expect(page.donations.map((g) => g.campaignTitle)).toEqual([campaign.title]);
    const { stock } = await care.campaigns.getCampaign(w.staff, campaign.id);
    expect(stock).toEqual([
      expect.objectContaining({ item: '棉被', unit: '床', received: 40, left: 40, valueFen: 600_000 }),
    ]);
    const { rows } = await w.db.query<{ n: number }>(
      `select count(*)::int as n from care_stock_moves where source = $1`,
      [`donation:${x.id}`],
    );
    expect(rows[0].n).toBe(1);
  });

  it("refuses a campaign outside the actor's unions or off the receiving union's chain, and money, storing nothing", async () => {
    const { donations } = w.t.services;
    const outside = await campaignOf(w.other, w.otherStaff);
    const below = await campaignOf(w.grass, w.staff);
    const d = await donations.createDonor(w.staff, donor(w.district.id));
    const goods = {
      donorId: d.id,
      orgId: w.town.id,
      kind: 'goods' as const,
      receivedOn: '2025-12-10',
      amountFen: 0,
      item: '米面油',
      quantity: 10,
      unit: '份',
    };
    for (const campaignId of [outside.id, below.id, 99_999_999]) {
      const err = await appError(() => donations.createDonation(w.staff, { ...goods, campaignId }));
      expect(err).toMatchObject({ code: 'DONATION_INVALID', details: { field: 'campaignId' } });
      expect(err.messages.zh).toMatch(/活动/);
    }
    const money = await appError(() =>
      donations.createDonation(w.staff, {
        donorId: d.id,
        orgId: w.town.id,
        kind: 'money',
        receivedOn: '2025-12-10',
        amountFen: 100,
        campaignId: below.id,
      }),
    );
    expect(money).toMatchObject({ code: 'DONATION_INVALID', details: { field: 'campaignId' } });
    const { rows } = await w.db.query<{ n: number }>(
      'select count(*)::int as n from donations where donor_id = $1',
      [d.id],
    );
    expect(rows[0].n).toBe(0);
  });
});
