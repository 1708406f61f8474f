import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { drawIds } from '../../db/draw-ids.ts';
import { selectFrom } from '../../db/select.ts';
import { escapeLike } from '../../shared/like.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import { normaliseText } from '../../shared/text.ts';
import type { OrgKind } from './org.levels.ts';

export interface Committee {
  electedOn?: string | null;
  term?: number | null;
  chair?: string | null;
  viceChairs?: string[];
  members?: string[];
}

export interface OrgRow {
  id: number;
  parentId: number | null;
  path: string;
  level: number;
  kind: OrgKind;
  name: string;
  shortName: string | null;
  status: 'active' | 'closed';
  uscc: string | null;
  employerName: string | null;
  foundedOn: string | null;
  committee: Committee | null;
  closedOn: string | null;
  /** The day it was last moved under its present parent (null: never moved since it was kept). */
  movedOn: string | null;
  /** Employer facts: the enterprise's workers and women workers (org migration 002). */
  workerCount: number | null;
  womenWorkerCount: number | null;
}

export const ORG_COLUMNS = `o.id, o.parent_id as "parentId", o.path, o.level, o.kind, o.name,
  o.short_name as "shortName", o.status, o.uscc, o.employer_name as "employerName",
  o.founded_on as "foundedOn", o.committee, o.closed_on as "closedOn", o.worker_count as "workerCount",
  o.women_worker_count as "womenWorkerCount", o.moved_on as "movedOn"`;

const orgRows = selectFrom<OrgRow>(`${ORG_COLUMNS} from orgs o`);

export const findOrgById = (sql: Sql, id: number) => orgRows.one(sql, 'o.id = $1', [id]);

/** A union and every union above it, root first. */
export async function findOrgChain(sql: Sql, orgId: number) {
  const { rows } = await sql.query<{ id: number; level: number; path: string; name: string }>(
    `select a.id, a.level, a.path, a.name from orgs o
       join orgs a on a.id = any(string_to_array(trim(both '/' from o.path), '/')::bigint[])
      where o.id = $1 order by a.level`,
    [orgId],
  );
  return rows;
}

export async function findOrgsByIds(sql: Sql, ids: number[]): Promise<OrgRow[]> {
  if (!ids.length) return [];
  return orgRows.all(sql, 'o.id = any($1::bigint[])', [ids]);
}

export interface NewOrg {
  parentId: number | null;
  level: number;
  kind: OrgKind;
  name: string;
  shortName?: string | null;
  uscc?: string | null;
  employerName?: string | null;
  foundedOn?: string | null;
  committee?: Committee | null;
  workerCount?: number | null;
  womenWorkerCount?: number | null;
}

/** Inserts an org and sets its path from the parent's, in the caller's transaction. */
export async function insertOrg(sql: Sql, o: NewOrg, parentPath: string): Promise<OrgRow> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into orgs (parent_id, path, level, kind, name, short_name, uscc, employer_name, founded_on, committee,
       worker_count, women_worker_count)
     values ($1, 'pending-' || gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      o.parentId,
      o.level,
      o.kind,
      o.name,
      o.shortName ?? null,
      o.uscc ?? null,
      o.employerName ?? null,
      o.foundedOn ?? null,
      o.committee ? JSON.stringify(o.committee) : null,
      o.workerCount ?? null,
      o.womenWorkerCount ?? null,
    ],
  );
  const id = rows[0].id;
  await sql.query('update orgs set path = $2 where id = $1', [id, `${parentPath}${id}/`]);
  return (await findOrgById(sql, id)) as OrgRow;
}

/**
 * Inserts many orgs whose parents are already in the tree (`parentPath` given per row), in two statements whatever
 * their number (ids drawn first, so each path is written once: an update of orgs moves report counts); answers the
 * rows in the order given. In the caller's transaction.
 */
export async function insertOrgs(sql: Sql, orgs: (NewOrg & { parentPath: string })[]): Promise<OrgRow[]> {
  if (!orgs.length) return [];
  const ids = await drawIds(sql, 'orgs', orgs.length);
  // each column one array literal (shared/pg-array.ts); the rows answered by the insert itself
  const nums = (f: (o: NewOrg) => number | null | undefined) => numberArray(orgs.map((o) => f(o) ?? null));
  const texts = (f: (o: NewOrg) => string | null | undefined) => textArray(orgs.map((o) => f(o) ?? null));
  const { rows } = await sql.query<OrgRow>(
    `insert into orgs as o (id, parent_id, path, level, kind, name, short_name, uscc, employer_name, founded_on,
       worker_count, women_worker_count)
     overriding system value
     select * from unnest($1::bigint[], $2::bigint[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[],
                          $8::text[], $9::text[], $10::date[], $11::int[], $12::int[])
     returning ${ORG_COLUMNS}`,
    [
      numberArray(ids),
      nums((o) => o.parentId),
      textArray(orgs.map((o, i) => `${o.parentPath}${ids[i]}/`)),
      nums((o) => o.level),
      texts((o) => o.kind),
      texts((o) => o.name),
      texts((o) => o.shortName),
      texts((o) => o.uscc),
      texts((o) => o.employerName),
      texts((o) => o.foundedOn),
      nums((o) => o.workerCount),
      nums((o) => o.womenWorkerCount),
    ],
  );
  const byId = new Map(rows.map((o) => [Number(o.id), o]));
  return ids.map((id) => byId.get(id) as OrgRow);
}

