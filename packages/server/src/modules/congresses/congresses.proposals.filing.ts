import type { Actor } from '../../access/access.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addCounts } from '../reporting/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { err, PROPOSAL } from './congresses.errors.ts';
import { wrongState } from './congresses.proposal-access.ts';
import { findProposal, insertCosign, insertProposal } from './congresses.proposals.repository.ts';
import { findCongress, findSession } from './congresses.repository.ts';

/** A delegate files a proposal, and other delegates co-sign it. */
export function createProposalFiling(ctx: CongressContext) {
  const { db, today, seatIn } = ctx;
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
  };
}
