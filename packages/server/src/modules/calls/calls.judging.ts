import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { addCounts } from '../reporting/index.ts';
import { callErrors } from './calls.errors.ts';
import { decideWork, findCall, findFile, findWork, reviewWork, setPublished } from './calls.repository.ts';
import { insertReturn } from './calls.returns.repository.ts';
import { callsSteps } from './calls.steps.ts';
import type { WorkResult } from './calls.vocabulary.ts';

/** Passing or returning works, the organiser's awards, publishing the results, and a work's file for staff. */
export function createCallJudging(db: Db, clock: Clock) {
  const { organisedCall, workFor } = callsSteps(clock);
  return {
    /**
     * The branch's review: 通过 sends the work up to the organiser's judging, 退回 gives it back to the author with a
     * reason (told by a message), to fix and send again inside the window.
     */
    async review(
      actor: Actor,
      workId: number,
      input: { decision: 'pass' | 'return'; reason?: string; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const work = await workFor(sql, actor, workId, 'calls.review');
        if (work.status !== 'submitted') throw callErrors.notAwaitingReview();
        const reason = input.reason?.trim() || null;
        if (input.decision === 'return' && !reason) throw callErrors.reasonRequired();
        const eff = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '审核', en: 'review' },
          [{ day: work.submittedOn, name: { zh: '报送日期', en: 'submission date' } }],
          { now: clock() },
        );
        const status: 'passed' | 'returned' = input.decision === 'pass' ? 'passed' : 'returned';
        await reviewWork(sql, {
          id: work.id,
          status,
          reason: status === 'returned' ? reason : null,
          day: eff.day,
          at: eff.at,
          by: actor.userId || null,
        });
        await addCounts(sql, [
          { subject: `calls.${status}`, orgId: work.orgId, on: eff.day, dim: String(work.categoryId), n: 1 },
        ]);
        if (status === 'returned') {
          await insertReturn(sql, work, { ...eff, by: actor.userId || null, reason });
          const call = await findCall(sql, work.callId);
          await notifyPerson(sql, work.personId, {
            kind: 'call.work.returned',
            title: { zh: `作品“${work.title}”被退回`, en: `Your work “${work.title}” was returned` },
            body: {
              zh: `退回原因：${reason}。请在${call?.closesOn ?? ''}前修改后重新报送。`,
              en: `Reason: ${reason}. Fix it and send it again by ${call?.closesOn ?? ''}.`,
            },
            link: '/m/calls',
            entity: 'call_work',
            entityId: work.id,
          });
        }
        await recordAudit(sql, actor, {
          action: status === 'passed' ? 'call.work.pass' : 'call.work.return',
          entity: 'call_work',
          entityId: work.id,
          orgId: work.orgId,
          before: { status: work.status },
          after: { status, reason, effectiveOn: eff.day },
        });
        return { status };
      });
    },
    /** The organiser's decision on a passed work: an award or 入展 (null: not chosen), with an optional score. */
    async decide(
      actor: Actor,
      workId: number,
      input: { result: WorkResult | null; score?: number | null; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const work = await findWork(sql, workId, true);
        if (!work) throw callErrors.workNotFound();
        const call = await organisedCall(sql, actor, work.callId, work);
        if (work.status !== 'passed') throw callErrors.notPassed();
        const eff = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '评选', en: 'judging' },
          [{ day: work.reviewedOn, name: { zh: '审核日期', en: 'review date' } }],
          { now: clock() },
        );
        const score = input.score ?? null;
        await decideWork(sql, {
          id: work.id,
          result: input.result,
          score,
          day: input.result ? eff.day : null,
          at: input.result ? eff.at : null,
        });
        const dim = String(work.categoryId);
        await addCounts(sql, [
          ...(work.result && work.resultOn
            ? [
                {
                  subject: 'calls.chosen',
                  orgId: work.orgId,
                  on: work.resultOn,
                  dim,
                  dim2: work.result,
                  n: -1,
                },
              ]
            : []),
          ...(input.result
            ? [{ subject: 'calls.chosen', orgId: work.orgId, on: eff.day, dim, dim2: input.result, n: 1 }]
            : []),
        ]);
        await recordAudit(sql, actor, {
          action: 'call.work.decide',
          entity: 'call_work',
          entityId: work.id,
          orgId: call.orgId,
          before: { result: work.result, score: work.score },
          after: { result: input.result, score, effectiveOn: eff.day },
        });
        return { result: input.result, score };
      });
    },
    /** Publishes the results: the gallery opens (to anyone or to the organiser's members, as the call says). */
    async publish(actor: Actor, id: number, input: { effectiveOn?: string } = {}) {
      return db.tx(async (sql) => {
        const call = await organisedCall(sql, actor, id);
        if (call.publishedOn) throw callErrors.published();
        const eff = effectiveDay(actor, input.effectiveOn, { zh: '公布', en: 'publication' }, [], {
          now: clock(),
        });
        await setPublished(sql, call.id, eff.day);
        await recordAudit(sql, actor, {
          action: 'call.publish',
          entity: 'call',
          entityId: call.id,
          orgId: call.orgId,
          after: { publishedOn: eff.day },
        });
        return { ok: true as const };
      });
    },
    /** A work's picture or file, for staff whose subtree holds its author's union. */
    async file(actor: Actor, workId: number) {
      return db.tx(async (sql) => {
        const work = await findWork(sql, workId);
        if (!work) throw callErrors.workNotFound();
        const call = await findCall(sql, work.callId);
        if (!call) throw callErrors.notFound();
        requireAccess(actor, 'calls.read', { offeredBy: call.orgPath });
        if (!canAccess(actor, 'calls.read', { orgPath: work.orgPath }))
          requireAccess(actor, 'calls.read', { orgPath: call.orgPath });
        const f = await findFile(sql, work.id);
        if (!f) throw callErrors.workNotFound();
        return f;
      });
    },
  };
}