/** Active members in each given subtree, keyed by org id. */
export async function countMembersInSubtrees(sql: Sql, orgs: { id: number; path: string }[]) {
  if (!orgs.length) return new Map<number, { members: number; unions: number }>();
  const { rows } = await sql.query<{ id: number; members: number; unions: number }>(
    `select r.id,
        (select count(*) from memberships m join orgs d on d.id = m.org_id
          where m.status = 'active' and d.path like r.path || '%') as members,
        (select count(*) from orgs d where d.path like r.path || '%' and d.id <> r.id and d.status = 'active') as unions
       from unnest($1::bigint[], $2::text[]) as r(id, path)`,
    [orgs.map((o) => o.id), orgs.map((o) => o.path)],
  );
  return new Map(rows.map((r) => [r.id, { members: r.members, unions: r.unions }]));
}

/** The ids among these that have child unions (open or closed). */
export async function findParentIds(sql: Sql, ids: number[]): Promise<Set<number>> {
  const { rows } = await sql.query<{ parentId: number }>(
    `select distinct parent_id as "parentId" from orgs where parent_id = any($1::bigint[])`,
    [ids],
  );
  return new Set(rows.map((r) => r.parentId));
}

/** The unions of the subtree whose parent lies outside it (or who have none), by id. */
export async function listSubtreeRoots(sql: Sql, subtree: Subtree): Promise<OrgRow[]> {
  const params: unknown[] = [];
  const mine = subtreeCondition(subtree, 'o.path', params);
  const parentMine = subtreeCondition(subtree, 'up.path', params);
  const { rows } = await sql.query<OrgRow>(
    `select ${ORG_COLUMNS} from orgs o left join orgs up on up.id = o.parent_id
      where ${mine} and (up.id is null or not ${parentMine}) order by o.id`,
    params,
  );
  return rows;
}

/** The child unions of one union: open before closed, then by level and name. */
export const listChildrenOf = (sql: Sql, parentId: number): Promise<OrgRow[]> =>
  orgRows.all(sql, 'o.parent_id = $1 order by o.status, o.level, o.name', [parentId]);

/** Unions of the subtree whose name or short name contains `q`, higher levels first. */
export async function listOrgsNamedLike(
  sql: Sql,
  subtree: Subtree,
  q: string,
  limit: number,
): Promise<OrgRow[]> {
  // a name typed with % or _ is looked for as typed, not as a pattern; spaces and brackets as a clerk reads them
  // (normaliseText, and its twin text_key in the stored keys of org migration 010)
  const params: unknown[] = [escapeLike(normaliseText(q)), limit];
  return orgRows.all(
    sql,
    `${subtreeCondition(subtree, 'o.path', params)}
        and (o.name_key like '%' || $1 || '%' or o.short_name_key like '%' || $1 || '%')
      order by o.level, o.name limit $2`,
    params,
  );
}

/** Every union of the subtree, parents before children (by path). */
export async function listOrgsInSubtree(sql: Sql, subtree: Subtree): Promise<OrgRow[]> {
  const params: unknown[] = [];
  return orgRows.all(sql, `${subtreeCondition(subtree, 'o.path', params)} order by o.path`, params);
}

export async function listOrgNames(sql: Sql, ids: number[]): Promise<{ id: number; name: string }[]> {
  const { rows } = await sql.query<{ id: number; name: string }>(
    'select id, name from orgs where id = any($1::bigint[])',
    [ids],
  );
  return rows;
}

/** Active unions of the subtree whose name or short name is one of `names`. */
export async function listActiveOrgsNamed(sql: Sql, subtree: Subtree, names: string[]) {
  const params: unknown[] = [names];
  const { rows } = await sql.query<{ id: number; name: string; shortName: string | null; path: string }>(
    `select id, name, short_name as "shortName", path from orgs
      where ${subtreeCondition(subtree, 'path', params)} and status = 'active'
        and (name = any($1::text[]) or short_name = any($1::text[]))`,
    params,
  );
  return rows;
}

