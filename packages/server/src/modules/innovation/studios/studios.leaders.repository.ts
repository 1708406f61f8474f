import { subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';

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
  const where = [`s.status = 'active'`, subtreeCondition({ path }, 'o.path', params)];
  if (q) {
    params.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`s.name like $${params.length}`);
  }
  const { rows } = await sql.query<{ id: number; name: string; level: string; orgName: string }>(
    `select s.id, s.name, s.level, o.name as "orgName" from innovation_studios s join orgs o on o.id = s.org_id
      where ${where.join(' and ')} order by s.name limit $1`,
    params,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/**
 * The active studios of city level and above in a subtree, and how many of them a model worker leads: one whose
 * leader is among `leaderPersonIds` or which is among `studioIds` (a register's link); `led` counts studios of any
 * level so led.
 */
export async function countStudiosLed(
  sql: Sql,
  path: string,
  leaderPersonIds: number[],
  studioIds: number[],
): Promise<{ cityTotal: number; cityLed: number; led: number }> {
  const params: unknown[] = [leaderPersonIds, studioIds];
  const { rows } = await sql.query<{ cityTotal: number; cityLed: number; led: number }>(
    `select count(*) filter (where s.level in ('city', 'city_demonstration', 'national'))::int as "cityTotal",
            count(*) filter (where s.level in ('city', 'city_demonstration', 'national') and led)::int as "cityLed",
            count(*) filter (where led)::int as led
       from (select s.level,
                    (s.leader_person_id = any($1::bigint[]) or s.id = any($2::bigint[])) as led
               from innovation_studios s join orgs o on o.id = s.org_id
              where s.status = 'active' and ${subtreeCondition({ path }, 'o.path', params)}) s`,
    params,
  );
  return rows[0];
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
