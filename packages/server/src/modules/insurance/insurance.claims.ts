import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { cleanPhoto } from '../card/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { listSubjectApplications, recordSubjectGrant } from '../programs/index.ts';
import { addCounts } from '../reporting/index.ts';
import { createClaimFiling } from './insurance.filing.ts';
import {
  type ClaimRow,
  claimChain,
  findClaim,
  findClaimFile,
  insertClaimFile,
  insertClaimStep,
  listClaims,
  moveClaim,
  policiesOfPerson,
} from './insurance.repository.ts';
import {
  CLAIM_DOCUMENTS,
  daysBetween,
  err,
  OVERDUE_DAYS,
  PAYOUT_PRESET,
  payoutSubject,
} from './insurance.shared.ts';

/**
 * Claims (issue 27): filed by the worker or by staff, a claim climbs the policy's chain — the member's union, the
 * unions above it, up to the policy's union — each forwarding it or returning it with a reason, only the union whose
 * step it is acting (NOT_YOUR_STEP otherwise); the policy's union's forward sends it to the insurer, whose decision
 * and payout the policy's union records. Every step carries the day it happened (补录 with history.backdate).
 */

const STATE = () =>
  err(
    'conflict',
    'INSURANCE_CLAIM_STATE',
    '理赔申请当前状态不能进行此操作',
    'The claim is not in a state for this step',
  );