/** The active unions of a subtree, with the names and code a register may give them by. */
export async function listActiveOrgKeys(sql: Sql, subtree: Subtree) {
  const params: unknown[] = [];
  const { rows } = await sql.query<{
    id: number;
    name: string;
    shortName: string | null;
    uscc: string | null;
    path: string;
  }>(
    `select id, name, short_name as "shortName", uscc, path from orgs
      where ${subtreeCondition(subtree, 'path', params)} and status = 'active'`,
    params,
  );
  return rows;
}

export async function hasChildNamed(sql: Sql, parentId: number, name: string): Promise<boolean> {
  const dup = await sql.query('select 1 from orgs where parent_id = $1 and name = $2', [parentId, name]);
  return dup.rows.length > 0;
}

/** Writes a union's editable fields (all of them, as given). */
export async function updateOrgFields(
  sql: Sql,
  id: number,
  next: Pick<
    OrgRow,
    | 'name'
    | 'shortName'
    | 'uscc'
    | 'employerName'
    | 'foundedOn'
    | 'committee'
    | 'workerCount'
    | 'womenWorkerCount'
  >,
): Promise<void> {
  await sql.query(
    `update orgs set name = $2, short_name = $3, uscc = $4, employer_name = $5, founded_on = $6,
         committee = $7, worker_count = $8, women_worker_count = $9, updated_at = now() where id = $1`,
    [
      id,
      next.name,
      next.shortName,
      next.uscc,
      next.employerName,
      next.foundedOn,
      next.committee ? JSON.stringify(next.committee) : null,
      next.workerCount,
      next.womenWorkerCount,
    ],
  );
}

/**
 * Enterprises with a union: active grassroots unions with an employer (a credit code). Other modules ask here
 * which enterprises have a union and how many women work there, never reading `orgs` themselves.
 */
export interface UnionEmployer {
  orgId: number;
  path: string;
  uscc: string;
  workerCount: number | null;
  womenWorkerCount: number | null;
}

/** The active grassroots unions of these credit codes (one per code: the first founded). */
export async function findUnionEmployers(sql: Sql, usccs: string[]): Promise<Map<string, UnionEmployer>> {
  if (!usccs.length) return new Map();
  const { rows } = await sql.query<UnionEmployer>(
    `select distinct on (uscc) id as "orgId", path, uscc, worker_count as "workerCount",
            women_worker_count as "womenWorkerCount"
       from orgs where uscc = any($1::text[]) and kind = 'grassroots' and status = 'active'
      order by uscc, id`,
    [usccs],
  );
  return new Map(rows.map((r) => [r.uscc, r]));
}

/** Records an enterprise's worker counts (the demo, imports of employer facts). */
export async function setEmployerFacts(
  sql: Sql,
  orgId: number,
  facts: { workerCount: number | null; womenWorkerCount: number | null },
): Promise<void> {
  await sql.query(
    'update orgs set worker_count = $2, women_worker_count = $3, updated_at = now() where id = $1',
    [orgId, facts.workerCount, facts.womenWorkerCount],
  );
}

export interface NewEmployerUnion {
  name: string;
  uscc: string;
  employerName: string;
  workerCount: number | null;
  womenWorkerCount: number | null;
}

/** Inserts grassroots unions of employers, with their worker counts, under one parent in two statements. */
export async function insertEmployerUnions(
  sql: Sql,
  parent: { id: number; path: string; level: number },
  rows: NewEmployerUnion[],
): Promise<OrgRow[]> {
  if (!rows.length) return [];
  const col = <K extends keyof NewEmployerUnion>(k: K) => rows.map((r) => r[k]);
  const { rows: ids } = await sql.query<{ id: number }>(
    `insert into orgs (parent_id, path, level, kind, name, uscc, employer_name, worker_count, women_worker_count)
     select $1, 'pending-' || gen_random_uuid(), $2, 'grassroots', name, uscc, employer_name, workers, women
       from unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::int[]) with ordinality
         as t(name, uscc, employer_name, workers, women, n)
      order by n
     returning id`,
    [
      parent.id,
      parent.level + 1,
      col('name'),
      col('uscc'),
      col('employerName'),
      col('workerCount'),
      col('womenWorkerCount'),
    ],
  );
  await sql.query(`update orgs set path = $2 || id || '/' where id = any($1::bigint[])`, [
    ids.map((r) => r.id),
    parent.path,
  ]);
  const byId = new Map(
    (
      await findOrgsByIds(
        sql,
        ids.map((r) => r.id),
      )
    ).map((o) => [o.id, o]),
  );
  return ids.map((r) => byId.get(r.id) as OrgRow);
}
