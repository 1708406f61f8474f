import type { Sql } from '../../db/db.ts';
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
  /** Employer facts: the enterprise's workers and women workers (org migration 002). */
  workerCount: number | null;
  womenWorkerCount: number | null;
}

export const ORG_COLUMNS = `o.id, o.parent_id as "parentId", o.path, o.level, o.kind, o.name,
  o.short_name as "shortName", o.status, o.uscc, o.employer_name as "employerName",
  o.founded_on as "foundedOn", o.committee, o.closed_on as "closedOn", o.worker_count as "workerCount",
  o.women_worker_count as "womenWorkerCount"`;

export async function findOrgById(sql: Sql, id: number): Promise<OrgRow | undefined> {
  const { rows } = await sql.query<OrgRow>(`select ${ORG_COLUMNS} from orgs o where o.id = $1`, [id]);
  return rows[0];
}

export async function findOrgsByIds(sql: Sql, ids: number[]): Promise<OrgRow[]> {
  if (!ids.length) return [];
  const { rows } = await sql.query<OrgRow>(
    `select ${ORG_COLUMNS} from orgs o where o.id = any($1::bigint[])`,
    [ids],
  );
  return rows;
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

/** Rewrites the path of a whole subtree in one statement. */
export async function movePaths(
  sql: Sql,
  oldPath: string,
  newPath: string,
  levelDelta: number,
): Promise<void> {
  await sql.query(
    `update orgs set path = $2 || substr(path, length($1) + 1), level = level + $3, updated_at = now()
      where path like $1 || '%'`,
    [oldPath, newPath, levelDelta],
  );
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
