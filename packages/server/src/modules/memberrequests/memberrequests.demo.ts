import type { Db } from '../../db/db.ts';
import { createMemberRequestsService } from './memberrequests.service.ts';

/** The demo's one open request: 王芳 (worker2) asks 汇丰 to correct her employer's name as typed on her phone. */
export async function seedMemberRequests(
  db: Db,
  personId: number,
  now: Date,
): Promise<{ memberRequests: number }> {
  const worker = {
    userId: 0,
    username: 'worker2',
    displayName: '王芳',
    role: 'worker' as const,
    orgId: null,
    scopePath: null,
    personId,
  };
  await createMemberRequestsService(db, () => now).fileRequest(worker, {
    kind: 'correction',
    employer: '北京杨镇汇丰包装有限公司（二车间）',
    note: '单位名称登记不全，请按劳动合同更正',
  });
  return { memberRequests: 1 };
}
