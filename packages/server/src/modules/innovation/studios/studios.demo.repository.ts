import { subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';

/** The SQL of the studios demo (studios.demo.ts). */

export interface Leader {
  id: number | null;
  name: string | null;
  orgId: number;
  modelWorkerLevel: string | null;
}

/** Members who may lead a studio (not model workers of city level or above), under or outside `path`. */
export async function ordinaryMembers(
  sql: Sql,
  path: string,
  inside: boolean,
  exclude: number[],
): Promise<Leader[]> {
  const params: unknown[] = [exclude];
  const cond = subtreeCondition({ path }, 'o.path', params);
  const { rows } = await sql.query<Leader>(
    `select p.id, p.name, m.org_id as "orgId", p.model_worker_level as "modelWorkerLevel"
       from persons p join memberships m on m.person_id = p.id and m.status = 'active' join orgs o on o.id = m.org_id
      where ${inside ? cond : `not (${cond})`} and not (p.id = any($1::bigint[]))
        and (p.model_worker_level is null or p.model_worker_level = 'district')
      order by p.id`,
    params,
  );
  return rows;
}

export async function leadersByIds(sql: Sql, ids: number[]): Promise<Leader[]> {
  const { rows } = await sql.query<Leader>(
    `select p.id, p.name, m.org_id as "orgId", p.model_worker_level as "modelWorkerLevel"
       from persons p join memberships m on m.person_id = p.id and m.status = 'active'
      where p.id = any($1::bigint[]) order by p.id`,
    [ids],
  );
  return rows;
}

export interface DemoStudio {
  orgId: number;
  name: string;
  field: string;
  industry: string;
  leaderPersonId: number | null;
  foundedOn: string;
  description: string;
  level: StudioLevel;
  levelSince: string;
  countedModelWorker: boolean;
}

/** Inserts studios, in order, with one open level each and their leader as a member; returns their ids. */
export async function insertDemoStudios(sql: Sql, studios: DemoStudio[]): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into innovation_studios (org_id, name, employer, field, industry, leader_person_id, founded_on,
       description, level, level_since, counted_model_worker)
     select t.org_id, t.name, null, t.field, t.industry, t.leader, t.founded, t.descr, t.level, t.since, t.mw
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::date[], $7::text[], $8::text[],
                   $9::date[], $10::bool[]) with ordinality
            as t(org_id, name, field, industry, leader, founded, descr, level, since, mw, n)
      order by t.n
     returning id`,
    [
      studios.map((s) => s.orgId),
      studios.map((s) => s.name),
      studios.map((s) => s.field),
      studios.map((s) => s.industry),
      studios.map((s) => s.leaderPersonId),
      studios.map((s) => s.foundedOn),
      studios.map((s) => s.description),
      studios.map((s) => s.level),
      studios.map((s) => s.levelSince),
      studios.map((s) => s.countedModelWorker),
    ],
  );
  const ids = rows.map((r) => Number(r.id));
  await sql.query(
    `insert into innovation_studio_levels (studio_id, level, from_on)
     select * from unnest($1::bigint[], $2::text[], $3::date[])`,
    [ids, studios.map((s) => s.level), studios.map((s) => s.levelSince)],
  );
  const withLeader = studios.flatMap((s, i) =>
    s.leaderPersonId ? [[ids[i], s.leaderPersonId] as const] : [],
  );
  await sql.query(
    `insert into innovation_studio_members (studio_id, person_id, role)
     select s, p, 'leader' from unnest($1::bigint[], $2::bigint[]) as t(s, p)`,
    [withLeader.map((x) => x[0]), withLeader.map((x) => x[1])],
  );
  return ids;
}

/** The grassroots unions and branches under `path`. */
export async function listGrassrootsUnder(sql: Sql, path: string): Promise<{ id: number }[]> {
  const { rows } = await sql.query<{ id: number }>(
    `select id from orgs where path like $1 and kind in ('grassroots', 'branch') order by id`,
    [`${path}%`],
  );
  return rows;
}

/** Of the studios given, those of district level, in id order. */
export async function listDistrictLevelStudios(sql: Sql, ids: number[]): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `select id from innovation_studios where id = any($1::bigint[]) and level = 'district' order by id`,
    [ids],
  );
  return rows.map((r) => r.id);
}

export async function countStudios(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ n: number }>('select count(*)::int as n from innovation_studios');
  return rows[0].n;
}

/** The names of these unions, by id. */
export async function findUnionNames(sql: Sql, ids: number[]): Promise<Map<number, string>> {
  const { rows } = await sql.query<{ id: number; name: string }>(
    'select id, name from orgs where id = any($1::bigint[])',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}

/** The id of the union of that name. */
export async function findOrgIdByName(sql: Sql, name: string): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>('select id from orgs where name = $1', [name]);
  return rows[0] ? Number(rows[0].id) : undefined;
}
