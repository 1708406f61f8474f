import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { chinaDayOf, effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { afterDecision, afterIssue, afterSubmission, dayOf } from './returns.days.ts';
import { returnErrors } from './returns.errors.ts';
import { fillingSteps, formKeys } from './returns.filling.steps.ts';
import { childSubmissions, findSubmission, updateSubmission } from './returns.repository.ts';
import { insertComments, recordConsolidation, setTotals } from './returns.values.repository.ts';

/** Submitting a union's return to the union above, which accepts it or sends it back. */
export function createFillingSubmission(db: Db, clock: Clock) {
  const step = fillingSteps(clock);
  return {
    /** Submits a union's return to the union above: checked, then locked; what it reports is fixed. */
    /**
     * Submits a union's return, on `receivedOn` (ADR 40): today by default; a return handed in on paper on a past
     * day is recorded on that day (`history.backdate`), not before the return was issued nor before it was sent
     * back, and its first submission's day decides whether it was on time.
     */
    async submit(actor: Actor, returnId: number, orgId: number, receivedOn?: string) {
      return db.tx(async (sql) => {
        const { r, sub } = await step.load(sql, actor, returnId, orgId, true);
        const onBehalf = step.fillerOnly(actor, sub);
        step.editable(r, sub);
        const on = effectiveDay(
          actor,
          receivedOn,
          { zh: '报送', en: 'submission' },
          [
            { day: r.issuedAt && chinaDayOf(r.issuedAt), name: { zh: '下发日期', en: 'issue date' } },
            {
              day: sub.decidedAt && chinaDayOf(sub.decidedAt),
              name: { zh: '退回日期', en: 'date it was sent back' },
            },
          ],
          { field: 'receivedOn', now: clock() },
        );
        if (sub.consolidates) {
          const pending = (await childSubmissions(sql, r.id, sub.id)).filter(
            (c) => c.status !== 'accepted' && c.status !== 'not_reported',
          );
          if (pending.length) throw returnErrors.childrenPending(pending.map((c) => c.orgName));
        }
        const { own } = await step.ownValues(sql, sub.id);
        const totals = await step.reportedTotals(sql, r, sub, own);
        const problems = step.problemsOf(r, sub, own, totals);
        if (problems.length) throw returnErrors.values(problems);
        const now = on.at;
        await setTotals(sql, sub, totals);
        if (sub.consolidates) await recordConsolidation(sql, sub, totals, actor.userId || null, now);
        await updateSubmission(sql, sub.id, { status: 'submitted', submittedAt: now, firstSubmittedAt: now });
        await recordAudit(sql, actor, {
          action: 'return.submit',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          ...(on.backdated || onBehalf
            ? {
                after: {
                  ...(on.backdated ? { effectiveOn: on.day } : {}),
                  ...(onBehalf ? { onBehalf } : {}),
                },
              }
            : {}),
        });
        await step.tell(sql, sub.reviewerOrgId, {
          kind: 'return.submitted',
          title: { zh: `${sub.orgName}报送了“${r.title}”`, en: `${sub.orgName} submitted “${r.title}”` },
          body: { zh: '请审核：通过或退回修改。', en: 'Review it: accept it or return it for changes.' },
          link: step.link(r, sub.orgId),
          entity: 'return',
          entityId: r.id,
        });
        return { status: 'submitted' as const };
      });
    },
    async accept(actor: Actor, returnId: number, orgId: number, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const { r, sub } = await step.load(sql, actor, returnId, orgId, true);
        step.reviewerOnly(actor, sub);
        if (r.status !== 'issued') throw returnErrors.notIssued();
        if (sub.status !== 'submitted')
          throw returnErrors.wrongState(sub.status, { zh: '审核通过', en: 'accepted' });
        const on = step.decisionDay(actor, effectiveOn, { zh: '审核通过', en: 'acceptance' }, [
          afterSubmission(sub),
        ]);
        await updateSubmission(sql, sub.id, {
          status: 'accepted',
          decidedAt: on.at,
          decidedBy: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'return.accept',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          ...dayOf(on),
        });
        await step.tell(sql, sub.orgId, {
          kind: 'return.accepted',
          title: { zh: `“${r.title}”已审核通过`, en: `“${r.title}” was accepted` },
          body: {
            zh: `${sub.reviewerName}已审核通过本工会的报表。`,
            en: `${sub.reviewerName} accepted your union's return.`,
          },
          link: step.link(r, sub.orgId),
          entity: 'return',
          entityId: r.id,
        });
        return { status: 'accepted' as const };
      });
    },
    /** Sends a submitted (or accepted) return back with a note and comments per field; it opens again. */
    async sendBack(
      actor: Actor,
      returnId: number,
      orgId: number,
      input: { note?: string | null; comments?: { key: string; body: string }[]; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const { r, sub } = await step.load(sql, actor, returnId, orgId, true);
        step.reviewerOnly(actor, sub);
        if (r.status !== 'issued') throw returnErrors.notIssued();
        if (sub.status !== 'submitted' && sub.status !== 'accepted')
          throw returnErrors.wrongState(sub.status, { zh: '退回', en: 'returned' });
        if (sub.parentId !== null) {
          const parent = await findSubmission(sql, r.id, sub.reviewerOrgId);
          if (parent && (parent.status === 'submitted' || parent.status === 'accepted'))
            throw returnErrors.parentDone();
        }
        const keys = formKeys(r.form);
        const comments = (input.comments ?? [])
          .map((c) => ({ key: c.key, body: c.body.trim() }))
          .filter((c) => c.body);
        for (const c of comments)
          if (c.key !== '' && !keys.has(c.key)) throw returnErrors.unknownField(c.key);
        const note = input.note?.trim() || null;
        if (!note && !comments.length) throw returnErrors.commentsNeeded();
        const on = step.decisionDay(actor, input.effectiveOn, { zh: '退回', en: 'sending back' }, [
          afterSubmission(sub),
          afterDecision(sub),
        ]);
        await insertComments(
          sql,
          sub,
          sub.timesReturned + 1,
          [...(note ? [{ key: '', body: note }] : []), ...comments],
          actor.userId || null,
        );
        await setTotals(sql, sub, null);
        await updateSubmission(sql, sub.id, {
          status: 'returned',
          submittedAt: null,
          decidedAt: on.at,
          decidedBy: actor.userId || null,
          returnNote: note,
          returned: true,
        });
        await recordAudit(sql, actor, {
          action: 'return.send_back',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          after: { note, comments: comments.length, ...(on.backdated ? { effectiveOn: on.day } : {}) },
        });
        await step.tell(sql, sub.orgId, {
          kind: 'return.returned',
          title: { zh: `“${r.title}”被退回修改`, en: `“${r.title}” was returned for changes` },
          body: {
            zh: `${sub.reviewerName}退回了本工会的报表${note ? `：${note}` : `，共${comments.length}条意见`}`,
            en: `${sub.reviewerName} returned your union's return${note ? `: ${note}` : ` with ${comments.length} comment(s)`}`,
          },
          link: step.link(r, sub.orgId),
          entity: 'return',
          entityId: r.id,
        });
        return { status: 'returned' as const };
      });
    },
  };
}

