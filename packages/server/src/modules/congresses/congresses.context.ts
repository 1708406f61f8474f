import { type Actor, requireAccess, requireRecordAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay, type NotBefore } from '../../shared/effective.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { notFound } from '../../shared/errors.ts';
import { findPersonById } from '../people/index.ts';
import { CONGRESS, err, SESSION } from './congresses.errors.ts';
import {
  type CongressRow,
  type DelegateRow,
  findCongress,
  findSeat,
  findSession,
  findTerm,
  type SessionRow,
  type TermRow,
} from './congresses.repository.ts';

export type CongressPermission = 'congresses.read' | 'congresses.manage';

/** What the congresses use cases share: the database, the clock, and the lookups that check scope. */
export function createCongressContext(db: Db, clock: () => Date) {
  const today = () => todayInChina(clock());
  const dayOf = (actor: Actor, on: string | null | undefined, what: Bilingual, notBefore: NotBefore[] = []) =>
    effectiveDay(actor, on, what, notBefore, { now: clock() }).day;

  async function congressIn(sql: Sql, actor: Actor, id: number, permission: CongressPermission) {
    return requireRecordAccess(actor, permission, await findCongress(sql, id), CONGRESS);
  }

  async function termIn(sql: Sql, actor: Actor, id: number, permission: CongressPermission) {
    const t = await findTerm(sql, id);
    if (!t) throw notFound({ zh: '届次', en: 'Term' });
    return { term: t, congress: await congressIn(sql, actor, t.congressId, permission) };
  }

  async function sessionIn(sql: Sql, actor: Actor, id: number, permission: CongressPermission) {
    const s = await findSession(sql, id);
    if (!s) throw notFound(SESSION);
    return { session: s, congress: await congressIn(sql, actor, s.congressId, permission) };
  }

  /** The worker's own membership: the union path they see congresses from. */
  async function memberOf(sql: Sql, actor: Actor) {
    requireAccess(actor, 'self.apply', { personId: actor.personId });
    const person = await findPersonById(sql, actor.personId as number);
    return person?.orgPath ? person : null;
  }

  /** The worker's seat as a delegate of a session's term; refused for anyone else. */
  async function seatIn(sql: Sql, actor: Actor, session: SessionRow): Promise<DelegateRow> {
    requireAccess(actor, 'self.apply', { personId: actor.personId });
    const seat = await findSeat(sql, session.termId, actor.personId as number);
    if (!seat)
      throw err(
        'forbidden',
        'CONGRESS_NOT_DELEGATE',
        '您不是本届职工代表',
        'You are not a delegate of this term',
      );
    return seat;
  }

  return { db, clock, today, dayOf, congressIn, termIn, sessionIn, memberOf, seatIn };
}

export type CongressContext = ReturnType<typeof createCongressContext>;
export type { CongressRow, TermRow };
