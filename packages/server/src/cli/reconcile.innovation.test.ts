/**
 * The reconciliation (ADR 73) after the typical life of innovation studios, front-line problems and mentoring:
 * studios created, recognised up the chain, promoted, revoked at re-evaluation and led by a new leader; problems
 * posted, published, rejected, claimed by a joint team and closed; a mentoring pair accepted and a session
 * confirmed. Every count is recounted from the rows and agrees; a corrupted count is reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../test/clock.ts';
import type { TestContext } from '../../test/factories.ts';
import type { Actor } from '../access/access.ts';
import type { Db } from '../db/db.ts';
import type { OrgRow } from '../modules/org/index.ts';
import { moveKeptCount, openReconcileWorld, type reconcileCli } from './reconcile.test-kit.ts';

let db: Db;
let t: TestContext;
let cli: ReturnType<typeof reconcileCli>;
let city: OrgRow;
let district: OrgRow;
let town: OrgRow;
let firm: OrgRow;
const staff = (org: OrgRow): Actor => t.actor('staff', org);
const s = () => t.services.innovation;

beforeAll(async () => {
  ({ db, t, cli, city } = await openReconcileWorld());
  district = await t.newOrg(city, 'district');
  town = await t.newOrg(district, 'town');
  firm = await t.newOrg(town, 'grassroots');
});
afterAll(async () => db?.close());

/** Proposes `level` for a studio of the firm and approves every step as the union awaiting it, on `on`. */
async function recognise(studioId: number, level: 'district' | 'city', on: string) {
  const { id } = await s().studios.propose(staff(firm), studioId, { level, effectiveOn: on });
  for (let i = 0; i < 4; i++) {
    const [r] = (
      await s().studios.recognitions(t.actor('admin', null), { status: 'submitted' })
    ).items.filter((x) => x.id === id);
    if (!r) return;
    const step = [city, district, town, firm].find((o) => o.id === r.stepOrgId) as OrgRow;
    await s().studios.review(staff(step), id, 'approve', { decidedOn: on });
  }
}

async function newStudio(name: string, leaderPersonId: number) {
  return (
    await s().studios.create(staff(firm), { orgId: firm.id, name, foundedOn: '2019-03-01', leaderPersonId })
  ).id;
}

describe('reconcile innovation', () => {
  it('finds nothing after studios rise, are revoked and change leader, problems are solved and mentors teach', async () => {
    const leader = await t.newPerson(firm, { modelWorkerLevel: 'city' });
    const promoted = await newStudio(`数控创新工作室${t.unique()}`, leader.id);
    await recognise(promoted, 'district', '2020-05-01');
    await recognise(promoted, 'city', '2021-06-01');
    await s().studios.update(staff(firm), promoted, { leaderPersonId: (await t.newPerson(firm)).id });
    await s().studios.update(staff(firm), promoted, { leaderPersonId: leader.id });

    const revoked = await newStudio(`焊接创新工作室${t.unique()}`, (await t.newPerson(firm)).id);
    await recognise(revoked, 'district', '2020-06-01');
    const campaign = await s().studios.createReevaluation(staff(district), {
      orgId: district.id,
      year: 2022,
      level: 'district',
      dueOn: '2023-01-31',
    });
    await s().studios.fileReport(staff(firm), campaign.id, revoked, {
      activities: '开展活动2次',
      peopleTrained: 3,
      filedOn: '2023-01-10',
    });
    await s().studios.decide(staff(district), campaign.id, revoked, {
      outcome: 'revoke',
      reason: '年度活动不达标',
      decidedOn: '2023-01-20',
    });

    const partner = await newStudio(`电力创新工作室${t.unique()}`, (await t.newPerson(firm)).id);
    await recognise(partner, 'district', '2020-07-01');
    for (const id of [promoted, partner]) await s().alliance.joinAlliance(staff(firm), id);
    const problem = (text: string) => ({
      orgId: district.id,
      title: text,
      description: `${text}，需要攻关。`,
      poster: '某机械有限公司',
      deadline: '2099-12-31',
    });
    const solved = await s().problems.createProblem(staff(district), problem('厚板焊接变形大'));
    await s().problems.publishProblem(staff(district), solved.id);
    await s().problemTeam.claimProblem(staff(firm), solved.id, {
      leadStudioId: promoted,
      partnerStudioIds: [partner],
    });
    await s().problemTeam.closeProblem(staff(firm), solved.id, { outcome: '采用反变形工艺' });
    const alone = await s().problems.createProblem(staff(district), problem('主轴热变形'));
    await s().problems.publishProblem(staff(district), alone.id);
    await s().problemTeam.claimProblem(staff(firm), alone.id, { leadStudioId: partner });
    const refused = await s().problems.createProblem(staff(district), problem('描述不清的难题'));
    await s().problems.rejectProblem(staff(district), refused.id, '描述不清');

    const apprentice = await t.newPerson(firm);
    const apprenticeActor = t.actor('worker', null, apprentice.id);
    const pair = await s().mentoring.invite(staff(firm), {
      studioId: promoted,
      apprenticePersonId: apprentice.id,
      apprenticeKind: 'skilled',
    });
    await s().mentoring.answer(apprenticeActor, pair.id, true);
    const session = await s().mentoring.createSession(staff(firm), {
      studioId: promoted,
      heldOn: '2026-05-10',
      hours: 2,
      kind: 'training',
      topic: '数控编程',
      pairIds: [pair.id],
    });
    await s().mentoring.confirmSession(apprenticeActor, session.id);

    expect(await cli.run('reconcile', '--union', String(city.id))).toBe(0);
    expect(cli.err.join('\n')).not.toMatch(/innovation\./);
    expect(cli.out).toEqual([expect.stringMatching(/差异 0 处\n.* 0 differences$/)]);
  });

  it('reports a corrupted count of problems posted with its union, figure and day', async () => {
    const corrupt = { subject: 'innovation.problems', orgId: district.id, where: `dim = 'posted'` };
    await moveKeptCount(db, corrupt, -1);
    expect(await cli.run('reconcile', '--union', String(district.id))).toBe(1);
    expect(cli.out).toHaveLength(2);
    expect(cli.out[0]).toBe(
      `${district.name}（ID ${district.id}）· 一线难题数（发布/揭榜/结题） innovation.problems [posted] · ${TEST_TODAY}：记录 2，重算 3\n` +
        `  ${district.name} (id ${district.id}) · front-line problems (posted, claimed, closed) · ${TEST_TODAY}: kept 2, recounted 3`,
    );
    await moveKeptCount(db, corrupt, 1);
  });
});
