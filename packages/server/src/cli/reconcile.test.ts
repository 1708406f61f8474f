/**
 * The auditors' reconciliation (issue 41, ADR 73) after a module's typical writes, and on a corrupted count: each
 * difference names the union, the figure and the day, and the command exits 1; bad arguments exit 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/factories.ts';
import { createTestDb } from '../../test/test-db.ts';
import type { Db } from '../db/db.ts';
import type { OrgRow } from '../modules/org/index.ts';
import { reconcileCli } from './reconcile.test-kit.ts';

let db: Db;
let w: Awaited<ReturnType<typeof createWorld>>;
let cli: ReturnType<typeof reconcileCli>;

/** A city, a district organising a contest, two unions under it. */
async function createWorld(db: Db) {
  const t = createTestContext(db);
  const city = await t.newRoot();
  const district = await t.newOrg(city, 'district');
  const unionA = await t.newOrg(district, 'grassroots');
  const unionB = await t.newOrg(district, 'grassroots');
  return {
    t,
    contests: t.services.contests,
    city,
    district,
    unionA,
    unionB,
    cityStaff: t.actor('staff', city),
    staffA: t.actor('staff', unionA),
    staffB: t.actor('staff', unionB),
    skillsContest: () => ({
      orgId: district.id,
      name: `区职工技能大赛${t.unique()}`,
      level: 'city' as const,
      kind: 'skills' as const,
      startsOn: '2020-09-01',
      endsOn: '2020-09-30',
      events: [
        { name: '电工', mode: 'individual' as const },
        { name: '焊工', mode: 'individual' as const },
        { name: '数控团队', mode: 'team' as const, teamSize: 3 },
      ],
    }),
    async members(org: OrgRow, n: number) {
      const out: { id: number }[] = [];
      for (let i = 0; i < n; i++) out.push(await t.newPerson(org));
      return out;
    },
  };
}

beforeAll(async () => {
  db = await createTestDb();
  w = await createWorld(db);
  cli = reconcileCli(db, w.t.services);
});
afterAll(async () => db?.close());