/** 未报: a union below that did not report, and undoing it. */
export function createFillingNotReported(db: Db, clock: Clock) {
  const { decisionDay, load, reviewerOnly } = fillingSteps(clock);
  return {
    /** Records that a union below did not report (未报), with the reason; its union above may then submit. */
    async markNotReported(
      actor: Actor,
      returnId: number,
      orgId: number,
      input: { reason: string; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        reviewerOnly(actor, sub);
        if (r.status !== 'issued') throw returnErrors.notIssued();
        const reason = input.reason.trim();
        if (!reason) throw returnErrors.reasonRequired();
        if (sub.status !== 'open' && sub.status !== 'returned')
          throw returnErrors.wrongState(sub.status, { zh: '标记未报', en: 'marked not reported' });
        const on = decisionDay(actor, input.effectiveOn, { zh: '标记未报', en: 'not-reported' }, [
          afterIssue(r),
          afterDecision(sub),
        ]);
        await updateSubmission(sql, sub.id, {
          status: 'not_reported',
          notReportedReason: reason,
          decidedAt: on.at,
        });
        await recordAudit(sql, actor, {
          action: 'return.not_reported',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          after: { reason, ...(on.backdated ? { effectiveOn: on.day } : {}) },
        });
        return { status: 'not_reported' as const };
      });
    },
    /** Undoes 未报: the union may fill its return again. */
    async reopen(actor: Actor, returnId: number, orgId: number, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const { r, sub } = await load(sql, actor, returnId, orgId, true);
        reviewerOnly(actor, sub);
        if (r.status !== 'issued') throw returnErrors.notIssued();
        if (sub.status !== 'not_reported')
          throw returnErrors.wrongState(sub.status, { zh: '恢复填报', en: 'reopened' });
        const on = decisionDay(actor, effectiveOn, { zh: '恢复填报', en: 'reopening' }, [afterDecision(sub)]);
        // The reopening's day is the submission's last decision: a later submission may not precede it.
        await updateSubmission(sql, sub.id, { status: 'open', notReportedReason: null, decidedAt: on.at });
        await recordAudit(sql, actor, {
          action: 'return.reopen',
          entity: 'return',
          entityId: r.id,
          orgId: sub.orgId,
          ...dayOf(on),
        });
        return { status: 'open' as const };
      });
    },
  };
}
