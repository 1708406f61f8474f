import { beforeAll, describe, expect, it } from 'vitest';
import { insuranceWorld } from './insurance.test-kit.ts';

/**
 * 在保人数 is one count (trial 44, finding 1): the policy list, a policy's page and the statistics count the people
 * insured on the day they say — today for the list and the page — and a policy ended or not yet begun has none in
 * force, however many were on it (参保人数).
 */
describe('the people insured today, on the list, the page and the statistics', () => {
  const w = insuranceWorld(new Date('2026-12-01T10:00:00+08:00'));
  const ids: Record<string, number> = {};
  const staff = () => w.t.actor('staff', w.post);
  const policy = (policyNo: string, startsOn: string, endsOn: string, recordedInsured?: number) =>
    w.svc.createPolicy(staff(), {
      orgId: w.post.id,
      insurer: '测试保险公司',
      policyNo,
      title: `职工团体意外险 ${policyNo}`,
      startsOn,
      endsOn,
      premiumFen: 120_050,
      cover: '意外医疗1万元',
      ...(recordedInsured === undefined ? {} : { recordedInsured, recordedPremiumFen: 9_800_000 }),
    });

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) await w.t.newPerson(w.team, { isOutdoor: true });
    ids.ended = (await policy('P-ENDED', '2025-03-01', '2026-02-28')).id;
    ids.inForce = (await policy('P-NOW', '2026-03-01', '2027-02-28')).id;
    ids.toCome = (await policy('P-NEXT', '2027-03-01', '2028-02-29')).id;
    ids.totalsEnded = (await policy('P-TOTALS', '2025-01-01', '2025-12-31', 98)).id;
    ids.totalsNow = (await policy('P-TOTALS-NOW', '2026-01-01', '2026-12-31', 40)).id;
    // the lists: the ended policy's taken from the register as it stood at its end, the coming one's at its start
    await w.svc.sync(staff(), ids.ended, '2026-02-28');
    await w.svc.sync(staff(), ids.inForce, '2026-12-01');
    await w.svc.sync(staff(), ids.toCome, '2027-03-01');
  });

  const expected = {
    ended: { enrolled: 3, insuredNow: 0 },
    inForce: { enrolled: 3, insuredNow: 3 },
    toCome: { enrolled: 3, insuredNow: 0 },
    totalsEnded: { enrolled: 98, insuredNow: 0 },
    totalsNow: { enrolled: 40, insuredNow: 40 },
  };

  it('counts none in force on a policy ended or to come, on the list and on its page, as of today', async () => {
    const list = await w.svc.listPolicies(staff(), { orgId: w.post.id });
    for (const [key, figures] of Object.entries(expected)) {
      const row = list.items.find((p) => p.id === ids[key]);
      expect(row, key).toMatchObject({ ...figures, asOf: '2026-12-01' });
      expect(await w.svc.getPolicy(staff(), ids[key]), key).toMatchObject({ ...figures, asOf: '2026-12-01' });
    }
  });

  it('agrees with the statistics: their 在保人数 on the day is the sum of the list’s', async () => {
    const list = await w.svc.listPolicies(staff(), { orgId: w.post.id });
    const stats = await w.svc.stats(staff(), { orgId: w.post.id, fromYear: 2026 });
    expect(stats.asOf).toBe('2026-12-01');
    expect(stats.states).toMatchObject({ inForce: 2, insured: 43 });
    expect(list.items.reduce((n, p) => n + p.insuredNow, 0)).toBe(stats.states.insured);
    // the year's 参保人次 counts the people on each policy begun in it, as the list's 参保人数 does
    const year = stats.years.find((y) => y.year === 2026);
    expect(year?.insured).toBe(expected.inForce.enrolled + expected.totalsNow.enrolled);
  });
});
