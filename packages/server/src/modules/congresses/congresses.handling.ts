import { type Actor, requireAccess } from '../../access/access.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addWorkingDays } from '../cases/index.ts';
import { addCounts } from '../reporting/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { err, PROPOSAL } from './congresses.errors.ts';
import { proposalIn, wrongState } from './congresses.proposal-access.ts';
import { findProposal, updateProposal } from './congresses.proposals.repository.ts';
import { findCongress } from './congresses.repository.ts';
import type { ProposalStatus, Rating } from './congresses.vocabulary.ts';

/**
 * Handling a proposal once examined: an accepted proposal — or one made an opinion (转为意见建议) — goes to a
 * department with a deadline in working days (the cases module's holiday calendar) and is answered. A proposal is
 * then rated by its proposer (不满意 once sends it back for a second answer); an opinion's answer says whether it
 * is adopted (采纳) and closes it. Counts: '.proposals_answered' (first answer's day, dim2 'in_time' | 'late'),
 * '.proposals_rated' (final rating's day, dim the rating), '.opinions_answered' (answer day, dim 'adopted' |
 * 'not_adopted').
 */
export function createHandlingUseCases(ctx: CongressContext) {
  const { db, today, dayOf, congressIn } = ctx;

  return {
    /**
     * An accepted proposal, or an opinion, goes to a department, due in the congress's working days (holidays from
     * cases).
     */
    async assign(actor: Actor, id: number, input: { department: string; effectiveOn?: string }) {
      return db.tx(async (sql) => {
        const p = await proposalIn(sql, actor, id, 'congresses.manage', true);
        const c = await congressIn(sql, actor, p.congressId, 'congresses.manage');
        if (p.status !== 'accepted' && p.status !== 'opinion')
          throw wrongState(
            p,
            '不是已立案或已转为意见建议、待交办的提案',
            'is neither accepted nor made an opinion and waiting to be assigned',
          );
        const on = dayOf(actor, input.effectiveOn, { zh: '交办', en: 'assignment' }, [
          { day: p.decidedOn, name: { zh: '立案日期', en: 'acceptance day' } },
        ]);
        const dueOn = await addWorkingDays(sql, on, c.answerDays);
        await updateProposal(sql, id, {
          status: 'assigned',
          department: input.department.trim(),
          assignedOn: on,
          dueOn,
        });
        await recordAudit(sql, actor, {
          action: 'congress.proposal.assign',
          entity: 'congress_proposal',
          entityId: id,
          orgId: c.orgId,
          after: { department: input.department, on, dueOn },
        });
        return { dueOn };
      });
    },

    /**
     * The department's answer, entered on its day. A proposal's first answer is counted in time or late and waits
     * for the proposer's rating; an opinion's answer says whether it is adopted (采纳) and closes it.
     */
    async answer(
      actor: Actor,
      id: number,
      input: { answer: string; adopted?: boolean; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const p = await proposalIn(sql, actor, id, 'congresses.manage', true);
        if (p.status !== 'assigned') throw wrongState(p, '不在办理中', 'is not being handled');
        if (p.opinion && input.adopted === undefined)
          throw err(
            'invalid',
            'CONGRESS_ADOPTION_REQUIRED',
            '意见建议的答复须说明是否采纳',
            'Say whether the opinion is adopted',
            'adopted',
          );
        const on = dayOf(actor, input.effectiveOn, { zh: '答复', en: 'answer' }, [
          { day: p.assignedOn, name: { zh: '交办日期', en: 'assignment day' } },
        ]);
        const orgId = (await findCongress(sql, p.congressId))?.orgId as number;
        if (p.opinion) {
          const adopted = input.adopted as boolean;
          await updateProposal(sql, id, {
            status: 'closed',
            answer: input.answer.trim(),
            answeredOn: on,
            answers: p.answers + 1,
            adopted,
          });
          await addCounts(sql, [
            {
              subject: 'congresses.opinions_answered',
              orgId,
              on,
              dim: adopted ? 'adopted' : 'not_adopted',
              n: 1,
            },
          ]);
        } else {
          await updateProposal(sql, id, {
            status: 'answered',
            answer: input.answer.trim(),
            answeredOn: on,
            answers: p.answers + 1,
            ...(p.answers === 0 ? { firstAnsweredOn: on, firstDueOn: p.dueOn } : {}),
          });
          if (p.answers === 0)
            await addCounts(sql, [
              {
                subject: 'congresses.proposals_answered',
                orgId,
                on,
                dim2: p.dueOn && on <= p.dueOn ? 'in_time' : 'late',
                n: 1,
              },
            ]);
        }
        await recordAudit(sql, actor, {
          action: 'congress.proposal.answer',
          entity: 'congress_proposal',
          entityId: id,
          orgId: p.orgId,
          after: { on, answer: input.answer, ...(p.opinion ? { adopted: input.adopted } : {}) },
        });
        return { ok: true as const };
      });
    },

    /** The proposer rates the answer; 不满意 after the first answer sends it back once for a second. */
    async rate(actor: Actor, id: number, rating: Rating) {
      return db.tx(async (sql) => {
        requireAccess(actor, 'self.apply', { personId: actor.personId });
        const p = await findProposal(sql, id, true);
        if (!p || p.personId !== actor.personId) throw notFound(PROPOSAL);
        if (p.status !== 'answered') throw wrongState(p, '尚未答复或已评价', 'has no answer to rate');
        const on = today();
        const c = await findCongress(sql, p.congressId);
        if (rating === 'dissatisfied' && p.answers === 1) {
          const dueOn = await addWorkingDays(sql, on, c?.answerDays ?? 15);
          await updateProposal(sql, id, { status: 'assigned', firstRating: rating, assignedOn: on, dueOn });
        } else {
          await updateProposal(sql, id, {
            status: 'closed',
            rating,
            ratedOn: on,
            firstRating: p.firstRating ?? rating,
          });
          await addCounts(sql, [
            { subject: 'congresses.proposals_rated', orgId: c?.orgId as number, on, dim: rating, n: 1 },
          ]);
        }
        await recordAudit(sql, actor, {
          action: 'congress.proposal.rate',
          entity: 'congress_proposal',
          entityId: id,
          orgId: p.orgId,
          after: { rating },
        });
        return { status: (await findProposal(sql, id))?.status as ProposalStatus };
      });
    },
  };
}
