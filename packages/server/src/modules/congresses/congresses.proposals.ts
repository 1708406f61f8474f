import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { findPersonNames } from '../people/index.ts';
import { type PledgeCategory, promisePledgeFor } from '../pledges/index.ts';
import { addCounts } from '../reporting/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { err, PROPOSAL } from './congresses.errors.ts';
import { proposalIn, wrongState } from './congresses.proposal-access.ts';
import {
  cosignersOf,
  findProposal,
  findProposalOfPledge,
  insertCosign,
  insertProposal,
  linkPledge,
  listProposals,
  type ProposalRow,
  updateProposal,
} from './congresses.proposals.repository.ts';
import { findCongress, findSession, type ProposalStatus } from './congresses.repository.ts';

/**
 * Proposals (提案, issue 28): a delegate files one on the phone within the session's window; other delegates of
 * the term co-sign (附议) until it has the congress's minimum; the proposal committee accepts it (立案), declines it
 * with a reason (不立案) or merges it into another (并案); an accepted proposal goes to a department with a deadline
 * in working days (the cases module's holiday calendar), is answered, and rated by its proposer — 不满意 once sends it
 * back for a second answer. An accepted proposal may become a 办实事 project of the year (module pledges); the link
 * is kept here. Counts: 'congresses.proposals_filed' (filing day), '.proposals_accepted' (decision day),
 * '.proposals_answered' (first answer's day, dim2 'in_time' | 'late'), '.proposals_rated' (final rating's day, dim
 * the rating).
 */
const ONCE_ACCEPTED: ProposalStatus[] = ['accepted', 'assigned', 'answered', 'closed'];

export function createProposalUseCases(ctx: CongressContext) {
  const { db, today, dayOf, congressIn, seatIn } = ctx;

  async function withNames(sql: Sql, rows: ProposalRow[]) {
    const names = await findPersonNames(
      sql,
      rows.map((p) => p.personId),
    );
    return rows.map((p) => ({ ...p, proposerName: names.get(p.personId) ?? '' }));
  }

  return {
    /** A delegate files a proposal within the session's window (today). */
    async fileProposal(actor: Actor, input: { sessionId: number; title: string; body: string }) {
      return db.tx(async (sql) => {
        const session = await findSession(sql, input.sessionId);
        if (!session) throw notFound({ zh: '会议', en: 'Session' });
        const seat = await seatIn(sql, actor, session);
        const on = today();
        if (on < session.proposalsFrom || on > session.proposalsUntil)
          throw err(
            'conflict',
            'CONGRESS_WINDOW_CLOSED',
            `提案征集时间为${session.proposalsFrom}至${session.proposalsUntil}`,
            `Proposals are collected from ${session.proposalsFrom} to ${session.proposalsUntil}`,
          );
        const c = await findCongress(sql, session.congressId);
        const id = await insertProposal(sql, {
          sessionId: session.id,
          orgId: seat.orgId,
          delegateId: seat.id,
          personId: seat.personId,
          title: input.title.trim(),
          body: input.body.trim(),
          filedOn: on,
        });
        await addCounts(sql, [
          { subject: 'congresses.proposals_filed', orgId: c?.orgId as number, on, n: 1 },
        ]);
        await recordAudit(sql, actor, {
          action: 'congress.proposal.file',
          entity: 'congress_proposal',
          entityId: id,
          orgId: c?.orgId,
          after: { title: input.title },
        });
        return { id };
      });
    },

    /** Another delegate of the term co-signs (附议), once. */
    async cosign(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const p = await findProposal(sql, id);
        const session = p && (await findSession(sql, p.sessionId));
        if (!p || !session) throw notFound(PROPOSAL);
        const seat = await seatIn(sql, actor, session);
        if (seat.personId === p.personId)
          throw err(
            'conflict',
            'CONGRESS_OWN_PROPOSAL',
            '不能附议自己的提案',
            'You cannot co-sign your own proposal',
          );
        if (p.status !== 'filed')
          throw wrongState(p, '已审查，不能再附议', 'has been examined and takes no more co-signatures');
        const added = await insertCosign(sql, {
          proposalId: id,
          delegateId: seat.id,
          orgId: seat.orgId,
          signedOn: today(),
        });
        if (!added)
          throw err(
            'conflict',
            'CONGRESS_ALREADY_COSIGNED',
            '您已附议该提案',
            'You have already co-signed this proposal',
          );
        await recordAudit(sql, actor, {
          action: 'congress.proposal.cosign',
          entity: 'congress_proposal',
          entityId: id,
          orgId: p.orgId,
        });
        return { cosigns: p.cosigns + 1 };
      });
    },

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

    async listProposals(
      actor: Actor,
      q: { orgId?: number; congressId?: number; sessionId?: number; status?: ProposalStatus },
    ) {
      return db.tx(async (sql) => {
        const orgId = q.orgId ?? actor.orgId;
        const path = orgId ? (await getOrgInScope(sql, actor, orgId)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'congresses.read', { orgPath: path });
        const { items, total } = await listProposals(sql, { path, ...q });
        return { items: await withNames(sql, items), total };
      });
    },

    /** A proposal with its co-signers (names: audited) and what it was merged into. */
    async getProposal(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const p = await proposalIn(sql, actor, id, 'congresses.read');
        const session = await findSession(sql, p.sessionId);
        const cos = await cosignersOf(sql, [id]);
        const names = await findPersonNames(sql, [p.personId, ...cos.map((c) => c.personId)]);
        const into = p.mergedInto ? await findProposal(sql, p.mergedInto) : undefined;
        const c = await findCongress(sql, p.congressId);
        await recordAudit(sql, actor, {
          action: 'congress.proposal.read',
          entity: 'congress_proposal',
          entityId: id,
          orgId: p.orgId,
        });
        return {
          ...p,
          proposerName: names.get(p.personId) ?? '',
          sessionTitle: session?.title ?? '',
          cosignMin: c?.cosignMin ?? 0,
          cosigners: cos.map((x) => ({ name: names.get(x.personId) ?? '', signedOn: x.signedOn })),
          mergedIntoTitle: into?.title ?? null,
        };
      });
    },

    /**
     * The proposal a 办实事 project came from, for the project's page: not found when it came from none, or when the
     * proposal is not the reader's to see (the page then shows nothing).
     */
    async proposalOfPledge(actor: Actor, pledgeId: number) {
      return db.tx(async (sql) => {
        const id = await findProposalOfPledge(sql, pledgeId);
        const p = id ? await findProposal(sql, id) : undefined;
        if (!p) throw notFound({ zh: '来源提案', en: 'Source proposal' });
        requireAccess(actor, 'congresses.read', { orgPath: p.orgPath });
        const session = await findSession(sql, p.sessionId);
        return { id: p.id, title: p.title, sessionTitle: session?.title ?? '', congressId: p.congressId };
      });
    },
  };
}
