import { type Actor, requirePermission } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notFound, notYours } from '../../shared/errors.ts';
import { exportList, recordAudit } from '../audit/index.ts';
import { unionNameAsked } from '../org/index.ts';
import { findRequest, listRequestsPage, type RequestFilter } from './memberrequests.repository.ts';
import { KIND_TEXT, REQUEST, REVIEW, reaches, STATUS_TEXT, withActions } from './memberrequests.steps.ts';

/** The requests of a subtree as listed, read and exported. */
export function createRequestLists(db: Db, clock: Clock) {
  return {
    /** Requests of the subtree: corrections and transfers out of its unions, and transfers into them. */
    async listRequests(actor: Actor, q: RequestFilter & { page?: number; pageSize?: number }) {
      requirePermission(actor, REVIEW);
      const pageSize = q.pageSize ?? 20;
      const page = q.page ?? 1;
      const { items, total } = await listRequestsPage(db, actor, q, { page, pageSize });
      return { items: items.map((r) => withActions(actor, r)), total, page, pageSize };
    },
    /** One request with the values from → to; reading a member's details is audited. */
    async getRequest(actor: Actor, id: number) {
      requirePermission(actor, REVIEW);
      const r = await findRequest(db, id);
      if (!r) throw notFound(REQUEST, { id });
      if (!reaches(actor, r)) throw notYours();
      await recordAudit(db, actor, {
        action: 'member_request.read',
        entity: 'member_request',
        entityId: id,
        orgId: r.fromOrgId,
      });
      return withActions(actor, r);
    },
    /** The list as filtered (every row, at most 50,000), as .xlsx; audited. */
    async exportRequests(actor: Actor, q: RequestFilter) {
      return exportList(db, actor, q, {
        list: (paging) => this.listRequests(actor, { ...q, ...paging }),
        rows: {
          code: 'MEMBER_REQUEST_EXPORT_TOO_MANY',
          noun: { zh: '会员申请', unit: '条', en: 'member requests' },
          narrow: { zh: '请按类型或状态分次导出', en: 'export by kind or status' },
        },
        sheet: (items) => ({
          name: '会员申请',
          headers: [
            '申请日期',
            '类型',
            '姓名',
            '原工会',
            '转入工会',
            '原信息',
            '申请改为',
            '状态',
            '办结日期',
            '不同意的理由',
          ],
          widths: [12, 10, 10, 28, 28, 32, 32, 8, 12, 24],
          textColumns: [5, 6],
          rows: items.map((r) => {
            const from = [
              r.newName && r.oldName,
              r.newPhone && (r.oldPhone ?? '（空）'),
              r.newEmployer && (r.oldEmployer ?? '（空）'),
            ];
            const to = [r.newName, r.newPhone, r.newEmployer];
            return [
              r.filedOn,
              KIND_TEXT[r.kind],
              r.oldName,
              r.fromOrgName,
              r.toOrgName ?? '',
              from.filter(Boolean).join('；'),
              to.filter(Boolean).join('；'),
              STATUS_TEXT[r.status],
              r.decidedOn ?? '',
              r.reason ?? '',
            ];
          }),
        }),
        audit: { action: 'member_request.export', entity: 'member_request', orgId: actor.orgId },
        file: { union: await unionNameAsked(db, actor, null), what: '会员申请', day: todayInChina(clock()) },
      });
    },
  };
}
