import { type Actor, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { ACTIVITIES_CAP } from './learning.caps.ts';
import type { ActivityRow, CreateActivityInput, MyActivityRow, SignupRow } from './learning.schemas.ts';

const ACTIVITY_COLUMNS = `a.id, a.org_id as "orgId", o.name as "orgName", a.title, a.kind, a.carrier, a.venue,
  a.held_on as "heldOn", a.minutes, a.capacity, a.signed_up as "signedUp",
  (select count(*) from learning_signups g where g.activity_id = a.id and g.attended)::int as attended`;
const FROM = 'learning_activities a join orgs o on o.id = a.org_id';

/** Inserts an activity; its id. */
export async function insertActivity(sql: Sql, input: CreateActivityInput, userId: number | null) {
  return insertRow(
    sql,
    'learning_activities',
    'org_id, title, kind, carrier, venue, held_on, minutes, capacity, created_by',
    { ...input, title: input.title.trim(), venue: input.venue.trim(), createdBy: userId },
  );
}

/** Takes a place of the activity unless it is full (one conditional update); whether one was taken. */
export async function takeActivityPlace(sql: Sql, activityId: number): Promise<boolean> {
  const { rows } = await sql.query(
    'update learning_activities set signed_up = signed_up + 1 where id = $1 and signed_up < capacity returning id',
    [activityId],
  );
  return rows.length > 0;
}

/** Inserts a sign-up (a second one raises the database's unique violation). */
export async function insertSignup(
  sql: Sql,
  activityId: number,
  person: { personId: number; orgId: number },
): Promise<void> {
  await sql.query('insert into learning_signups (activity_id, person_id, org_id) values ($1, $2, $3)', [
    activityId,
    person.personId,
    person.orgId,
  ]);
}

/** Marks these persons' sign-ups attended, each once; the ones marked now, with the activity's day and minutes. */
export async function markSignupsAttended(
  sql: Sql,
  activityId: number,
  personIds: number[],
): Promise<{ orgId: number; on: string; minutes: number }[]> {
  const { rows } = await sql.query<{ orgId: number; on: string; minutes: number }>(
    `update learning_signups g set attended = true from learning_activities a
     where g.activity_id = $1 and a.id = g.activity_id and g.person_id = any($2::bigint[]) and not g.attended
     returning g.org_id as "orgId", a.held_on as on, a.minutes`,
    [activityId, personIds],
  );
  return rows;
}

/** The activity's union (id and path) and day. */
export async function findActivityHead(
  sql: Sql,
  id: number,
): Promise<{ id: number; orgId: number; path: string; heldOn: string } | undefined> {
  const { rows } = await sql.query<{ id: number; orgId: number; path: string; heldOn: string }>(
    `select a.id, a.org_id as "orgId", o.path, a.held_on as "heldOn" from ${FROM} where a.id = $1`,
    [id],
  );
  return rows[0];
}

export async function findActivity(sql: Sql, id: number): Promise<ActivityRow> {
  return (await sql.query<ActivityRow>(`select ${ACTIVITY_COLUMNS} from ${FROM} where a.id = $1`, [id]))
    .rows[0];
}

/** The activities of the actor's subtree, latest first. */
export async function listActivityRows(sql: Sql, actor: Actor) {
  const params: unknown[] = [];
  const { rows } = await sql.query<ActivityRow & { countAll: number }>(
    `select ${ACTIVITY_COLUMNS}, ${COUNT_ALL} from ${FROM} where ${subtreeCondition(actor, 'o.path', params)}
     order by a.held_on desc, a.id desc limit ${ACTIVITIES_CAP.staff}`,
    params,
  );
  return capped(rows);
}

/**
 * The activity's sign-ups with each person's name and union, in the order they came.
 * Reads people's `persons` (to move behind people's index when table ownership is settled).
 */
export async function listSignupRows(sql: Sql, activityId: number): Promise<SignupRow[]> {
  const { rows } = await sql.query<SignupRow>(
    `select g.person_id as "personId", p.name, o.name as "orgName", g.attended
     from learning_signups g join persons p on p.id = g.person_id join orgs o on o.id = g.org_id
     where g.activity_id = $1 order by g.created_at, g.person_id`,
    [activityId],
  );
  return rows;
}

/** Which of these persons signed up for the activity. */
export async function listSignedUpPersonIds(
  sql: Sql,
  activityId: number,
  personIds: number[],
): Promise<number[]> {
  const { rows } = await sql.query<{ personId: number }>(
    'select person_id as "personId" from learning_signups where activity_id = $1 and person_id = any($2::bigint[])',
    [activityId, personIds],
  );
  return rows.map((r) => Number(r.personId));
}

/**
 * The activities of the unions at and above the union at `path` held on `today` or later or in the 60 days
 * before, with the person's own sign-up; in the order held.
 */
export async function listActivitiesForWorker(sql: Sql, path: string, personId: number, today: string) {
  const { rows } = await sql.query<MyActivityRow & { countAll: number }>(
    `select ${ACTIVITY_COLUMNS}, (g.person_id is not null) as "signedUpByMe", coalesce(g.attended, false) as "attendedByMe",
            ${COUNT_ALL}
     from ${FROM} left join learning_signups g on g.activity_id = a.id and g.person_id = $2
     where starts_with($1::text, o.path) and a.held_on >= $3::date - 60
     order by a.held_on, a.id limit ${ACTIVITIES_CAP.worker}`,
    [path, personId, today],
  );
  return capped(rows);
}

/** The activity's union path and day. */
export async function findActivityPlace(
  sql: Sql,
  id: number,
): Promise<{ path: string; heldOn: string } | undefined> {
  const { rows } = await sql.query<{ path: string; heldOn: string }>(
    `select o.path, a.held_on as "heldOn" from ${FROM} where a.id = $1`,
    [id],
  );
  return rows[0];
}
