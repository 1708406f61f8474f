import type { Sql } from '../../db/db.ts';

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

/** How many levels the subtree at `path` reaches below its root (at `level`). */
export async function findSubtreeDepth(sql: Sql, path: string, level: number): Promise<number> {
  const { rows } = await sql.query<{ depth: number }>(
    `select max(level) - $2 as depth from orgs where path like $1 || '%'`,
    [path, level],
  );
  return rows[0].depth;
}

/** The union's new parent, and the day it moved under it (ADR 40). */
export async function setParentId(sql: Sql, id: number, parentId: number, movedOn: string): Promise<void> {
  await sql.query('update orgs set parent_id = $2, moved_on = $3 where id = $1', [id, parentId, movedOn]);
}

/** The union's open child unions and active members (direct ones only). */
export async function countOpenChildrenAndMembers(
  sql: Sql,
  id: number,
): Promise<{ children: number; members: number }> {
  const { rows } = await sql.query<{ children: number; members: number }>(
    `select (select count(*) from orgs where parent_id = $1 and status = 'active') as children,
              (select count(*) from memberships where org_id = $1 and status = 'active') as members`,
    [id],
  );
  return rows[0];
}

export async function setOrgClosed(sql: Sql, id: number, closedOn: string): Promise<void> {
  await sql.query(`update orgs set status = 'closed', closed_on = $2, updated_at = now() where id = $1`, [
    id,
    closedOn,
  ]);
}
