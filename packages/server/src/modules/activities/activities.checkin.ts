import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { chinaDayOf, effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { cardHolder } from '../card/index.ts';
import { findPersonById } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { ACTIVITY, type ActivitiesContext, err, inScope, memberInScope } from './activities.context.ts';
import { attend, findActivity, findSignup, sessionByCode } from './activities.repository.ts';

/** Checking in: by the door code, by staff at the door, or by scanning the member card; walk-ins count too. */
export function createCheckIns({ db, clock }: ActivitiesContext) {
  return {
    /** A worker checks in with the code shown at the door (within two hours of the session); walk-ins count too. */
    async checkInSelf(actor: Actor, code: string) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const now = clock();
        const session = await sessionByCode(sql, code.trim(), now);
        if (!session)
          throw err(
            'invalid',
            'ACTIVITY_CODE_UNKNOWN',
            '签到码不正确，或不在签到时间内',
            'The code is wrong, or it is not time to check in',
            'code',
          );
        return checkIn(sql, actor, session.activityId, session.id, actor.personId as number, now);
      });
    },

    /**
     * Staff check a member in at the door (a walk-in when not signed up), or record that they attended a past
     * session on `attendedOn` (ADR 40): within the session's days, not in the future, a past day only with
     * `history.backdate`. The attendance counts on the session's day either way.
     */
    async checkInMember(actor: Actor, id: number, sessionId: number, personId: number, attendedOn?: string) {
      return db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.manage');
        const session = a.sessions.find((s) => s.id === sessionId);
        if (!session) throw notFound({ zh: '场次', en: 'Session' });
        await memberInScope(sql, actor, personId);
        const at = attendedOn === undefined ? clock() : attendanceDay(actor, session, attendedOn).at;
        return checkIn(sql, actor, a.id, sessionId, personId, at, attendedOn);
      });
    },

    /**
     * Staff at the door scan a worker's member card (its signed code): the holder, a member of the staff's subtree,
     * is checked in like a name picked from the roster; the answer names them so the door can greet them.
     */
    async checkInByCard(actor: Actor, id: number, sessionId: number, token: string) {
      const personId = await cardHolder(db, token, clock());
      return db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.manage');
        if (!a.sessions.some((s) => s.id === sessionId)) throw notFound({ zh: '场次', en: 'Session' });
        const person = await memberInScope(sql, actor, personId);
        return { ...(await checkIn(sql, actor, a.id, sessionId, personId, clock())), name: person.name };
      });
    },
  };

  /** The day a member attended a session, by ADR 40's rules and within the session's own days. */
  function attendanceDay(actor: Actor, session: { startsAt: string; endsAt: string }, attendedOn: string) {
    const first = chinaDayOf(session.startsAt);
    const last = chinaDayOf(session.endsAt);
    const on = effectiveDay(
      actor,
      attendedOn,
      { zh: '参加', en: 'attendance' },
      [{ day: first, name: { zh: '场次开始日期', en: 'first day of the session' } }],
      { field: 'attendedOn', now: clock() },
    );
    if (on.day > last)
      throw err(
        'invalid',
        'ACTIVITY_ATTENDED_AFTER_SESSION',
        `参加日期 ${on.day} 晚于场次结束日期 ${last}`,
        `The attendance date ${on.day} is after the session ended (${last})`,
        'attendedOn',
      );
    return on;
  }

  async function checkIn(
    sql: Sql,
    actor: Actor,
    activityId: number,
    sessionId: number,
    personId: number,
    at: Date,
    attendedOn?: string,
  ) {
    const a = await findActivity(sql, activityId);
    if (!a) throw notFound(ACTIVITY);
    const person = await findPersonById(sql, personId);
    if (!person?.orgId || !person.orgPath) throw notFound({ zh: '会员', en: 'Member' });
    const signup = await findSignup(sql, activityId, personId);
    const walkIn = signup?.status !== 'confirmed';
    const added = await attend(sql, { sessionId, personId, orgId: person.orgId, walkIn, at });
    if (added) {
      const session = a.sessions.find((s) => s.id === sessionId);
      await addCounts(sql, [
        {
          subject: 'activities.attendance',
          orgId: person.orgId,
          on: todayInChina(new Date(session?.startsAt ?? at)),
          dim: a.kind,
          n: 1,
        },
      ]);
      await recordAudit(sql, actor, {
        action: 'activity.checkin',
        entity: 'activity',
        entityId: a.id,
        orgId: person.orgId,
        after: { personId, walkIn, ...(attendedOn ? { effectiveOn: attendedOn } : {}) },
      });
    }
    return { title: a.title, walkIn, already: !added };
  }
}
