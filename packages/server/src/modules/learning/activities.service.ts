import { type Actor, requireAccess } from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { recordAudit } from '../audit/index.ts';
import {
  findActivity,
  findActivityHead,
  findActivityPlace,
  insertActivity,
  insertSignup,
  listActivitiesForWorker,
  listActivityRows,
  listSignedUpPersonIds,
  listSignupRows,
  markSignupsAttended,
  takeActivityPlace,
} from './activities.repository.ts';
import { countAttendance } from './learning.counts.ts';
import { ACTIVITY, invalidField, learningError, missing } from './learning.errors.ts';
import { getOrgToWrite, getWorkerUnion } from './learning.lookup.ts';
import type { CreateActivityInput } from './learning.schemas.ts';

/** Signs a person up; the seat is taken by one conditional update, so the capacity is never exceeded. */
export async function signUp(sql: Sql, activityId: number, person: { personId: number; orgId: number }) {
  if (!(await takeActivityPlace(sql, activityId)))
    throw learningError(
      'LEARNING_ACTIVITY_FULL',
      { zh: '活动名额已满', en: 'The activity is full' },
      { activityId },
    );
  try {
    await insertSignup(sql, activityId, person);
  } catch (e) {
    if (isUniqueViolation(e))
      throw learningError(
        'LEARNING_ALREADY_SIGNED_UP',
        { zh: '已报名该活动', en: 'Already signed up' },
        { activityId },
      );
    throw e;
  }
}

/** Marks sign-ups attended (each once) and counts their minutes towards learning hours. */
export async function markAttended(sql: Sql, activityId: number, personIds: number[]) {
  const rows = await markSignupsAttended(sql, activityId, personIds);
  await countAttendance(
    sql,
    rows.map((r) => ({ ...r, activityId })),
  );
  return rows.length;
}

export function createActivitiesService(db: Db, clock: Clock) {
  const today = () => todayInChina(clock());
  async function getActivity(
    sql: Sql,
    actor: Actor,
    id: number,
    permission: 'learning.read' | 'learning.write',
  ) {
    const activity = await findActivityHead(sql, id);
    if (!activity) throw missing(ACTIVITY, id);
    requireAccess(actor, permission, { orgPath: activity.path });
    return activity;
  }
  return {
    /** The activities of the actor's subtree, latest first: at most 500, and how many there are in all. */
    async listActivities(actor: Actor) {
      requireAccess(actor, 'learning.read');
      return listActivityRows(db, actor);
    },

    async createActivity(actor: Actor, input: CreateActivityInput) {
      return db.tx(async (sql) => {
        await getOrgToWrite(sql, actor, input.orgId);
        const id = await insertActivity(sql, input, actor.userId || null);
        const after = await findActivity(sql, id);
        await recordAudit(sql, actor, {
          action: 'learning.activity.create',
          entity: 'learning_activity',
          entityId: id,
          orgId: input.orgId,
          after,
        });
        return after;
      });
    },

    async listSignups(actor: Actor, id: number) {
      await getActivity(db, actor, id, 'learning.read');
      return listSignupRows(db, id);
    },

    async recordAttendance(actor: Actor, id: number, personIds: number[]) {
      return db.tx(async (sql) => {
        const activity = await getActivity(sql, actor, id, 'learning.write');
        if (activity.heldOn > today())
          throw invalidField('personIds', {
            zh: `活动在 ${activity.heldOn} 举行，尚不能登记出席`,
            en: `The activity is held on ${activity.heldOn}; attendance cannot be recorded yet`,
          });
        const known = new Set(await listSignedUpPersonIds(sql, id, personIds));
        const stranger = personIds.findIndex((p) => !known.has(p));
        if (stranger >= 0)
          throw invalidField(`personIds.${stranger}`, {
            zh: '只能为已报名的职工登记出席',
            en: 'Attendance is recorded only for workers who signed up',
          });
        const marked = await markAttended(sql, id, personIds);
        await recordAudit(sql, actor, {
          action: 'learning.attendance',
          entity: 'learning_activity',
          entityId: id,
          orgId: activity.orgId,
          after: { personIds, marked },
        });
        return findActivity(sql, id);
      });
    },

    /**
     * Upcoming and recent activities of the unions at and above the worker's, with their own sign-up: at most
     * 200, and how many there are in all.
     */
    async myActivities(actor: Actor) {
      const me = await getWorkerUnion(db, actor);
      return listActivitiesForWorker(db, me.path, me.personId, today());
    },

    async signUpMe(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const me = await getWorkerUnion(sql, actor);
        const place = await findActivityPlace(sql, id);
        if (!place || !me.path.startsWith(place.path)) throw missing(ACTIVITY, id);
        if (place.heldOn < today())
          throw learningError(
            'LEARNING_ACTIVITY_OVER',
            { zh: '活动已结束', en: 'The activity is over' },
            { activityId: id },
          );
        await signUp(sql, id, me);
        return { ...(await findActivity(sql, id)), signedUpByMe: true, attendedByMe: false };
      });
    },
  };
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;
