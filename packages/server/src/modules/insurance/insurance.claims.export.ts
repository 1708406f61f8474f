import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { EXPORT_MAX, listFileName, wholeList } from '../../shared/export-list.ts';
import { figuresSheet, unionLine } from '../../shared/figures-sheet.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { unionAsked } from '../org/index.ts';
import type { IdProtector } from '../people/index.ts';
import { type ClaimRow, idNumbersOf, listClaims } from './insurance.claims.repository.ts';
import { idRevealer, payoutTotals } from './insurance.shared.ts';

const KIND_ZH = { medical: '意外医疗', disability: '意外伤残', death: '意外身故' } as const;
const STATUS_ZH = {
  filed: '审核中',
  returned: '已退回',
  forwarded: '已报送保险公司',
  approved: '已核赔',
  rejected: '拒赔',
  paid: '已赔付',
  withdrawn: '已撤回',
} as const;

/** The claims list's filters: its views (at my step, awaiting the insurer's decision, all), the union, the policy. */
export interface ClaimExportQuery {
  orgId?: number;
  policyId?: number;
  awaiting?: boolean;
  awaitingDecision?: boolean;
  /** Full ID numbers (people.reveal_id; audited as an ID export). */
  full?: boolean;
}

/** The view the filters name, in words, for the sheet's 范围 line. */
const viewOf = (q: ClaimExportQuery) =>
  q.awaiting ? '待本工会审核' : q.awaitingDecision ? '待登记保险公司结论' : '全部理赔';

/**
 * The claims list as .xlsx, with the list's own filters: one row per claim as the claims register has it (policy,
 * person with the ID number masked — in full for a role that may reveal it, when asked —, kind, accident, filing,
 * forwarding, decision and payment days, payout in yuan, status), a 合计 row of the payouts, and a sheet naming the
 * union, the view and the day it is as of — so a clerk who brought in a claims register sums the same column on
 * both sheets. Every row the filters pick (more than EXPORT_MAX refused, never cut); the export is written to the
 * audit log with its filters and count (a full one as an ID export).
 */
export function createClaimExport(db: Db, clock: () => Date, ids: IdProtector | null) {
  return {
    async exportClaims(actor: Actor, q: ClaimExportQuery) {
      const today = todayInChina(clock());
      const full = q.full === true;
      const idOf = idRevealer(actor, full, ids);
      const { org, path, name } = await db.tx((sql) => unionAsked(sql, actor, q.orgId, 'insurance.read'));
      const mine = q.awaiting || q.awaitingDecision;
      const claims: ClaimRow[] =
        mine && !actor.orgId
          ? []
          : await wholeList(
              ({ pageSize }) =>
                listClaims(db, {
                  path,
                  policyId: q.policyId,
                  stepOrgId: q.awaiting ? (actor.orgId as number) : undefined,
                  decisionOrgId: q.awaitingDecision ? (actor.orgId as number) : undefined,
                  max: Math.min(pageSize, EXPORT_MAX),
                }),
              {
                code: 'INSURANCE_EXPORT_TOO_MANY',
                noun: { zh: '理赔', unit: '件', en: 'claims' },
                narrow: { zh: '请选择下级工会或保单', en: 'pick a union below or a policy' },
              },
            );
      const idNumbers = await idNumbersOf(
        db,
        claims.map((c) => c.personId),
      );
      const idText = (personId: number) => {
        const kept = idNumbers.get(Number(personId));
        return (kept && idOf(kept)) ?? '';
      };
      const { payoutFen: totalFen, paidFen } = payoutTotals(claims);
      const buffer = writeWorkbook([
        {
          name: '理赔清单',
          headers: [
            '序号',
            '保单',
            '姓名',
            '身份证号',
            '所在工会',
            '理赔类别',
            '出险日期',
            '申请日期',
            '报送日期',
            '决定日期',
            '赔付金额（元）',
            '赔付日期',
            '状态',
            '拒赔原因',
          ],
          widths: [6, 28, 10, 20, 28, 10, 12, 12, 12, 12, 14, 12, 14, 24],
          rows: [
            ...claims.map((c, i) => [
              i + 1,
              c.policyTitle,
              c.personName,
              idText(c.personId),
              c.orgName,
              KIND_ZH[c.kind],
              c.incidentOn,
              c.filedOn,
              c.forwardedOn,
              c.decidedOn,
              c.payoutFen === null ? null : c.payoutFen / 100,
              c.paidOn,
              STATUS_ZH[c.status],
              c.rejectReason,
            ]),
            [null, '合计', null, null, null, null, null, null, null, null, totalFen / 100, null, null, null],
          ],
          textColumns: [3],
          dateColumns: [6, 7, 8, 9, 11],
          moneyColumns: [10],
        },
        figuresSheet(
          '范围',
          [
            unionLine(name),
            ['范围', viewOf(q)],
            ['截至', today],
            ['理赔件数（件）', claims.length],
            ['赔付金额合计（元）', totalFen / 100],
            ['其中已支付（元）', paidFen / 100],
          ],
          [20, 40],
        ),
      ]);
      await recordAudit(db, actor, {
        action: full ? 'person.id_number.export' : 'insurance.claim.export',
        entity: 'insurance_claim',
        orgId: org?.id ?? null,
        after: { ...q, rows: claims.length },
      });
      return { buffer, fileName: listFileName(name, '理赔清单', today, full ? [] : ['脱敏']) };
    },
  };
}
