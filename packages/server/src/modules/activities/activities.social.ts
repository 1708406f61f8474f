import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addCounts } from '../reporting/index.ts';
import { ACTIVITY, type ActivitiesContext, err } from './activities.context.ts';
import { findActivity, findSignup } from './activities.repository.ts';
import {
  hasInterest,
  lockPair,
  markInterest,
  participantsFor,
  signupById,
  unmarkInterest,
} from './activities.social.repository.ts';

/** A 联谊's interest marks: who the worker may see among the participants, and 牵手 when two marks meet. */
export function createSocial({ db, today }: ActivitiesContext) {
  return {
    /**
     * The other participants of a 联谊 the worker has a place in, as the worker may see them: a first name and the
     * union, never a phone or an ID number; the full name only of someone whose interest is mutual. Whether someone
     * marked the worker is never shown unless the worker marked them too.
     */
    async participants(actor: Actor, id: number) {
      // Someone without a membership (an administrator) takes part in nothing: not found, like any other.
      if (!actor.personId) throw notFound(ACTIVITY);
      return db.tx(async (sql) => {
        const a = await socialOfMine(sql, id, actor.personId as number);
        const { items: rows, total } = await participantsFor(sql, a.id, actor.personId as number);
        await recordAudit(sql, actor, {
          action: 'activity.participants.read',
          entity: 'activity',
          entityId: a.id,
          orgId: a.orgId,
        });
        const items = rows.map((r) => {
          const mutual = r.marked && r.markedMe;
          return {
            signupId: r.signupId,
            name: firstName(r.name),
            orgName: r.orgName,
            marked: r.marked,
            mutual,
            fullName: mutual ? r.name : null,
          };
        });
        return { items, total };
      });
    },

    /** The worker marks (or withdraws) interest in another participant; a mutual mark is a 牵手, counted once. */
    async setInterest(actor: Actor, id: number, signupId: number, interested: boolean) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const me = actor.personId as number;
        const a = await socialOfMine(sql, id, me);
        const mine = await findSignup(sql, a.id, me);
        const other = await signupById(sql, signupId);
        if (
          !mine ||
          !other ||
          other.activityId !== a.id ||
          other.status !== 'confirmed' ||
          other.personId === me
        )
          throw notFound({ zh: '参与者', en: 'Participant' });
        await lockPair(sql, mine.id, other.id);
        const theirs = await hasInterest(sql, a.id, other.personId, me);
        if (!interested) {
          if (theirs && (await hasInterest(sql, a.id, me, other.personId)))
            throw err(
              'conflict',
              'ACTIVITY_INTEREST_MUTUAL',
              '双方已互有好感，不能撤回',
              'The interest is mutual and cannot be withdrawn',
            );
          await unmarkInterest(sql, a.id, me, other.personId);
          return { mutual: false };
        }
        const added = await markInterest(sql, a.id, me, other.personId);
        if (added && theirs) {
          await addCounts(sql, [
            { subject: 'activities.pairs', orgId: a.orgId, on: today(), dim: a.kind, n: 1 },
          ]);
          await recordAudit(sql, actor, {
            action: 'activity.pair',
            entity: 'activity',
            entityId: a.id,
            orgId: a.orgId,
          });
        }
        return { mutual: theirs };
      });
    },
  };

  /** A 联谊 in which the worker holds a place (only participants take part in the marks). */
  async function socialOfMine(sql: Sql, id: number, personId: number) {
    const a = await findActivity(sql, id);
    if (!a) throw notFound(ACTIVITY);
    const s = await findSignup(sql, a.id, personId);
    if (s?.status !== 'confirmed')
      throw err('conflict', 'ACTIVITY_NOT_SIGNED_UP', '您没有报名此活动', 'You have not signed up');
    if (a.kind !== 'social')
      throw err(
        'conflict',
        'ACTIVITY_NOT_SOCIAL',
        '只有联谊活动可以互选',
        'Only a social mixer has interest marks',
      );
    return a;
  }
}

/** What one participant shows another: the given name (a Chinese name without its one-character surname). */
export function firstName(name: string) {
  const n = name.trim();
  return /^[\u4e00-\u9fff]{2,4}$/.test(n) ? n.slice(1) : (n.split(/\s+/)[0] ?? n);
}
