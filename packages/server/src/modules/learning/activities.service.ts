import { type Actor, requireAccess, subtreeCondition } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { recordAudit } from '../audit/index.ts';
import { countAttendance } from './learning.counts.ts';
import { isUniqueViolation } from './learning.db.ts';
import { ACTIVITY, invalidField, learningError, missing } from './learning.errors.ts';
import { getOrgToWrite, getWorkerUnion } from './learning.lookup.ts';
import type { ActivityRow, CreateActivityInput, MyActivityRow, SignupRow } from './learning.schemas.ts';

const ACTIVITY_COLUMNS = `a.id, a.org_id as "orgId", o.name as "orgName", a.title, a.kind, a.carrier, a.venue,
  a.held_on as "heldOn", a.minutes, a.capacity, a.signed_up as "signedUp",
  (select count(*) from learning_signups g where g.activity_id = a.id and g.attended)::int as attended`;
const FROM = 'learning_activities a join orgs o on o.id = a.org_id';

export async function insertActivity(sql: Sql, input: CreateActivityInput, userId: number | null) {
  const { rows } = await sql.query<{ id: number }>(
    `insert into learning_activities (org_id, title, kind, carrier, venue, held_on, minutes, capacity, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      input.orgId,
      input.title.trim(),
      input.kind,
      input.carrier,
      input.venue.trim(),
      input.heldOn,
      input.minutes,
      input.capacity,
      userId,
    ],
  );
  return rows[0].id;
}

/** Signs a person up; the seat is taken by one conditional update, so the capacity is never exceeded. */
export async function signUp(sql: Sql, activityId: number, person: { personId: number; orgId: number }) {
  const { rows } = await sql.query(
    'update learning_activities set signed_up = signed_up + 1 where id = $1 and signed_up < capacity returning id',
    [activityId],
  );
  if (!rows[0])
    throw learningError(
      'LEARNING_ACTIVITY_FULL',
      { zh: '活动名额已满', en: 'The activity is full' },
      { activityId },
    );
  try {
    await sql.query('insert into learning_signups (activity_id, person_id, org_id) values ($1, $2, $3)', [
      activityId,
      person.personId,
      person.orgId,
    ]);
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
  const { rows } = await sql.query<{ orgId: number; on: string; minutes: number }>(
    `update learning_signups g set attended = true from learning_activities a
     where g.activity_id = $1 and a.id = g.activity_id and g.person_id = any($2::bigint[]) and not g.attended
     returning g.org_id as "orgId", a.held_on as on, a.minutes`,
    [activityId, personIds],
  );
  await countAttendance(
    sql,
    rows.map((r) => ({ ...r, activityId })),
  );
  return rows.length;
}

export function createActivitiesService(db: Db) {
  async function getActivity(
    sql: Sql,
    actor: Actor,
    id: number,
    permission: 'learning.read' | 'learning.write',
  ) {
    const { rows } = await sql.query<{ id: number; orgId: number; path: string; heldOn: string }>(
      `select a.id, a.org_id as "orgId", o.path, a.held_on as "heldOn" from ${FROM} where a.id = $1`,
      [id],
    );
    if (!rows[0]) throw missing(ACTIVITY, id);
    requireAccess(actor, permission, { orgPath: rows[0].path });
    return rows[0];
  }
  const findActivity = async (sql: Sql, id: number) =>
    (await sql.query<ActivityRow>(`select ${ACTIVITY_COLUMNS} from ${FROM} where a.id = $1`, [id])).rows[0];

  return {
    async listActivities(actor: Actor) {
      requireAccess(actor, 'learning.read');
      const params: unknown[] = [];
      const { rows } = await db.query<ActivityRow>(
        `select ${ACTIVITY_COLUMNS} from ${FROM} where ${subtreeCondition(actor, 'o.path', params)}
         order by a.held_on desc, a.id desc limit 500`,
        params,
      );
      return rows;
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
      const { rows } = await db.query<SignupRow>(
        `select g.person_id as "personId", p.name, o.name as "orgName", g.attended
         from learning_signups g join persons p on p.id = g.person_id join orgs o on o.id = g.org_id
         where g.activity_id = $1 order by g.created_at, g.person_id`,
        [id],
      );
      return rows;
    },

    async recordAttendance(actor: Actor, id: number, personIds: number[]) {
      return db.tx(async (sql) => {
        const activity = await getActivity(sql, actor, id, 'learning.write');
        if (activity.heldOn > todayInChina())
          throw invalidField('personIds', {
            zh: `活动在 ${activity.heldOn} 举行，尚不能登记出席`,
            en: `The activity is held on ${activity.heldOn}; attendance cannot be recorded yet`,
          });
        const { rows: signed } = await sql.query<{ personId: number }>(
          'select person_id as "personId" from learning_signups where activity_id = $1 and person_id = any($2::bigint[])',
          [id, personIds],
        );
        const known = new Set(signed.map((s) => Number(s.personId)));
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

    /** Upcoming and recent activities of the unions at and above the worker's, with their own sign-up. */
    async myActivities(actor: Actor) {
      const me = await getWorkerUnion(db, actor);
      const { rows } = await db.query<MyActivityRow>(
        `select ${ACTIVITY_COLUMNS}, (g.person_id is not null) as "signedUpByMe", coalesce(g.attended, false) as "attendedByMe"
         from ${FROM} left join learning_signups g on g.activity_id = a.id and g.person_id = $2
         where starts_with($1::text, o.path) and a.held_on >= $3::date - 60
         order by a.held_on, a.id limit 200`,
        [me.path, me.personId, todayInChina()],
      );
      return rows;
    },

    async signUpMe(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const me = await getWorkerUnion(sql, actor);
        const { rows } = await sql.query<{ path: string; heldOn: string }>(
          `select o.path, a.held_on as "heldOn" from ${FROM} where a.id = $1`,
          [id],
        );
        if (!rows[0] || !me.path.startsWith(rows[0].path)) throw missing(ACTIVITY, id);
        if (rows[0].heldOn < todayInChina())
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
