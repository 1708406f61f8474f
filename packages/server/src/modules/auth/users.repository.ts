import { ROLE_PERMISSIONS, ROLES, type Role, type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { escapeLike } from '../../shared/like.ts';
import { readPage } from '../../shared/paged.ts';

/** A role at a union: (union, role); admin and worker hold no union. */
export interface RoleGrant {
  role: Role;
  orgId: number | null;
}

export interface UserRole {
  assignmentId: number;
  role: Role;
  orgId: number | null;
  orgName: string | null;
  orgPath: string | null;
}

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  phone: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

export interface NewUserRow {
  username: string;
  phone: string | null;
  displayName: string;
  passwordHash: string;
  personId: number | null;
  mustChangePassword: boolean;
}

export async function insertUserRow(sql: Sql, u: NewUserRow): Promise<number> {
  return insertRow(
    sql,
    'users',
    'username, phone, display_name, password_hash, person_id, must_change_password',
    u,
  );
}

export async function insertGrants(sql: Sql, userId: number, roles: RoleGrant[]): Promise<void> {
  for (const g of roles) {
    await sql.query('insert into role_assignments (user_id, role, org_id) values ($1, $2, $3)', [
      userId,
      g.role,
      g.orgId,
    ]);
  }
}

export async function deleteAssignments(sql: Sql, assignmentIds: number[]): Promise<void> {
  await sql.query('delete from role_assignments where id = any($1::bigint[])', [assignmentIds]);
}

/** The user a sign-in names by username or phone, with the password hash. */
export async function findLoginUser(
  sql: Sql,
  login: string,
): Promise<{ userId: number; passwordHash: string; isActive: boolean } | undefined> {
  const { rows } = await sql.query<{ userId: number; passwordHash: string; isActive: boolean }>(
    `select id as "userId", password_hash as "passwordHash", is_active as "isActive"
       from users where username = $1 or phone = $1`,
    [login],
  );
  return rows[0];
}

export async function findPasswordHash(sql: Sql, userId: number): Promise<string | undefined> {
  const { rows } = await sql.query<{ hash: string }>(
    'select password_hash as hash from users where id = $1',
    [userId],
  );
  return rows[0]?.hash;
}

/** The user's own new password: the must-change mark is cleared. */
export async function setChangedPassword(sql: Sql, userId: number, hash: string, at: Date): Promise<void> {
  await sql.query(
    `update users set password_hash = $2, must_change_password = false, password_changed_at = $3,
            updated_at = now() where id = $1`,
    [userId, hash, at],
  );
}

/** A temporary password an administrator set: the user must change it at the next sign-in. */
export async function setTemporaryPassword(sql: Sql, userId: number, hash: string): Promise<void> {
  await sql.query(
    `update users set password_hash = $2, must_change_password = true, password_changed_at = now(),
            updated_at = now() where id = $1`,
    [userId, hash],
  );
}

export async function findActiveUserId(sql: Sql, username: string): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>('select id from users where username = $1 and is_active', [
    username,
  ]);
  return rows[0]?.id;
}

/** The account with this login name, active or not. */
export async function findUserIdByName(sql: Sql, username: string): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>('select id from users where username = $1', [username]);
  return rows[0]?.id;
}

/** The users a name finds: part of their name, or their exact login name (the audit log's "who" filter). */
export async function findUsersNamed(sql: Sql, text: string): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `select id from users where username = $1 or strpos(display_name, $1) > 0`,
    [text],
  );
  return rows.map((r) => Number(r.id));
}

/** The display names of users, and a union each works for (for the audit log, which keeps only ids). */
export async function findUserNames(
  sql: Sql,
  ids: number[],
): Promise<Map<number, { name: string; orgId: number | null }>> {
  if (!ids.length) return new Map();
  const { rows } = await sql.query<{ id: number; name: string; orgId: number | null }>(
    // The union of the user's first union role (an account may hold roles in several unions).
    `select u.id, u.display_name as name,
            (select ra.org_id from role_assignments ra
              where ra.user_id = u.id and ra.org_id is not null order by ra.id limit 1) as "orgId"
       from users u where u.id = any($1::bigint[])`,
    [ids],
  );
  return new Map(
    rows.map((r) => [Number(r.id), { name: r.name, orgId: r.orgId === null ? null : Number(r.orgId) }]),
  );
}

/** The role assignments of these users with their unions, keyed by user id. */
export async function listUserRoles(sql: Sql, userIds: number[]): Promise<Map<number, UserRole[]>> {
  const { rows } = await sql.query<UserRole & { userId: number }>(
    `select a.user_id as "userId", a.id as "assignmentId", a.role, a.org_id as "orgId", o.name as "orgName",
            o.path as "orgPath"
       from role_assignments a left join orgs o on o.id = a.org_id
      where a.user_id = any($1::bigint[]) order by a.id`,
    [userIds],
  );
  const out = new Map<number, UserRole[]>();
  for (const { userId, ...r } of rows) out.set(userId, [...(out.get(userId) ?? []), r]);
  return out;
}

