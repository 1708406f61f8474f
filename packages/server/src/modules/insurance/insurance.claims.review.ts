import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { formatYuan } from '../../shared/money.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { recordSubjectGrant } from '../programs/index.ts';
import { addCounts } from '../reporting/index.ts';
import { type ClaimRow, claimChain, insertClaimStep, moveClaim } from './insurance.claims.repository.ts';
import { claimSteps, STATE } from './insurance.claims.steps.ts';
import { err, PAYOUT_PRESET, payoutSubject } from './insurance.shared.ts';

/** A reason as a clause, without the full stop a clerk may have ended it with (the message adds its own). */
const stated = (reason: string | null) => (reason ?? '').replace(/[。．.！!]+$/, '');

/** A claim's steps up its chain: forwarded or returned by each union, then the insurer's decision and payout. */
export function createClaimReview(db: Db, clock: () => Date) {
  const { stepDay, lockClaim } = claimSteps(clock);
  return {
    /**
     * A step of the chain: the union whose step it is forwards the claim (to the union above, or from the policy's
     * union to the insurer) or returns it to the claimant with a reason.
     */
    async review(
      actor: Actor,
      id: number,
      input: { action: 'forward' | 'return'; reason?: string; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const c = await lockClaim(sql, id);
        const chain = await claimChain(sql, c.orgId, c.policyOrgPath);
        const here = chain.findIndex((o) => o.id === c.stepOrgId);
        // the policy's union is the step when the member's union lies outside its subtree
        requireAccess(actor, 'insurance.write', { orgPath: chain[here]?.path ?? c.policyOrgPath });
        if (c.status !== 'filed' || c.stepOrgId === null) throw STATE();
        if (actor.orgId !== c.stepOrgId)
          throw err(
            'forbidden',
            'NOT_YOUR_STEP',
            `此理赔申请当前由${c.stepOrgName ?? '其他工会'}审核，不在您的审核环节`,
            `This claim awaits ${c.stepOrgName ?? 'another union'}, not your review step`,
            undefined,
            { stepOrgId: c.stepOrgId },
          );
        const reason = input.reason?.trim() || null;
        if (input.action === 'return' && !reason)
          throw err(
            'invalid',
            'INSURANCE_RETURN_REASON',
            '退回须填写理由',
            'A return needs a reason',
            'reason',
          );
        const on = stepDay(actor, c, input.effectiveOn, { zh: '审核', en: 'review' });
        const next = here >= 0 && here + 1 < chain.length ? chain[here + 1] : null;
        const status: ClaimRow['status'] =
          input.action === 'return' ? 'returned' : next ? 'filed' : 'forwarded';
        const moved = await moveClaim(sql, c.id, 'filed', {
          status,
          stepOrgId: status === 'filed' ? (next?.id ?? null) : null,
          ...(status === 'returned' ? { returnReason: reason ?? undefined } : {}),
          ...(status === 'forwarded' ? { forwardedOn: on } : {}),
        });
        if (!moved) throw STATE();
        await insertClaimStep(sql, {
          claimId: c.id,
          orgId: c.stepOrgId,
          action: input.action,
          reason,
          on,
          by: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: `insurance.claim.${input.action === 'return' ? 'return' : 'forward'}`,
          entity: 'insurance_claim',
          entityId: c.id,
          orgId: c.stepOrgId,
          after: { status, on, ...(reason ? { reason } : {}), ...(next ? { nextOrgId: next.id } : {}) },
        });
        if (status === 'returned')
          await notifyPerson(sql, c.personId, {
            kind: 'insurance.claim.returned',
            title: { zh: '理赔申请被退回', en: 'Your claim was returned' },
            // A returned claim never goes back into review (ADR 62): the worker answers with a new claim.
            body: {
              zh: `${c.stepOrgName}退回：${stated(reason)}。请按要求准备好后，点“我要报案”重新报案。`,
              en: `Returned by ${c.stepOrgName}: ${stated(reason)}. Please file the claim again with what is asked.`,
            },
            link: '/m/insurance',
            entity: 'insurance_claim',
            entityId: c.id,
          });
        return { status, stepOrgId: status === 'filed' ? (next?.id ?? null) : null };
      });
    },
    /**
     * The policy's union records the insurer's side: `approve` with the payout, `reject` with the reason, `pay`.
     * Paying is, by the policy: recording that the insurer paid the worker, or — when the union pays and is
     * reimbursed — the payout granted through the programs ledger (an approved application about the claim, paid
     * to the worker by a payment batch). Each step happens once: the claim row is locked and moved only from the
     * state it was read in, and the ledger grants the claim's subject once.
     */
    async decide(
      actor: Actor,
      id: number,
      input: {
        action: 'approve' | 'reject' | 'pay';
        payoutFen?: number;
        reason?: string;
        effectiveOn?: string;
      },
    ) {
      return db.tx(async (sql) => {
        const c = await lockClaim(sql, id);
        requireAccess(actor, 'insurance.write', { orgPath: c.policyOrgPath });
        const from: Record<typeof input.action, ClaimRow['status']> = {
          approve: 'forwarded',
          reject: 'forwarded',
          pay: 'approved',
        };
        if (c.status !== from[input.action]) throw STATE();
        if (input.action === 'approve' && !(input.payoutFen && input.payoutFen > 0))
          throw err('invalid', 'INSURANCE_PAYOUT', '请填写理赔金额', 'Give the payout', 'payoutFen');
        if (input.action === 'reject' && !input.reason?.trim())
          throw err('invalid', 'INSURANCE_REJECT_REASON', '请填写拒赔原因', 'Give the reason', 'reason');
        const on = stepDay(
          actor,
          c,
          input.effectiveOn,
          input.action === 'pay'
            ? { zh: '支付', en: 'payment' }
            : { zh: '保险公司决定', en: "insurer's decision" },
        );
        const status: ClaimRow['status'] =
          input.action === 'approve' ? 'approved' : input.action === 'reject' ? 'rejected' : 'paid';
        let ledgerApplicationId: number | undefined;
        if (input.action === 'pay' && c.payer === 'union') {
          const granted = await recordSubjectGrant(
            sql,
            actor,
            {
              presetKey: PAYOUT_PRESET,
              orgId: c.policyOrgId,
              subjectKey: payoutSubject(c.id),
              approvedOn: on,
              amountFen: c.payoutFen ?? 0,
              note: `${c.policyTitle}理赔：${c.personName}（${c.incidentOn}）`,
              materialsNote: '理赔材料已由保险公司核定',
            },
            clock(),
          );
          ledgerApplicationId = granted.applicationId;
        }
        const moved = await moveClaim(sql, c.id, c.status, {
          status,
          ...(input.action === 'approve' ? { decidedOn: on, payoutFen: input.payoutFen } : {}),
          ...(input.action === 'reject' ? { decidedOn: on, rejectReason: input.reason?.trim() } : {}),
          ...(input.action === 'pay' ? { paidOn: on, ledgerApplicationId } : {}),
        });
        if (!moved) throw STATE();
        if (input.action === 'pay')
          await addCounts(sql, [
            {
              subject: 'insurance.claims_paid',
              orgId: c.policyOrgId,
              on,
              dim: c.kind,
              n: 1,
              fen: c.payoutFen ?? 0,
            },
          ]);
        await recordAudit(sql, actor, {
          action: `insurance.claim.${input.action}`,
          entity: 'insurance_claim',
          entityId: c.id,
          orgId: c.policyOrgId,
          after: { status, on, ...(ledgerApplicationId ? { ledgerApplicationId } : {}) },
        });
        const payout = `¥${formatYuan(c.payoutFen ?? input.payoutFen ?? 0)}`;
        await notifyPerson(sql, c.personId, {
          kind: `insurance.claim.${status}`,
          title: {
            zh:
              status === 'paid'
                ? '保险理赔金已支付'
                : status === 'approved'
                  ? '保险公司已核定赔付'
                  : '理赔申请未获赔付',
            en:
              status === 'paid'
                ? 'Your claim was paid'
                : status === 'approved'
                  ? 'Your claim was approved'
                  : 'Your claim was not accepted',
          },
          body: {
            zh: status === 'rejected' ? `原因：${input.reason?.trim()}` : `理赔金额 ${payout}`,
            en: status === 'rejected' ? `Reason: ${input.reason?.trim()}` : `Payout ${payout}`,
          },
          link: '/m/insurance',
          entity: 'insurance_claim',
          entityId: c.id,
        });
        return { status, ledgerApplicationId: ledgerApplicationId ?? null };
      });
    },
  };
}
