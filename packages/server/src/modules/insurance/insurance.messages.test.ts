import { describe, expect, it } from 'vitest';
import { loadSmsConfig } from '../../config.ts';
import { deliverPending } from '../messages/index.ts';
import { createSmsMessageDelivery, createSmsSender } from '../outbox/index.ts';
import { insuranceWorld } from './insurance.test-kit.ts';

/** What the worker's 消息 say as a claim is returned, approved and paid: plain Chinese, money as ¥1,234.56. */
describe('the messages a claim sends its worker', () => {
  const now = new Date('2026-03-01T09:00:00+08:00');
  const w = insuranceWorld(now);

  const messagesOf = async (userId: number) =>
    (
      await w.db.query<{ title: string; body: string }>(
        'select title_zh as title, body_zh as body from messages where user_id = $1 order by id',
        [userId],
      )
    ).rows;

  /** A member of `team` with a worker account, covered by a new policy of `post`, and the claim they would file. */
  async function coveredWorker(attrs: { phone?: string } = {}) {
    const person = await w.t.newPerson(w.team, attrs);
    const account = await w.t.newUser('worker', null, person.id);
    const staff = w.t.actor('staff', w.post);
    const { id: policyId } = await w.svc.createPolicy(staff, {
      orgId: w.post.id,
      insurer: '测试保险公司',
      policyNo: `P-${w.t.unique()}`,
      title: '2026年度职工团体意外险',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      premiumFen: 5_000,
      cover: '意外医疗1万元',
    });
    await w.svc.sync(staff, policyId, '2026-01-01');
    const claim = {
      policyId,
      kind: 'medical' as const,
      incidentOn: '2026-02-08',
      place: '二号车间',
      description: '搬运时扭伤脚踝',
      documents: ['诊断证明'],
    };
    return { account, worker: { ...w.t.actor('worker', null, person.id), userId: account.id }, staff, claim };
  }

  it('tells a returned claimant that a new claim is the answer', async () => {
    const { account, worker, claim } = await coveredWorker();
    const { id } = await w.svc.fileClaim(worker, claim);
    await w.svc.review(w.t.actor('staff', w.team), id, { action: 'return', reason: '请上传诊断证明' });
    const [returned] = await messagesOf(account.id);
    expect(returned.body).toContain('请上传诊断证明');
    // a returned claim never goes back into review (ADR 62): the worker is told to file it again
    expect(returned.body).toContain('重新报案');
  });

  it('names an approved payout as approved, not paid, and writes money as ¥1,234.56', async () => {
    const { account, worker, staff, claim } = await coveredWorker();
    const { id } = await w.svc.fileClaim(worker, claim);
    await w.svc.review(w.t.actor('staff', w.team), id, { action: 'forward' });
    await w.svc.review(staff, id, { action: 'forward' });
    await w.svc.decide(staff, id, { action: 'approve', payoutFen: 123_456 });
    await w.svc.decide(staff, id, { action: 'pay' });
    const [approved, paid] = await messagesOf(account.id);
    expect(approved.body).toContain('¥1,234.56');
    expect(approved.title).not.toMatch(/已获赔付|已支付/);
    expect(paid.body).toContain('¥1,234.56');
    expect(paid.title).toContain('已支付');
  });

  it('reaches the phone too when the worker chose the kind by SMS, and only the kinds they chose', async () => {
    const phone = w.t.newPhone();
    const { account, worker, staff, claim } = await coveredWorker({ phone });
    await w.t.services.sms.setPreferences(worker, ['insurance.claim.approved', 'insurance.claim.rejected']);
    const { id } = await w.svc.fileClaim(worker, claim);
    await w.svc.review(w.t.actor('staff', w.team), id, { action: 'forward' });
    await w.svc.review(staff, id, { action: 'forward' });
    await w.svc.decide(staff, id, { action: 'approve', payoutFen: 123_456 });
    await w.svc.decide(staff, id, { action: 'pay' });
    // a provider is configured: the copy waits in the outbox, queued with the template's parameter (the title)
    const provider = { ...loadSmsConfig({}), provider: 'tencent' as const };
    await deliverPending(
      w.db,
      createSmsMessageDelivery(createSmsSender(w.db, provider, { clock: () => now, log: () => {} })),
    );
    const { rows } = await w.db.query<{
      recipient: string;
      purpose: string;
      state: string;
      params: unknown;
      kind: string;
    }>(
      `select o.recipient, o.purpose, o.state, o.params, m.kind
         from outbox o join messages m on m.id = o.message_id where m.user_id = $1 order by o.id`,
      [account.id],
    );
    expect(rows).toEqual([
      {
        recipient: phone,
        purpose: 'insurance.claim.approved',
        state: 'queued',
        params: [{ name: 'title', value: '保险公司已核定赔付' }],
        kind: 'insurance.claim.approved',
      },
    ]);
  });
});
