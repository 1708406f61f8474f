import type { Actor } from '../../access/access.ts';
import { recordAudit } from '../audit/index.ts';
import { promisePledgeFor } from '../pledges/index.ts';
import type { Category as PledgeCategory } from '../pledges/pledges.vocabulary.ts';
import { addCounts } from '../reporting/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { err } from './congresses.errors.ts';
import { proposalIn, wrongState } from './congresses.proposal-access.ts';
import { findProposal, linkPledge, updateProposal } from './congresses.proposals.repository.ts';
import type { ProposalStatus } from './congresses.vocabulary.ts';

/** The states a proposal reaches once accepted (立案). */
const ONCE_ACCEPTED: ProposalStatus[] = ['accepted', 'assigned', 'answered', 'closed'];

/** The proposal committee's examination (立案, 不立案 or 并案), and an accepted proposal made a 办实事 project. */
export function createProposalExamination(ctx: CongressContext) {
  const { db, dayOf, congressIn } = ctx;
  return {
    /**
     * The proposal committee's decision: 立案 (enough co-signatures), 不立案 with a reason, 并案 into another, or
     * 转为意见建议 (an opinion, handled and answered like a proposal but adopted or not instead of rated).
     */
    async examine(
      actor: Actor,
      id: number,
      input: {
        decision: 'accept' | 'reject' | 'merge' | 'opinion';
        reason?: string;
        mergeInto?: number;
        effectiveOn?: string;
      },
    ) {
      return db.tx(async (sql) => {
        const p = await proposalIn(sql, actor, id, 'congresses.manage', true);
        const c = await congressIn(sql, actor, p.congressId, 'congresses.manage');
        if (p.status !== 'filed') throw wrongState(p, '已审查', 'has already been examined');
        const on = dayOf(actor, input.effectiveOn, { zh: '审查', en: 'examination' }, [
          { day: p.filedOn, name: { zh: '提出日期', en: 'filing day' } },
        ]);
        const reason = input.reason?.trim() || null;
        if (input.decision === 'accept') {
          if (p.cosigns < c.cosignMin)
            throw err(
              'conflict',
              'CONGRESS_COSIGNS_SHORT',
              `附议人数${p.cosigns}人，不足${c.cosignMin}人，不能立案`,
              `${p.cosigns} co-signatures, fewer than the ${c.cosignMin} needed to accept`,
              undefined,
              { cosigns: p.cosigns, needed: c.cosignMin },
            );
          await updateProposal(sql, id, { status: 'accepted', decidedOn: on, decisionReason: reason });
          await addCounts(sql, [{ subject: 'congresses.proposals_accepted', orgId: c.orgId, on, n: 1 }]);
        } else if (input.decision === 'reject') {
          if (!reason)
            throw err(
              'invalid',
              'CONGRESS_REASON_REQUIRED',
              '不立案须说明理由',
              'Give the reason for not accepting',
              'reason',
            );
          await updateProposal(sql, id, { status: 'rejected', decidedOn: on, decisionReason: reason });
        } else if (input.decision === 'opinion') {
          await updateProposal(sql, id, {
            status: 'opinion',
            opinion: true,
            decidedOn: on,
            decisionReason: reason,
          });
          await addCounts(sql, [{ subject: 'congresses.opinions', orgId: c.orgId, on, n: 1 }]);
        } else {
          const into = input.mergeInto ? await findProposal(sql, input.mergeInto) : undefined;
          if (
            !into ||
            into.id === id ||
            into.sessionId !== p.sessionId ||
            into.status === 'rejected' ||
            into.status === 'merged'
          )
            throw err(
              'invalid',
              'CONGRESS_MERGE_TARGET',
              '请选择本次会议中另一件未并案、未被拒绝的提案',
              'Choose another proposal of the session, neither merged nor declined',
              'mergeInto',
            );
          await updateProposal(sql, id, {
            status: 'merged',
            decidedOn: on,
            decisionReason: reason,
            mergedInto: into.id,
          });
        }
        await recordAudit(sql, actor, {
          action: `congress.proposal.${input.decision}` as 'congress.proposal.accept',
          entity: 'congress_proposal',
          entityId: id,
          orgId: c.orgId,
          after: { on, reason, mergeInto: input.mergeInto ?? null },
        });
        return { status: (await findProposal(sql, id))?.status as ProposalStatus };
      });
    },
    /** An accepted proposal becomes a 办实事 project of the congress's union (pledges), linked both ways. */
    async makePledge(
      actor: Actor,
      id: number,
      input: {
        year: number;
        category: PledgeCategory;
        budgetFen: number;
        department?: string;
        title?: string;
        /** The day the proposal became a project (ADR 40): default today, not before it was accepted. */
        effectiveOn?: string;
      },
    ) {
      return db.tx(async (sql) => {
        const p = await proposalIn(sql, actor, id, 'congresses.manage', true);
        const c = await congressIn(sql, actor, p.congressId, 'congresses.manage');
        if (!ONCE_ACCEPTED.includes(p.status) || p.opinion)
          throw wrongState(p, '未立案，不能转为办实事项目', 'is not accepted and cannot become a project');
        if (p.pledgeId)
          throw err(
            'conflict',
            'CONGRESS_ALREADY_PLEDGED',
            '该提案已转为办实事项目',
            'This proposal is already a project',
            undefined,
            { pledgeId: p.pledgeId },
          );
        const on = dayOf(actor, input.effectiveOn, { zh: '转为办实事项目', en: 'project' }, [
          { day: p.decidedOn, name: { zh: '立案日期', en: 'day the proposal was accepted' } },
        ]);
        const department = input.department?.trim() || p.department || c.orgName;
        const pledgeId = await promisePledgeFor(sql, actor, {
          orgId: c.orgId,
          year: input.year,
          title: input.title?.trim() || p.title,
          category: input.category,
          description: `来自职代会提案：${p.title}`,
          budgetFen: input.budgetFen,
          department,
        });
        await linkPledge(sql, { proposalId: id, pledgeId, orgId: c.orgId, on });
        await recordAudit(sql, actor, {
          action: 'congress.proposal.pledge',
          entity: 'congress_proposal',
          entityId: id,
          orgId: c.orgId,
          after: { pledgeId, linkedOn: on },
        });
        return { pledgeId };
      });
    },
  };
}
