import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { subtreeAsked } from '../org/index.ts';
import { findPersonNames } from '../people/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { proposalIn } from './congresses.proposal-access.ts';
import { createProposalExamination } from './congresses.proposals.examination.ts';
import { createProposalFiling } from './congresses.proposals.filing.ts';
import {
  cosignersOf,
  findProposal,
  findProposalOfPledge,
  listProposals,
  type ProposalRow,
} from './congresses.proposals.repository.ts';
import { findCongress, findSession } from './congresses.repository.ts';
import type { ProposalFilter } from './congresses.vocabulary.ts';

/** Proposals with their proposers' names. */
async function withNames(sql: Sql, rows: ProposalRow[]) {
  const names = await findPersonNames(
    sql,
    rows.map((p) => p.personId),
  );
  return rows.map((p) => ({ ...p, proposerName: names.get(p.personId) ?? '' }));
}

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
export function createProposalUseCases(ctx: CongressContext) {
  const { db } = ctx;
  return {
    ...createProposalFiling(ctx),
    ...createProposalExamination(ctx),
    async listProposals(
      actor: Actor,
      q: { orgId?: number; congressId?: number; sessionId?: number; status?: ProposalFilter },
    ) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, q.orgId, 'congresses.read');
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
