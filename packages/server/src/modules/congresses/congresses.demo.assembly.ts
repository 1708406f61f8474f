import { CATEGORIES, type CongressDemo } from './congresses.demo.context.ts';
import { membersForDemo } from './congresses.demo.repository.ts';

/**
 * 汇丰's small 职工大会 (the demo worker's union): the proposal window open today, the worker and 王芳 among the
 * delegates, one proposal filed. Answers how many congresses the demo then holds.
 */
export async function seedFirmAssembly(
  c: CongressDemo,
  firm: { id: number; path: string } | 'ambiguous' | undefined,
  workerIds: number[] | undefined,
): Promise<number> {
  const { db, svc, at, day, year, clerk, worker } = c;
  if (!firm || firm === 'ambiguous' || !workerIds?.length) return 1;
  {
    at(0);
    const staffFirm = clerk(firm, '汇丰包装工会');
    const { id: small } = await svc.createCongress(staffFirm, {
      orgId: firm.id,
      name: '北京杨镇汇丰包装有限公司职工大会',
      kind: 'assembly',
      cosignMin: 1,
    });
    const { id: t } = await svc.addTerm(staffFirm, small, {
      number: 1,
      startsOn: `${year}-01-01`,
      endsOn: `${year + 2}-12-31`,
    });
    const { id: g } = await svc.addDelegation(staffFirm, t, { orgId: firm.id, name: '全体会员' });
    const others = (await db.tx((sql) => membersForDemo(sql, firm.path, 12))).filter(
      (m) => !workerIds.includes(m.personId),
    );
    await svc.electDelegates(staffFirm, g, {
      effectiveOn: `${year}-01-01`,
      delegates: [
        ...workerIds.map((personId) => ({ personId, category: 'frontline' as const })),
        ...others.slice(0, 8).map((m, i) => ({ personId: m.personId, category: CATEGORIES[(i + 3) % 10] })),
      ],
    });
    const { id: s } = await svc.addSession(staffFirm, t, {
      number: 1,
      title: `${year}年职工大会`,
      heldOn: day(14),
      proposalsFrom: day(-3),
      proposalsUntil: day(10),
    });
    if (workerIds[1])
      await svc.fileProposal(worker(workerIds[1]), {
        sessionId: s,
        title: '包装车间增设饮水机',
        body: '夏季包装车间温度高，建议增设两台饮水机。',
      });
  }
  return 2;
}
