import type { Actor } from '../../access/access.ts';
import { findPersonNames } from '../people/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { disclosuresFor } from './congresses.disclosures.repository.ts';
import { cosignersOf, listProposals } from './congresses.proposals.repository.ts';
import { quorumState, withResultText } from './congresses.quorum.ts';
import {
  attendanceOf,
  congressesAbove,
  countSeatsOn,
  findSeat,
  listDelegations,
  listSessions,
  listTerms,
} from './congresses.repository.ts';
import type { ProposalStatus, Rating } from './congresses.vocabulary.ts';
import { ballotsOf, listMotions } from './congresses.votes.repository.ts';

/**
 * The worker's phone page: the congresses of their enterprise (and the unions above), the latest session, the
 * results of its votes (public to the members), 厂务公开 with what they have read — and, for a delegate, their
 * duties: filing proposals in the window, co-signing others', voting when present, rating answers to their own.
 */
export function createMeUseCases(ctx: CongressContext) {
  const { db, today, memberOf } = ctx;

  return {
    async mine(actor: Actor) {
      return db.tx(async (sql) => {
        const me = await memberOf(sql, actor);
        if (!me?.orgPath) return { congresses: [], disclosures: [], disclosuresTotal: 0 };
        const on = today();
        const congresses = [];
        for (const c of await congressesAbove(sql, me.orgPath)) {
          const [term] = await listTerms(sql, c.id);
          if (!term) continue;
          const seat = await findSeat(sql, term.id, me.id);
          const [session] = (await listSessions(sql, c.id)).filter((s) => s.termId === term.id);
          const motions = session ? await listMotions(sql, [session.id]) : [];
          const votes = seat
            ? await ballotsOf(
                sql,
                motions.map((m) => m.id),
                [seat.id],
              )
            : [];
          const present = session && seat ? (await attendanceOf(sql, session.id)).includes(seat.id) : false;
          let proposals: {
            id: number;
            title: string;
            body: string;
            proposerName: string;
            status: ProposalStatus;
            cosigns: number;
            mine: boolean;
            cosigned: boolean;
            department: string | null;
            dueOn: string | null;
            answer: string | null;
            answeredOn: string | null;
            answers: number;
            rating: Rating | null;
            decisionReason: string | null;
            pledgeId: number | null;
            opinion: boolean;
            adopted: boolean | null;
          }[] = [];
          let proposalsTotal = 0;
          if (session && seat) {
            const { items: rows, total } = await listProposals(sql, {
              path: c.orgPath,
              sessionId: session.id,
            });
            proposalsTotal = total;
            const cos = await cosignersOf(
              sql,
              rows.map((r) => r.id),
            );
            const names = await findPersonNames(
              sql,
              rows.map((r) => r.personId),
            );
            proposals = rows.map((r) => ({
              id: r.id,
              title: r.title,
              body: r.body,
              proposerName: names.get(r.personId) ?? '',
              status: r.status,
              cosigns: r.cosigns,
              mine: r.personId === me.id,
              cosigned: cos.some((x) => x.proposalId === r.id && x.personId === me.id),
              department: r.department,
              dueOn: r.dueOn,
              answer: r.answer,
              answeredOn: r.answeredOn,
              answers: r.answers,
              rating: r.rating,
              decisionReason: r.decisionReason,
              pledgeId: r.pledgeId,
              opinion: r.opinion,
              adopted: r.adopted,
            }));
          }
          const delegation = seat
            ? (await listDelegations(sql, term.id)).find((g) => g.id === seat.delegationId)
            : undefined;
          congresses.push({
            id: c.id,
            name: c.name,
            orgName: c.orgName,
            kind: c.kind,
            cosignMin: c.cosignMin,
            termNumber: term.number,
            seat: seat ? { delegateId: seat.id, delegation: delegation?.name ?? '', present } : null,
            session: session
              ? {
                  id: session.id,
                  number: session.number,
                  title: session.title,
                  heldOn: session.heldOn,
                  proposalsFrom: session.proposalsFrom,
                  proposalsUntil: session.proposalsUntil,
                  open: on >= session.proposalsFrom && on <= session.proposalsUntil,
                  // where the session stands against its quorum, so a delegate knows before trying to vote
                  ...quorumState(session.present, await countSeatsOn(sql, session.termId, session.heldOn)),
                }
              : null,
            proposals,
            proposalsTotal,
            // open votes only for delegates; results for every member
            motions: motions
              .filter((m) => m.status === 'closed' || seat)
              .map((m) => withResultText(m))
              .map((m) => ({
                id: m.id,
                title: m.title,
                kind: m.kind,
                status: m.status,
                result: m.result,
                yes: m.yes,
                no: m.no,
                abstain: m.abstain,
                delegates: m.delegates,
                present: m.present,
                majority: m.majority,
                resultText: m.resultText,
                myVote: votes.find((v) => v.motionId === m.id)?.choice ?? null,
              })),
          });
        }
        const read = await disclosuresFor(sql, me.orgPath, me.id);
        const disclosures = read.items.map(({ orgPath: _p, ...d }) => d);
        return { congresses, disclosures, disclosuresTotal: read.total };
      });
    },
  };
}
