import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { exportList } from '../audit/index.ts';
import { unionNameAsked } from '../org/index.ts';
import type { AgreementStatus } from './agreements.repository.ts';
import { KIND_NAMES, LEVEL_NAMES } from './agreements.types.ts';
import type { AgreementKind, AgreementLevel } from './agreements.vocabulary.ts';

/** The filters of the agreements list, which its export takes without the page. */
export interface AgreementFilters {
  orgId?: number;
  kind?: AgreementKind;
  level?: AgreementLevel;
  status?: AgreementStatus;
  year?: number;
  q?: string;
}

/** An agreement's state on the day of the list, as the list page says it. */
const STATUS_NAMES: Record<AgreementStatus, string> = {
  in_force: '有效',
  expiring: '即将到期',
  expired: '已到期',
  ended: '已终止',
  pending: '未生效',
};

/** An agreement as the list answers it: what the sheet writes of it. */
interface ListedAgreement {
  title: string;
  kind: AgreementKind;
  level: AgreementLevel;
  orgName: string;
  employer: string;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  termMonths: number;
  status: AgreementStatus;
  endedOn: string | null;
  enterprises: number;
  workers: number;
  womenWorkers: number;
  costFen: number | null;
  reach: number | null;
  note: string | null;
}

/**
 * The agreements as listed, with the list's filters (every one, at most EXPORT_MAX; more is refused, never cut), as
 * one .xlsx sheet: each with its days as dates, its term, its state on the day of the export, the enterprises and
 * workers it covers and what its measures cost in yuan; audited.
 */
export async function exportAgreements(
  db: Db,
  actor: Actor,
  q: AgreementFilters,
  today: string,
  list: (paging: { page: number; pageSize: number }) => Promise<{ items: ListedAgreement[]; total: number }>,
) {
  return exportList(db, actor, q, {
    list,
    rows: {
      code: 'AGREEMENT_EXPORT_TOO_MANY',
      noun: { zh: '集体合同', unit: '份', en: 'agreements' },
      narrow: { zh: '请按合同类别或状态分次导出', en: 'export by kind or state' },
    },
    sheet: (items) => ({
      name: '集体合同',
      headers: [
        '合同名称',
        '合同类别',
        '层级',
        '签约工会',
        '签约单位',
        '签订日期',
        '生效日期',
        '到期日期',
        '期限（月）',
        `状态（${today}）`,
        '终止日期',
        '覆盖企业（家）',
        '覆盖职工（人）',
        '其中女职工（人）',
        '投入金额（元）',
        '惠及人数',
        '备注',
      ],
      widths: [36, 24, 8, 28, 28, 12, 12, 12, 10, 16, 12, 14, 14, 16, 14, 10, 24],
      rows: items.map((a) => [
        a.title,
        KIND_NAMES[a.kind].zh,
        LEVEL_NAMES[a.level].zh,
        a.orgName,
        a.employer,
        a.signedOn,
        a.effectiveOn,
        a.expiresOn,
        a.termMonths,
        STATUS_NAMES[a.status],
        a.endedOn ?? '',
        a.enterprises,
        a.workers,
        a.womenWorkers,
        a.costFen === null ? '' : a.costFen / 100,
        a.reach ?? '',
        a.note ?? '',
      ]),
    }),
    audit: { action: 'agreement.export', entity: 'agreement', orgId: actor.orgId },
    file: { union: await unionNameAsked(db, actor, q.orgId), what: '集体合同', day: today },
  });
}
