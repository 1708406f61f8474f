/**
 * The reconciliation (ADR 73) of the counts whose day the rows used to lose, now kept where the count is written:
 * a nomination's day (`selections.nominations`, not the database's moment of writing), each return of a work sent
 * again (`calls.returned`), and a proposal's first answer once a second one follows (`congresses.proposals_answered`).
 * Each is recounted and agrees after its module's typical writes on days the clock moves through, and a
 * corrupted count of each is reported with its union, figure and day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../test/clock.ts';
import { openTestContext, type TestContext } from '../../test/factories.ts';
import type { Db } from '../db/db.ts';
import type { OrgRow } from '../modules/org/index.ts';
import { moveKeptCount, reconcileCli } from './reconcile.test-kit.ts';

let db: Db;
let t: TestContext;
let cli: ReturnType<typeof reconcileCli>;
let district: OrgRow;
let firm: OrgRow;
let shop: OrgRow;
const clock = movableClock();
const on = (day: string) => clock.set(`${day}T09:00:00+08:00`);
const staff = () => t.actor('staff', firm);
const worker = (personId: number) => t.actor('worker', null, personId);
const reconcile = () => cli.run('reconcile', '--union', String(district.id), '--as-of', '2026-12-31');

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext({ clock }));
  cli = reconcileCli(db, t.services);
  district = await t.newOrg(await t.newRoot(), 'district');
  firm = await t.newOrg(district, 'grassroots');
  shop = await t.newOrg(firm, 'branch');
});
afterAll(async () => db?.close());

describe('reconcile the days kept with each step', () => {
  it('nominations on the days they were made, each return of a work sent again, and first answers', async () => {
    on('2026-05-06');
    const selections = t.services.selections;
    const s = await selections.createSelection(t.actor('staff', district), {
      organiserOrgId: district.id,
      edition: `2026年度测试工匠${t.unique()}`,
      title: '测试工匠',
      year: 2026,
      nominateFrom: '2026-05-01',
      nominateUntil: '2026-05-31',
      noticeDays: 5,
      categories: [{ name: '制造', places: 2, quotaPerUnion: 3 }],
      criteria: [{ name: '业绩', weight: 100 }],
    });
    for (const day of ['2026-05-06', '2026-05-07']) {
      on(day);
      const nominee = await t.newPerson(shop);
      await selections.nominate(staff(), s.id, {
        categoryId: s.categories[0].id,
        personId: nominee.id,
        deed: '攻关',
      });
    }

    on('2026-06-02');
    const calls = t.services.calls;
    const call = await calls.create(staff(), {
      orgId: firm.id,
      title: '安全感言征集',
      opensOn: '2026-06-01',
      closesOn: '2026-06-24',
      perWorker: 2,
      gallery: 'members',
      categories: [{ name: '安全感言', kind: 'text' }],
    });
    const author = (await t.newPerson(shop)).id;
    const category = (await calls.get(staff(), call.id)).categories[0].id;
    const work = await calls.submitSelf(worker(author), call.id, { categoryId: category, body: '安全第一' });
    /** The branch's review of the work, and the author sending it in again on `day`. */
    const review = (r: Parameters<typeof calls.review>[2]) =>
      calls.review(t.actor('staff', shop), work.id, r);
    const resend = (day: string, body: string) => {
      on(day);
      return calls.submitSelf(worker(author), call.id, { categoryId: category, body, workId: work.id });
    };
    await review({ decision: 'return', reason: '太短' });
    await resend('2026-06-05', '安全第一，预防为主');
    await review({ decision: 'return', reason: '请写完整' });
    await resend('2026-06-09', '安全第一，预防为主，综合治理');
    await review({ decision: 'pass' });

    await proposalsAnsweredTwice();

    expect(await reconcile()).toBe(0);
    expect(cli.err.join('\n')).not.toMatch(/selections\.nominations|calls\.returned|congresses\./);
    expect(cli.out).toEqual([expect.stringMatching(/差异 0 处\n.* 0 differences$/)]);
  });

  it.each([
    [
      'selections.nominations',
      () => firm,
      '2026-05-07',
      '推荐人数 selections.nominations \\[测试工匠 / 制造\\]',
    ],
    ['calls.returned', () => shop, '2026-06-05', '退回数 calls.returned \\[\\d+\\]'],
    [
      'congresses.proposals_answered',
      () => firm,
      '2026-03-30',
      '答复数（按期/逾期） congresses.proposals_answered \\[in_time\\]',
    ],
  ])('reports a corrupted %s count with its union, figure and day', async (subject, org, day, figure) => {
    const cell = { subject, orgId: org().id, where: 'month = $4', params: [day] };
    await moveKeptCount(db, cell, 1);
    expect(await reconcile()).toBe(1);
    expect(cli.out).toHaveLength(2);
    expect(cli.out[0]).toMatch(
      new RegExp(`^${org().name}（ID ${org().id}）· ${figure} · ${day}：记录 2，重算 1\\n`),
    );
    await moveKeptCount(db, cell, -1);
  });
});

/** A congress of the firm, its session in March, a proposal answered, sent back and answered again; an opinion. */
async function proposalsAnsweredTwice() {
  const congresses = t.services.congresses;
  on('2026-01-05');
  const { id: congressId } = await congresses.createCongress(staff(), {
    orgId: firm.id,
    name: '职工代表大会',
  });
  const { id: termId } = await congresses.addTerm(staff(), congressId, {
    number: 1,
    startsOn: '2026-01-01',
    endsOn: '2030-12-31',
  });
  const { id: group } = await congresses.addDelegation(staff(), termId, {
    orgId: shop.id,
    name: '一车间代表团',
  });
  const people: { id: number }[] = [];
  for (let i = 0; i < 4; i++) people.push(await t.newPerson(shop));
  await congresses.electDelegates(staff(), group, {
    effectiveOn: '2026-01-05',
    delegates: people.map((p) => ({ personId: p.id, category: 'frontline' as const })),
  });
  const { id: sessionId } = await congresses.addSession(staff(), termId, {
    number: 1,
    title: '一届一次职代会',
    heldOn: '2026-03-20',
    proposalsFrom: '2026-03-01',
    proposalsUntil: '2026-03-10',
  });
  on('2026-03-02');
  const file = async (title: string) => {
    const { id } = await congresses.fileProposal(worker(people[0].id), {
      sessionId,
      title,
      body: `${title}的建议`,
    });
    for (const p of people.slice(1, 3)) await congresses.cosign(worker(p.id), id);
    return id;
  };
  const proposal = await file('车间增设饮水机');
  const opinion = await file('食堂增加夜宵');
  on('2026-03-13');
  await congresses.examine(staff(), proposal, { decision: 'accept' });
  await congresses.examine(staff(), opinion, { decision: 'opinion', reason: '属日常管理事项' });
  for (const id of [proposal, opinion]) await congresses.assign(staff(), id, { department: '后勤保障部' });
  on('2026-03-30');
  await congresses.answer(staff(), proposal, { answer: '已采购两台饮水机。' });
  await congresses.answer(staff(), opinion, { answer: '已安排夜宵。', adopted: true });
  await congresses.rate(worker(people[0].id), proposal, 'dissatisfied');
  on('2026-05-06');
  await congresses.answer(staff(), proposal, { answer: '已增至四台。' });
  await congresses.rate(worker(people[0].id), proposal, 'satisfied');
}
