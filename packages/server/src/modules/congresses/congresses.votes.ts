import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, subtreeAsked } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import type { CongressContext } from './congresses.context.ts';
import {
  findDisclosure,
  insertDisclosure,
  listDisclosures,
  markRead,
} from './congresses.disclosures.repository.ts';
import { DISCLOSURE, err, MOTION } from './congresses.errors.ts';
import { hasQuorum, majorityOf, noQuorumText, quorumOf, withResultText } from './congresses.quorum.ts';
import {
  attendanceOf,
  type Choice,
  countSeatsOn,
  findSession,
  type SessionRow,
} from './congresses.repository.ts';
import type { DisclosureCategory, MotionKind } from './congresses.vocabulary.ts';
import { closeMotion, findMotion, insertBallot, insertMotion, tally } from './congresses.votes.repository.ts';

/**
 * Votes of a session (resolutions, the collective agreement's draft, welfare plans): one delegate, one ballot (the
 * ballot's primary key keeps one however many arrive at once), cast only by a delegate recorded present. No vote is
 * opened nor a ballot taken while the session lacks its quorum (congresses.quorum.ts), refused at once. Closing
 * checks the quorum (present ≥ 2/3 of the delegates seated on the session's day) and the majority (赞成 > 1/2 of
 * ALL those delegates, not of those voting). Counted as 'congresses.motions' (dim the result) on the closing day.
 *
 * 厂务公开: what an enterprise discloses to its members (财务, 福利, 安全, 绩效, 工资 …), read on the phone; each
 * member's first reading counted once. Counted as 'congresses.disclosures' (dim the category) on its day.
 */
