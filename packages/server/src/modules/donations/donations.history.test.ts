/**
 * Donations of past years entered now (ADR 40): the day received goes through the one rule for the day of a
 * decision (not before the fund it goes to was set up) and counts in its year; a fund's founding day is not in the
 * future.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { rejection } from '../../../test/factories.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { type Actor, can, ROLES } from '../../access/access.ts';
import { chinaDayOf } from '../../shared/effective.ts';
import { createDonationsService } from './donations.service.ts';
import { getDonationStats } from './donations.stats.ts';
import { createFundsService } from './funds.service.ts';

const w = serviceWorld({
  at: '2026-11-23T04:00:00Z', // 12:00 on 2026-11-23 in China: the services' today
  service: (db, clock) => ({
    donations: createDonationsService(db, clock),
    funds: createFundsService(db, clock),
  }),
  tree: { district: 'root/district' },
  actors: { staff: ['staff', 'district'] },
});
let donorId: number;
let fundId: number;

beforeAll(async () => {
  const { donations, funds } = w.svc;
  donorId = (
    await donations.createDonor(w.staff, {
      orgId: w.district.id,
      kind: 'enterprise',
      name: '爱心企业',
    })
  ).id;
  fundId = (await funds.createFund(w.staff, fund('2019-01-01'))).id;
});

const fund = (foundedOn: string) => ({
  orgId: w.district.id,
  name: `春蕾助学基金${w.t.unique()}`,
  purpose: '资助困难职工子女就学',
  beneficiary: '困难职工子女',
  foundedOn,
});
const money = (receivedOn: string) => ({
  donorId,
  fundId,
  kind: 'money' as const,
  receivedOn,
  amountFen: 1_000_000,
});

describe('a donation of 2020 entered in 2026', () => {
  it('keeps its day and counts in 2020, to the union and the fund', async () => {
    const x = await w.svc.donations.createDonation(w.staff, money('2020-06-15'));
    expect(x.receivedOn).toBe('2020-06-15');
    // Entered now: the moment of entry is kept apart from the day received.
    expect(chinaDayOf(x.createdAt)).not.toBe('2020-06-15');
    const y2020 = await getDonationStats(w.db, w.staff, { orgId: w.district.id, year: 2020 }, TEST_TODAY);
    expect(y2020).toMatchObject({ moneyCount: 1, moneyFen: 1_000_000, fundIncomeFen: 1_000_000 });
    const y2026 = await getDonationStats(w.db, w.staff, { orgId: w.district.id, year: 2026 }, TEST_TODAY);
    expect(y2026).toMatchObject({ moneyCount: 0, fundIncomeFen: 0 });
  });

  it("a fund's year before the platform is its income, not a gift: the figure's note says both", async () => {
    await w.svc.funds.addEarlierYear(w.staff, fundId, {
      year: 2019,
      incomeFen: 500_000,
      grantedFen: 0,
      helped: 0,
    });
    const y2019 = await getDonationStats(w.db, w.staff, { orgId: w.district.id, year: 2019 }, TEST_TODAY);
    expect(y2019).toMatchObject({ moneyCount: 0, moneyFen: 0, fundIncomeFen: 500_000 });
    const note = y2019.notes.find((n) => n.key === 'fundIncomeFen');
    expect(note?.label.zh).toBe('专项基金收入');
    expect(note?.note.zh).toContain('上线前年度报表登记的收入');
  });

  it.each([
    {
      enter: () => w.svc.donations.createDonation(w.staff, money('2026-11-24')),
      code: 'EFFECTIVE_IN_FUTURE',
      field: 'receivedOn',
      zh: '接收日期 2026-11-24 晚于今天（2026-11-23），不能记录未来的日期',
    },
    {
      enter: () => w.svc.donations.createDonation(w.staff, money('2018-12-31')),
      code: 'EFFECTIVE_BEFORE_PRIOR',
      field: 'receivedOn',
      zh: '接收日期 2018-12-31 早于基金设立日期 2019-01-01',
    },
    {
      enter: () => w.svc.funds.createFund(w.staff, fund('2026-11-24')),
      code: 'EFFECTIVE_IN_FUTURE',
      field: 'foundedOn',
      zh: '设立日期 2026-11-24 晚于今天（2026-11-23），不能记录未来的日期',
    },
  ])('refuses: $zh', async ({ enter, code, field, zh }) => {
    const e = await rejection(enter());
    expect([e.code, e.details?.field, e.messages.zh]).toEqual([code, field, zh]);
  });

  it('is entered only by roles that may record a past day', async () => {
    // Whoever may enter a donation may back-date it; the others are refused before the day is looked at.
    for (const role of ROLES) {
      const actor = { role } as Actor;
      if (can(actor, 'donations.write')) expect(can(actor, 'history.backdate'), role).toBe(true);
    }
    const e = await rejection(
      w.svc.donations.createDonation(w.t.actor('reviewer', w.district), money('2020-06-15')),
    );
    expect(e.kind).toBe('forbidden');
  });
});
