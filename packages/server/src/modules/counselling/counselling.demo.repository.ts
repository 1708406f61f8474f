import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/** SQL the counselling demo needs beyond counselling.repository.ts. */

/** Every volunteer counsellor with the union, the day they joined and the hours of their training. */
export async function listVolunteerTrainingHours(sql: Sql) {
  const { rows } = await sql.query<{ orgId: number; joinedOn: string; hours: number }>(
    `select c.org_id as "orgId", c.joined_on::text as "joinedOn", t.hours
       from counselling_counsellors c join counselling_trainings t on t.counsellor_id = c.id
      where c.kind = 'volunteer'`,
  );
  return rows;
}

/** The id of the counsellor's slot starting at the moment, if there is one. */
export async function findSlotIdAt(
  sql: Sql,
  counsellorId: number,
  startsAt: Date,
): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    'select id from counselling_slots where counsellor_id = $1 and starts_at = $2',
    [counsellorId, startsAt],
  );
  return rows[0]?.id;
}

// ---------------------------------------------------------------- demo

/** Active members of a subtree with their union (the demo's bookings and assessments; read-only). */
export async function membersIn(sql: Sql, path: string, limit: number) {
  const { rows } = await sql.query<{ personId: number; orgId: number }>(
    `select m.person_id as "personId", m.org_id as "orgId" from memberships m join orgs o on o.id = m.org_id
      where o.path like $1 and m.status = 'active' order by m.person_id limit $2`,
    [subtreePattern(path), limit],
  );
  return rows.map((r) => ({ personId: Number(r.personId), orgId: Number(r.orgId) }));
}
