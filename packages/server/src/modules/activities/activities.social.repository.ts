import type { Sql } from '../../db/db.ts';
import { insertOnce } from '../../db/insert.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import type { SignupRow } from './activities.repository.ts';

/** SQL for a 联谊's interest marks (activity_interests) and the sign-ups they are made between. */

/** A sign-up by its id (the handle participants of a 联谊 know each other by). */
export async function signupById(sql: Sql, id: number) {
  const { rows } = await sql.query<{
    id: number;
    activityId: number;
    personId: number;
    status: SignupRow['status'];
  }>(
    `select id, activity_id as "activityId", person_id as "personId", status from activity_signups where id = $1`,
    [id],
  );
  return rows[0];
}

/** Locks two sign-ups in id order, so that two people marking each other at once see each other's mark. */
export async function lockPair(sql: Sql, a: number, b: number) {
  await sql.query(`select id from activity_signups where id = any($1::bigint[]) order by id for update`, [
    [a, b],
  ]);
}

/** The most participants a 联谊's list shows; it says how many there are in all. */
export const PARTICIPANTS_CAP = 1000;

/**
 * The other confirmed participants of an activity as `personId` sees them: the sign-up's handle, name, union, whether
 * `personId` marked them and whether they marked `personId` (the service reveals the latter only when mutual).
 */
export async function participantsFor(sql: Sql, activityId: number, personId: number) {
  const { rows } = await sql.query<{
    signupId: number;
    name: string;
    orgName: string;
    marked: boolean;
    markedMe: boolean;
    countAll: number;
  }>(
    `select s.id as "signupId", p.name, o.name as "orgName", ${COUNT_ALL},
            exists (select 1 from activity_interests i
                     where i.activity_id = s.activity_id and i.from_person = $2 and i.to_person = s.person_id) as marked,
            exists (select 1 from activity_interests i
                     where i.activity_id = s.activity_id and i.from_person = s.person_id and i.to_person = $2) as "markedMe"
       from activity_signups s join persons p on p.id = s.person_id join orgs o on o.id = s.org_id
      where s.activity_id = $1 and s.status = 'confirmed' and s.person_id <> $2
      order by s.id limit ${PARTICIPANTS_CAP}`,
    [activityId, personId],
  );
  return capped(rows);
}

export async function hasInterest(sql: Sql, activityId: number, from: number, to: number) {
  const { rows } = await sql.query(
    `select 1 from activity_interests where activity_id = $1 and from_person = $2 and to_person = $3`,
    [activityId, from, to],
  );
  return rows.length === 1;
}

/** Marks interest; true when the mark is new. */
export const markInterest = (sql: Sql, activityId: number, from: number, to: number) =>
  insertOnce(sql, 'activity_interests', 'activity_id, from_person, to_person', {
    activityId,
    fromPerson: from,
    toPerson: to,
  });

export async function unmarkInterest(sql: Sql, activityId: number, from: number, to: number) {
  await sql.query(
    `delete from activity_interests where activity_id = $1 and from_person = $2 and to_person = $3`,
    [activityId, from, to],
  );
}

/** Mutual pairs (牵手) of an activity: a count, never who. */
export async function countPairs(sql: Sql, activityId: number) {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from activity_interests i
      where i.activity_id = $1 and i.from_person < i.to_person
        and exists (select 1 from activity_interests r
                     where r.activity_id = i.activity_id and r.from_person = i.to_person and r.to_person = i.from_person)`,
    [activityId],
  );
  return rows[0].n;
}
