import { subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { conditions } from '../../../db/select.ts';

/** A studio as another module links to it (the model workers register): name, level, union, leader. */
export interface StudioRef {
  id: number;
  name: string;
  level: string;
  status: string;
  orgId: number;
  orgPath: string;
  orgName: string;
  leaderPersonId: number | null;
}

/** Studios by id, for the registers that link to them. */
export async function findStudiosByIds(sql: Sql, ids: number[]): Promise<Map<number, StudioRef>> {
  if (!ids.length) return new Map();
  const { rows } = await sql.query<StudioRef>(
    `select s.id, s.name, s.level, s.status, s.org_id as "orgId", o.path as "orgPath", o.name as "orgName",
            s.leader_person_id as "leaderPersonId"
       from innovation_studios s join orgs o on o.id = s.org_id where s.id = any($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), { ...r, id: Number(r.id) }]));
}

/** Active studios of a subtree, for picking the one a model worker leads (by name, at most `limit`). */
export async function listStudioChoices(sql: Sql, path: string, q: string | undefined, limit = 50) {
  const params: unknown[] = [limit];
  const { where, add } = conditions(
    params,
    `s.status = 'active'`,
    subtreeCondition({ path }, 'o.path', params),
  );
  if (q) add('s.name like ?', `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const { rows } = await sql.query<{ id: number; name: string; level: string; orgName: string }>(
    `select s.id, s.name, s.level, o.name as "orgName" from innovation_studios s join orgs o on o.id = s.org_id
      where ${where.join(' and ')} order by s.name limit $1`,
    params,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** A studio as it stood on a day: the level it held and who led it that day (from the dated histories). */
export interface StudioOnDay {
  id: number;
  level: string;
  leaderPersonId: number | null;
}

/**
 * The studios of a subtree that held a level on `day` (a level row from on or before the day, not ended by it: a
 * studio revoked or not yet founded that day is left out), each with that level and its leader that day. The one
 * reading of "a studio as it stood on a day" for statistics that must not change afterwards (issue 41).
 */
export async function listStudiosOnDay(sql: Sql, path: string, day: string): Promise<StudioOnDay[]> {
  const params: unknown[] = [day];
  const { rows } = await sql.query<StudioOnDay>(
    `select s.id, l.level,
            (select sl.person_id from innovation_studio_leaders sl
              where sl.studio_id = s.id and sl.from_on <= $1::date and (sl.to_on is null or sl.to_on > $1::date)
              order by sl.from_on desc, sl.id desc limit 1) as "leaderPersonId"
       from innovation_studios s join orgs o on o.id = s.org_id
       join innovation_studio_levels l
         on l.studio_id = s.id and l.from_on <= $1::date and (l.to_on is null or l.to_on > $1::date)
      where ${subtreeCondition({ path }, 'o.path', params)}`,
    params,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    level: r.level,
    leaderPersonId: r.leaderPersonId === null ? null : Number(r.leaderPersonId),
  }));
}

/** A studio's leader changes on `on`: the sitting leader's row ends that day and the new one's begins. */
export async function changeStudioLeader(sql: Sql, studioId: number, personId: number | null, on: string) {
  await sql.query(
    `update innovation_studio_leaders set to_on = greatest(from_on, $2::date)
      where studio_id = $1 and to_on is null`,
    [studioId, on],
  );
  if (personId !== null)
    await sql.query(
      'insert into innovation_studio_leaders (studio_id, person_id, from_on) values ($1, $2, $3)',
      [studioId, personId, on],
    );
}

/** The active studio each of these people leads (the highest level, then the oldest): person id → studio id. */
export async function studiosLedByPersons(sql: Sql, personIds: number[]): Promise<Map<number, number>> {
  if (!personIds.length) return new Map();
  const { rows } = await sql.query<{ personId: number; id: number }>(
    `select distinct on (s.leader_person_id) s.leader_person_id as "personId", s.id
       from innovation_studios s where s.status = 'active' and s.leader_person_id = any($1::bigint[])
      order by s.leader_person_id,
               array_position(array['national', 'city_demonstration', 'city', 'district', 'grassroots'], s.level), s.id`,
    [personIds],
  );
  return new Map(rows.map((r) => [Number(r.personId), Number(r.id)]));
}
