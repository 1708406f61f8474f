import type { Sql } from '../../db/db.ts';

/**
 * A member's phone account: the worker account activation made for the person (`users.person_id`). A person holds one
 * as a rule; of several, the one in use comes first, in the order the member list's 手机账号 state reads them
 * (people's `accountStateOf`).
 */
export interface MemberAccountRow {
  id: number;
  username: string;
  phone: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export async function findMemberAccount(sql: Sql, personId: number): Promise<MemberAccountRow | undefined> {
  const { rows } = await sql.query<MemberAccountRow & { id: number | string }>(
    `select u.id, u.username, u.phone, u.is_active as "isActive", u.must_change_password as "mustChangePassword",
            u.created_at as "createdAt", u.last_login_at as "lastLoginAt"
       from users u where u.person_id = $1
      order by u.is_active desc, (u.last_login_at is not null and not u.must_change_password) desc, u.id
      limit 1`,
    [personId],
  );
  return rows[0] && { ...rows[0], id: Number(rows[0].id) };
}

/**
 * Turns a member's phone accounts off (every account of the person, their sessions ended in the same statement) or
 * the one in use back on; the ids of the accounts changed.
 */
export async function setMemberAccountActive(sql: Sql, personId: number, active: boolean): Promise<number[]> {
  const { rows } = active
    ? await sql.query<{ id: number | string }>(
        `update users set is_active = true, updated_at = now()
          where id = (select u.id from users u where u.person_id = $1
                       order by (u.last_login_at is not null and not u.must_change_password) desc, u.id limit 1)
            and not is_active
        returning id`,
        [personId],
      )
    : await sql.query<{ id: number | string }>(
        `with off as (update users set is_active = false, updated_at = now()
                       where person_id = $1 and is_active returning id),
              ended as (delete from sessions s using off where s.user_id = off.id)
         select id from off`,
        [personId],
      );
  return rows.map((r) => Number(r.id));
}