export function createVoteUseCases(ctx: CongressContext) {
  const { db, today, dayOf, sessionIn, seatIn, memberOf } = ctx;

  /** Refuses a vote at once when the session lacks two thirds of all its delegates, with the figures. */
  async function requireQuorum(sql: Sql, session: SessionRow) {
    const delegates = await countSeatsOn(sql, session.termId, session.heldOn);
    const present = (await attendanceOf(sql, session.id)).length;
    if (!hasQuorum(present, delegates)) {
      const words = noQuorumText(present, delegates);
      throw err('conflict', 'CONGRESS_NO_QUORUM', words.zh, words.en, undefined, {
        present,
        delegates,
        quorum: quorumOf(delegates),
      });
    }
  }

  return {
    async addMotion(actor: Actor, sessionId: number, input: { title: string; kind: MotionKind }) {
      return db.tx(async (sql) => {
        const { session, congress } = await sessionIn(sql, actor, sessionId, 'congresses.manage');
        await requireQuorum(sql, session);
        const id = await insertMotion(sql, {
          sessionId,
          title: input.title.trim(),
          kind: input.kind,
          openedOn: session.heldOn,
        });
        await recordAudit(sql, actor, {
          action: 'congress.motion.create',
          entity: 'congress',
          entityId: congress.id,
          orgId: congress.orgId,
          after: { motionId: id, ...input },
        });
        return { id };
      });
    },

    /** A delegate present at the session votes, once. */
    async vote(actor: Actor, motionId: number, choice: Choice) {
      return db.tx(async (sql) => {
        const m = await findMotion(sql, motionId);
        const session = m && (await findSession(sql, m.sessionId));
        if (!m || !session) throw notFound(MOTION);
        const seat = await seatIn(sql, actor, session);
        if (m.status !== 'open')
          throw err('conflict', 'CONGRESS_VOTING_CLOSED', '表决已结束', 'Voting has closed');
        if (today() < session.heldOn)
          throw err(
            'conflict',
            'CONGRESS_VOTING_NOT_OPEN',
            `会议于${session.heldOn}召开，届时才能表决`,
            `The session meets on ${session.heldOn}; voting opens then`,
          );
        await requireQuorum(sql, session);
        if (!(await attendanceOf(sql, session.id)).includes(seat.id))
          throw err(
            'conflict',
            'CONGRESS_NOT_PRESENT',
            '您未登记出席本次会议，不能表决',
            'You are not recorded present at this session and cannot vote',
          );
        if (!(await insertBallot(sql, { motionId, delegateId: seat.id, orgId: seat.orgId, choice })))
          throw err(
            'conflict',
            'CONGRESS_ALREADY_VOTED',
            '您已投票，每位代表只能投一票',
            'You have already voted: one delegate, one vote',
          );
        await recordAudit(sql, actor, {
          action: 'congress.vote',
          entity: 'congress',
          entityId: session.congressId,
          orgId: seat.orgId,
          after: { motionId },
        });
        return { ok: true as const };
      });
    },

    /** Closes the vote and states the result: quorum, then the majority of all delegates. */
    async closeMotion(actor: Actor, motionId: number, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const m = await findMotion(sql, motionId, true);
        if (!m) throw notFound(MOTION);
        const { session, congress } = await sessionIn(sql, actor, m.sessionId, 'congresses.manage');
        if (m.status !== 'open')
          throw err('conflict', 'CONGRESS_VOTING_CLOSED', '表决已结束', 'Voting has closed');
        const on = dayOf(actor, effectiveOn, { zh: '表决', en: 'vote' }, [
          { day: session.heldOn, name: { zh: '会议日期', en: 'session day' } },
        ]);
        const delegates = await countSeatsOn(sql, session.termId, session.heldOn);
        const present = (await attendanceOf(sql, session.id)).length;
        const t = await tally(sql, motionId);
        const result: 'passed' | 'failed' | 'no_quorum' = !hasQuorum(present, delegates)
          ? 'no_quorum'
          : t.yes >= majorityOf(delegates)
            ? 'passed'
            : 'failed';
        await closeMotion(sql, motionId, { closedOn: on, delegates, present, ...t, result });
        await addCounts(sql, [
          { subject: 'congresses.motions', orgId: congress.orgId, on, dim: result, n: 1 },
        ]);
        await recordAudit(sql, actor, {
          action: 'congress.motion.close',
          entity: 'congress',
          entityId: congress.id,
          orgId: congress.orgId,
          after: { motionId, delegates, present, ...t, result },
        });
        return withResultText({ result, delegates, present, ...t });
      });
    },

    async publishDisclosure(
      actor: Actor,
      input: {
        orgId: number;
        category: DisclosureCategory;
        title: string;
        body: string;
        effectiveOn?: string;
      },
    ) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'congresses.manage', { orgPath: org.path });
        const on = dayOf(actor, input.effectiveOn, { zh: '公开', en: 'publication' });
        const id = await insertDisclosure(sql, {
          orgId: org.id,
          category: input.category,
          title: input.title.trim(),
          body: input.body.trim(),
          publishedOn: on,
          createdBy: actor.userId || null,
        });
        await addCounts(sql, [
          { subject: 'congresses.disclosures', orgId: org.id, on, dim: input.category, n: 1 },
        ]);
        await recordAudit(sql, actor, {
          action: 'congress.disclosure.publish',
          entity: 'congress_disclosure',
          entityId: id,
          orgId: org.id,
          after: { title: input.title, category: input.category },
        });
        return { id };
      });
    },

    async listDisclosures(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, orgId, 'congresses.read');
        return listDisclosures(sql, path);
      });
    },

    /** A member reads a disclosure of their enterprise (or a union above): counted once per member. */
    async readDisclosure(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const me = await memberOf(sql, actor);
        const d = await findDisclosure(sql, id);
        if (!d || !me?.orgPath?.startsWith(d.orgPath)) throw notFound(DISCLOSURE);
        const first = await markRead(sql, { disclosureId: id, personId: me.id, orgId: me.orgId as number });
        return { ...d, reads: d.reads + (first ? 1 : 0), read: true };
      });
    },
  };
}