export async function findUserById(sql: Sql, id: number): Promise<UserRow | undefined> {
  const { rows } = await sql.query<UserRow>(
    `select id, username, display_name as "displayName", phone, is_active as "isActive",
              must_change_password as "mustChangePassword", created_at as "createdAt"
         from users where id = $1`,
    [id],
  );
  return rows[0];
}

export interface UserFilter {
  /** Only accounts with a union role in this subtree and no staff role outside it; null for every account. */
  subtree: Subtree | null;
  orgId?: number;
  role?: string;
  status?: 'active' | 'disabled';
  /** Part of the username, display name or phone. */
  text?: string;
}

/** One page of accounts, newest first, and how many match. */
export async function listUsers(
  sql: Sql,
  f: UserFilter,
  page: number,
  pageSize: number,
): Promise<{ items: UserRow[]; total: number }> {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // Accounts with a union role in the subtree (without one, also administrators and workers).
  const roleWhere: string[] = [];
  if (f.subtree) {
    roleWhere.push(subtreeCondition(f.subtree, 'o.path', params));
  }
  if (f.orgId) roleWhere.push(`a.org_id = ${add(f.orgId)}`);
  if (f.role) roleWhere.push(`a.role = ${add(f.role)}`);
  where.push(`exists (select 1 from role_assignments a left join orgs o on o.id = a.org_id
                   where a.user_id = u.id${roleWhere.length ? ` and ${roleWhere.join(' and ')}` : ''})`);
  if (f.subtree) {
    // …and none outside it, so a manager never lists an account they could not manage.
    where.push(`not exists (select 1 from role_assignments a left join orgs o on o.id = a.org_id
                     where a.user_id = u.id and a.role <> 'worker'
                       and (o.path is null or not ${subtreeCondition(f.subtree, 'o.path', params)}))`);
  }
  if (f.status) where.push(`u.is_active = ${f.status === 'active' ? 'true' : 'false'}`);
  if (f.text) {
    const p = add(`%${escapeLike(f.text)}%`);
    where.push(`(u.username ilike ${p} or u.display_name ilike ${p} or u.phone like ${p})`);
  }
  const columns = `u.id, u.username, u.display_name as "displayName", u.phone, u.is_active as "isActive",
    u.must_change_password as "mustChangePassword", u.created_at as "createdAt"`;
  return readPage<UserRow>(
    sql,
    { columns, from: 'users u', where, params, orderBy: 'u.id desc' },
    { page, pageSize },
  );
}

export async function setUserActive(sql: Sql, id: number, active: boolean): Promise<void> {
  await sql.query('update users set is_active = $2, updated_at = now() where id = $1', [id, active]);
}

/** Sets the display name when given, and the phone when `phoneGiven` (null clears it). */
export async function updateUserProfile(
  sql: Sql,
  id: number,
  displayName: string | null,
  phone: string | null,
  phoneGiven: boolean,
): Promise<void> {
  await sql.query(
    `update users set display_name = coalesce($2, display_name),
                      phone = case when $4 then $3 else phone end, updated_at = now() where id = $1`,
    [id, displayName, phone, phoneGiven],
  );
}

/** The usernames and phones among these that accounts already hold. */
export async function findTakenLogins(
  sql: Sql,
  usernames: string[],
  phones: string[],
): Promise<{ username: string; phone: string | null }[]> {
  const { rows } = await sql.query<{ username: string; phone: string | null }>(
    'select username, phone from users where username = any($1::text[]) or phone = any($2::text[])',
    [usernames, phones],
  );
  return rows;
}

/** The path and status of the union a role is granted at (read before granting it). */
export async function findGrantUnion(
  sql: Sql,
  orgId: number,
): Promise<{ path: string; status: string } | undefined> {
  const { rows } = await sql.query<{ path: string; status: string }>(
    'select path, status from orgs where id = $1',
    [orgId],
  );
  return rows[0];
}

/**
 * Of `orgIds`, the unions where an active account can review applications: a user holding, at that union, a role
 * whose permissions include `applications.review` (staff, reviewer, manager). A union missing from the answer
 * stalls every application waiting at its step.
 */
export async function findOrgsWithReviewers(sql: Sql, orgIds: number[]): Promise<Set<number>> {
  if (!orgIds.length) return new Set();
  const roles = ROLES.filter((r) => r !== 'admin' && ROLE_PERMISSIONS[r].has('applications.review'));
  const { rows } = await sql.query<{ orgId: number }>(
    `select distinct a.org_id as "orgId" from role_assignments a join users u on u.id = a.user_id
      where a.org_id = any($1::bigint[]) and a.role = any($2::text[]) and u.is_active`,
    [orgIds, roles],
  );
  return new Set(rows.map((r) => Number(r.orgId)));
}