describe('reconcile', () => {
  it('finds nothing after entries, a withdrawal, results and two publications', async () => {
    const c = await w.contests.createContest(w.cityStaff, w.skillsContest());
    const [elec, weld, team] = c.events;
    const [a1, a2, a3] = await w.members(w.unionA, 3);
    const [b1] = await w.members(w.unionB, 1);
    const solo = await w.contests.registerEntry(w.staffA, c.id, {
      eventId: elec.id,
      orgId: w.unionA.id,
      personIds: [a1.id],
    });
    const crew = await w.contests.registerEntry(w.staffA, c.id, {
      eventId: team.id,
      orgId: w.unionA.id,
      name: '数控一队',
      personIds: [a2.id, a3.id],
    });
    const gone = await w.contests.registerEntry(w.staffB, c.id, {
      eventId: weld.id,
      orgId: w.unionB.id,
      personIds: [b1.id],
    });
    await w.contests.withdrawEntry(w.staffB, gone.id);
    await w.contests.closeRegistration(w.cityStaff, c.id);
    await w.contests.setResult(w.cityStaff, solo.id, { prize: '二等奖' });
    await w.contests.setResult(w.cityStaff, crew.id, { prize: '一等奖' });
    await w.contests.publishResults(w.cityStaff, c.id);
    await w.contests.setResult(w.cityStaff, solo.id, { prize: '一等奖' });
    await w.contests.publishResults(w.cityStaff, c.id);

    expect(await cli.run('reconcile', '--union', String(w.city.id))).toBe(0);
    expect(cli.out).toEqual([
      expect.stringMatching(
        new RegExp(`^核对 ${w.city.name}（ID ${w.city.id}），截至 2026-06-15：.*差异 0 处\\n`),
      ),
    ]);
  });

  it('finds nothing after agreements with measures are entered and corrected; names a wrong amount in yuan', async () => {
    const agreements = w.t.services.agreements;
    const a = await agreements.createAgreement(w.cityStaff, {
      orgId: w.district.id,
      kind: 'women',
      level: 'area',
      title: '区域女职工特殊权益保护专项协议',
      employer: '区企业联合会',
      signedOn: '2025-03-08',
      expiresOn: '2028-03-07',
      costFen: 7_086_000,
      reach: 133,
    });
    await agreements.createAgreement(w.cityStaff, {
      orgId: w.district.id,
      kind: 'women',
      level: 'industry',
      title: '行业女职工特殊权益保护专项协议',
      employer: '行业协会',
      signedOn: '2025-05-01',
      expiresOn: '2028-04-30',
      reach: 20,
    });
    await agreements.editAgreement(w.cityStaff, a.id, { signedOn: '2025-02-01', costFen: 7_086_050 });
    expect(await cli.run('reconcile', '--union', String(w.city.id))).toBe(0);
    expect(cli.out.at(-1)).toMatch(/差异 0 处/);

    const corrupt = (fen: number) =>
      db.query(
        `update report_counts set fen = fen + $2 where subject = 'agreements.measure_cost' and org_id = $1`,
        [w.district.id, fen],
      );
    await corrupt(100);
    expect(await cli.run('reconcile', '--union', String(w.district.id))).toBe(1);
    expect(cli.out[0]).toBe(
      `${w.district.name}（ID ${w.district.id}）· 措施投入金额 agreements.measure_cost [women / area] · 2025-02-01：` +
        '记录 0，重算 0；金额 记录 70861.50 元，重算 70860.50 元\n' +
        `  ${w.district.name} (id ${w.district.id}) · cost of measures · 2025-02-01: kept 0, recounted 0; ` +
        'amount kept ¥70861.50, recounted ¥70860.50',
    );
    await corrupt(-100);
  });

  it('reports a corrupted kept count with its union, figure and day, and exits 1', async () => {
    await db.query(
      `update report_counts set n = n + 1 where subject = 'contests.prizes' and org_id = $1 and dim2 = '一等奖'`,
      [w.unionA.id],
    );
    expect(await cli.run('reconcile', '--union', w.city.name)).toBe(1);
    expect(cli.out).toHaveLength(2);
    expect(cli.out[0]).toBe(
      `${w.unionA.name}（ID ${w.unionA.id}）· 获奖数 contests.prizes [city / 一等奖] · 2020-09-30：记录 3，重算 2\n` +
        `  ${w.unionA.name} (id ${w.unionA.id}) · prizes published · 2020-09-30: kept 3, recounted 2`,
    );
    expect(cli.out[1]).toMatch(/差异 1 处\n.* 1 differences$/);
    await db.query(
      `update report_counts set n = n - 1 where subject = 'contests.prizes' and org_id = $1 and dim2 = '一等奖'`,
      [w.unionA.id],
    );
  });

  it('reports a row deleted under its count, and nothing as of a day before it counted', async () => {
    await db.query(
      `delete from contest_entry_members m using contest_entries e
        where e.id = m.entry_id and e.org_id = $1 and m.person_id = (
          select min(person_id) from contest_entry_members m2 join contest_entries e2 on e2.id = m2.entry_id
           where e2.org_id = $1 and e2.event_id in (select id from contest_events where mode = 'team'))`,
      [w.unionA.id],
    );
    expect(await cli.run('reconcile', '--union', String(w.district.id))).toBe(1);
    expect(cli.out[0]).toMatch(
      new RegExp(
        `^${w.unionA.name}（ID ${w.unionA.id}）· 参赛人数 contests.people \\[city\\] · 2020-09-30：记录 3，重算 2\\n`,
      ),
    );
    expect(cli.out).toHaveLength(2);
    expect(await cli.run('reconcile', '--union', String(w.district.id), '--as-of', '2020-09-29')).toBe(0);
  });

  it('finds nothing after an insurance claim of 2016 filed, forwarded, approved and paid on its days', async () => {
    const { t } = w;
    const ins = t.services.insurance;
    const post = await t.newOrg(w.city, 'industry');
    const team = await t.newOrg(post, 'grassroots');
    const staff = t.actor('staff', post);
    const [a] = await w.members(team, 1);
    const { id: policyId } = await ins.createPolicy(staff, {
      orgId: post.id,
      insurer: '测试保险公司',
      policyNo: `P-2016-${t.unique()}`,
      title: '2016年团体意外险',
      startsOn: '2016-01-01',
      endsOn: '2016-12-31',
      premiumFen: 5_000,
      cover: '意外医疗1万元',
      recordedInsured: 50,
      recordedPremiumFen: 250_000,
    });
    const claim = {
      policyId,
      personId: a.id,
      kind: 'medical' as const,
      place: '路口',
      description: '摔伤',
      documents: [],
    };
    const { id } = await ins.fileClaim(staff, { ...claim, incidentOn: '2016-03-02', filedOn: '2016-03-10' });
    await ins.review(t.actor('staff', team), id, { action: 'forward', effectiveOn: '2016-03-15' });
    await ins.review(staff, id, { action: 'forward', effectiveOn: '2016-03-20' });
    await ins.decide(staff, id, { action: 'approve', payoutFen: 80_000, effectiveOn: '2016-04-10' });
    await ins.decide(staff, id, { action: 'pay', effectiveOn: '2016-04-25' });
    await ins.fileClaim(staff, { ...claim, incidentOn: '2016-06-01', filedOn: '2016-06-03' });
    expect(await cli.run('reconcile', '--union', String(post.id))).toBe(0);
    expect(await cli.run('reconcile', '--union', String(post.id), '--as-of', '2016-04-24')).toBe(0);
    // the payment counted on its day: a payment day moved under its count is a difference on that day
    await db.query(`update insurance_claims set paid_on = '2016-04-26' where id = $1`, [id]);
    expect(await cli.run('reconcile', '--union', String(post.id))).toBe(1);
    expect(cli.out.join('\n')).toContain('2016-04-25：记录 1，重算 0');
    await db.query(`update insurance_claims set paid_on = '2016-04-25' where id = $1`, [id]);
  });

  it('refuses a bad day or an unknown union with exit code 2', async () => {
    await expect(cli.run('reconcile', '--as-of', '2021-02-30')).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/YYYY-MM-DD.*\n.*YYYY-MM-DD/),
    });
    await expect(cli.run('reconcile', '--as-of', 'yesterday')).rejects.toMatchObject({ exitCode: 2 });
    await expect(cli.run('reconcile', '--union', '没有这个工会')).rejects.toMatchObject({ exitCode: 2 });
    await expect(cli.run('reconcile', 'extra')).rejects.toMatchObject({ exitCode: 2 });
  });
});
