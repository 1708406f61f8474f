import type { Actor } from '../../access/access.ts';
import { recordAudit } from '../audit/index.ts';
import { findPersonNames } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { err } from './congresses.errors.ts';
import { listSessionProposals } from './congresses.proposals.repository.ts';
import { quorumState, withResultText } from './congresses.quorum.ts';
import {
  attendanceOf,
  countSeatsOn,
  findTerm,
  insertSession,
  listDelegates,
  setAttendance,
} from './congresses.repository.ts';
import { listMotions } from './congresses.votes.repository.ts';

/**
 * What a session counts (ADR 64): one session in 'congresses.sessions', in its congress's union, on the day it is
 * held — whether a clerk adds it on the congress's page or brings it in with the register (congresses.import.ts).
 */
export const sessionHeld = (orgId: number, heldOn: string) => ({
  subject: 'congresses.sessions',
  orgId,
  on: heldOn,
  n: 1,
});

/**
 * Sessions (次) of a term: the day each is held and its window for proposals, who attended against the quorum
 * (two thirds of all delegates seated on the day, congresses.quorum.ts), its proposals and the votes put to it.
 */
export function createSessionUseCases(ctx: CongressContext) {
  const { db, termIn, sessionIn } = ctx;

  return {
    /** A session of a term: its number, the day it is held and the window for proposals; counted on its day. */
    async addSession(
      actor: Actor,
      termId: number,
      s: { number: number; title: string; heldOn: string; proposalsFrom: string; proposalsUntil: string },
    ) {
      return db.tx(async (sql) => {
        const { term, congress } = await termIn(sql, actor, termId, 'congresses.manage');
        if (s.proposalsUntil < s.proposalsFrom)
          throw err(
            'invalid',
            'CONGRESS_WINDOW',
            '提案征集截止日不能早于开始日',
            'The proposal window cannot end before it starts',
            'proposalsUntil',
          );
        if (s.heldOn < term.startsOn || s.heldOn > term.endsOn)
          throw err(
            'invalid',
            'CONGRESS_SESSION_OUTSIDE_TERM',
            `会议日期须在届期（${term.startsOn}至${term.endsOn}）内`,
            `The session must be held within the term (${term.startsOn} to ${term.endsOn})`,
            'heldOn',
          );
        const id = await insertSession(sql, { termId, ...s, title: s.title.trim() });
        if (!id)
          throw err(
            'conflict',
            'CONGRESS_SESSION_EXISTS',
            `第${s.number}次会议已存在`,
            `Session ${s.number} already exists`,
            'number',
          );
        await addCounts(sql, [sessionHeld(congress.orgId, s.heldOn)]);
        await recordAudit(sql, actor, {
          action: 'congress.session.create',
          entity: 'congress',
          entityId: congress.id,
          orgId: congress.orgId,
          after: { sessionId: id, ...s },
        });
        return { id };
      });
    },

    /** A session with its attendance, proposals and motions. */
    async getSession(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const { session, congress } = await sessionIn(sql, actor, id, 'congresses.read');
        const term = await findTerm(sql, session.termId);
        const delegates = await countSeatsOn(sql, session.termId, session.heldOn);
        const proposals = await listSessionProposals(sql, id);
        const names = await findPersonNames(
          sql,
          proposals.map((p) => p.personId),
        );
        return {
          ...session,
          congressName: congress.name,
          orgName: congress.orgName,
          termStartsOn: term?.startsOn ?? session.heldOn,
          ...quorumState(session.present, delegates),
          attendance: await attendanceOf(sql, id),
          proposals: proposals.map((p) => ({ ...p, proposerName: names.get(p.personId) ?? '' })),
          motions: (await listMotions(sql, [id])).map((m) => withResultText(m)),
        };
      });
    },

    /** Who attended the session: the seated delegates of its term listed present (the whole list replaced). */
    async setAttendance(actor: Actor, id: number, delegateIds: number[]) {
      return db.tx(async (sql) => {
        const { session, congress } = await sessionIn(sql, actor, id, 'congresses.manage');
        const seated = new Map(
          (await listDelegates(sql, session.termId))
            .filter(
              (d) => d.electedOn <= session.heldOn && (d.endedOn === null || d.endedOn > session.heldOn),
            )
            .map((d) => [d.id, d]),
        );
        const unknown = delegateIds.filter((d) => !seated.has(d));
        if (unknown.length)
          throw err(
            'invalid',
            'CONGRESS_NOT_SEATED',
            '名单中有人不是会议当日在任的代表',
            'Someone listed did not hold a seat on the day of the session',
            'delegateIds',
            { delegateIds: unknown },
          );
        const present = [...new Set(delegateIds)].map(
          (d) => seated.get(d) as NonNullable<ReturnType<typeof seated.get>>,
        );
        await setAttendance(sql, id, present);
        await recordAudit(sql, actor, {
          action: 'congress.attendance',
          entity: 'congress',
          entityId: congress.id,
          orgId: congress.orgId,
          after: { sessionId: id, present: present.length },
        });
        const q = quorumState(present.length, seated.size);
        return { present: q.present, delegates: q.delegates, quorum: q.quorumMet };
      });
    },
  };
}