export function createClaimUseCases(db: Db, clock: () => Date) {
  const today = () => todayInChina(clock());

  /** Claims as shown: the claim clock, and for a payout the union pays, its application in the programs ledger. */
  const claimViews = async (sql: Sql, rows: ClaimRow[]) => {
    const now = today();
    const ledger = new Map(
      (
        await listSubjectApplications(
          sql,
          rows.flatMap((c) => (c.ledgerApplicationId ? [c.ledgerApplicationId] : [])),
        )
      ).map((a) => [
        a.applicationId,
        { programName: a.programName, status: a.status, amountFen: a.amountFen, paidFen: a.paidFen },
      ]),
    );
    return rows.map((c) => ({
      ...claimView(c, now),
      ledger: (c.ledgerApplicationId && ledger.get(c.ledgerApplicationId)) || null,
    }));
  };

  const claimView = (c: ClaimRow, now: string) => ({
    ...c,
    daysOpen: daysBetween(c.filedOn, c.paidOn ?? c.decidedOn ?? now),
    overdue: (c.status === 'filed' || c.status === 'forwarded') && daysBetween(c.filedOn, now) > OVERDUE_DAYS,
  });

  /** The day of a step: today unless given; not before the claim's last step; a past day needs history.backdate. */
  const stepDay = (actor: Actor, c: ClaimRow, on: string | undefined, what: { zh: string; en: string }) => {
    const last = [c.filedOn, c.forwardedOn, c.decidedOn, ...c.steps.map((s) => s.on)]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    return effectiveDay(
      actor,
      on,
      what,
      [{ day: last, name: { zh: '上一环节日期', en: 'the previous step' } }],
      {
        field: 'effectiveOn',
        now: clock(),
      },
    ).day;
  };

  /** A claim that does not exist answers as another union's does: 404 NOT_FOUND, in the same words (ADR 72). */
  async function lockClaim(sql: Sql, id: number) {
    const c = await findClaim(sql, id, true);
    if (!c) throw notYours();
    return c;
  }

  /** The reviewing unions of a claim: its chain (or the policy's union); the caller's must be one of them. */
  async function requireReviewer(
    sql: Sql,
    actor: Actor,
    c: ClaimRow,
    permission: 'insurance.read' | 'insurance.write',
  ) {
    const chain = await claimChain(sql, c.orgId, c.policyOrgPath);
    const mine =
      chain.find((o) => o.id === actor.orgId) ??
      (actor.orgId === c.policyOrgId ? { path: c.policyOrgPath } : null);
    requireAccess(actor, permission, { orgPath: mine?.path ?? c.policyOrgPath });
    if (!mine)
      throw err(
        'forbidden',
        'FORBIDDEN',
        '仅理赔审核链上的工会可查看理赔材料',
        'Only the unions reviewing the claim may see its documents',
      );
  }

  return {
    ...createClaimFiling(db, clock),

    /**
     * A file for an item of the claim's checklist, from the worker (`self`, their own claim) or a reviewing union's
     * staff, while the claim is under review or returned: photos (JPEG/PNG, their metadata removed) or a PDF. The
     * item is ticked.
     */
    async addFile(
      actor: Actor,
      id: number,
      input: { document: string; self: boolean; file: { name: string; data: Buffer } },
    ) {
      return db.tx(async (sql) => {
        const c = await lockClaim(sql, id);
        if (input.self) {
          requireAccess(actor, 'self.apply', { personId: actor.personId });
          if (c.personId !== actor.personId) throw notYours();
        } else await requireReviewer(sql, actor, c, 'insurance.write');
        if (c.status !== 'filed' && c.status !== 'returned') throw STATE();
        if (!CLAIM_DOCUMENTS[c.kind].includes(input.document))
          throw err(
            'invalid',
            'INSURANCE_DOCUMENT_UNKNOWN',
            `材料“${input.document}”不在此类理赔的材料清单中`,
            `“${input.document}” is not on this kind of claim's document list`,
            'document',
          );
        const { name, data } = input.file;
        let stored: { mime: string; bytes: Buffer };
        if (/\.pdf$/i.test(name)) {
          if (data.length > 10 * 1024 * 1024 || data.subarray(0, 5).toString('latin1') !== '%PDF-')
            throw err(
              'invalid',
              'INSURANCE_FILE_INVALID',
              '请上传不超过10MB的PDF文件',
              'Upload a PDF of 10 MB at most',
              'file',
            );
          stored = { mime: 'application/pdf', bytes: data };
        } else stored = cleanPhoto(data);
        const fileId = await insertClaimFile(sql, {
          claimId: c.id,
          document: input.document,
          name: name.slice(0, 200),
          mime: stored.mime,
          data: stored.bytes,
          by: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'insurance.claim.file_upload',
          entity: 'insurance_claim',
          entityId: c.id,
          orgId: c.orgId,
          after: { document: input.document, name, size: stored.bytes.length },
        });
        return { id: fileId };
      });
    },

    /** A claim's file: for the unions reviewing it and the worker whose claim it is (`self`); the read audited. */
    async getFile(actor: Actor, id: number, fileId: number, self: boolean) {
      return db.tx(async (sql) => {
        const c = await findClaim(sql, id);
        if (!c) throw notYours();
        if (self) {
          if (c.personId !== actor.personId) throw notYours();
        } else await requireReviewer(sql, actor, c, 'insurance.read');
        const f = await findClaimFile(sql, c.id, fileId);
        if (!f) throw notFound({ zh: '理赔材料', en: 'Claim document' });
        if (!self)
          await recordAudit(sql, actor, {
            action: 'insurance.claim.file_read',
            entity: 'insurance_claim',
            entityId: c.id,
            orgId: c.orgId,
            after: { fileId },
          });
        return f;
      });
    },

    /** Claims of a subtree (on its policies or by its members); `awaiting`: those at the caller's own step. */
    async listClaims(actor: Actor, q: { orgId?: number; policyId?: number; awaiting?: boolean }) {
      return db.tx(async (sql) => {
        const id = q.orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'insurance.read', { orgPath: path });
        if (q.awaiting && !actor.orgId) return { items: [], total: 0 };
        const { items, total } = await listClaims(sql, {
          path,
          policyId: q.policyId,
          stepOrgId: q.awaiting ? (actor.orgId as number) : undefined,
        });
        return { items: await claimViews(sql, items), total };
      });
    },

    /** The worker's cover (the latest 50 policies) and claims (the latest 1,000), each with how many there are. */
    async myInsurance(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const personId = actor.personId as number;
        const policies = await policiesOfPerson(sql, personId);
        const claims = await listClaims(sql, { personId });
        return {
          policies: policies.items,
          policiesTotal: policies.total,
          claims: await claimViews(sql, claims.items),
          claimsTotal: claims.total,
          documents: CLAIM_DOCUMENTS,
        };
      });
    },

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
            body: { zh: `${c.stepOrgName}退回：${reason}`, en: `Returned by ${c.stepOrgName}: ${reason}` },
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
        const payout = `¥${((c.payoutFen ?? input.payoutFen ?? 0) / 100).toFixed(2)}`;
        await notifyPerson(sql, c.personId, {
          kind: `insurance.claim.${status}`,
          title: {
            zh:
              status === 'paid'
                ? '保险理赔金已支付'
                : status === 'approved'
                  ? '理赔申请已获赔付'
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
