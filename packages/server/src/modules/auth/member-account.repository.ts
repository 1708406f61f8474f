import type { Sql } from '../../db/db.ts';

/**
 * A member's phone account: the worker account activation made for the person (`users.person_id`). A person holds one
 * as a rule; of several, the one turned on and signed in comes first (`ACCOUNT_ORDER`), and its state is the
 * person's (the values of people.vocabulary.ts ACCOUNT_STATES, which the member list offers): none without an account; disabled when it is turned off; pending
 * when never signed in or bound to change a password someone else set; active otherwise. Defined here once, for the
 * member's page, the member list's column and its filter.
 */
type AccountStateCode = 'none' | 'pending' | 'active' | 'disabled';
const SIGNED_IN = 'u.last_login_at is not null and not u.must_change_password';
const ACCOUNT_ORDER = `u.is_active desc, (${SIGNED_IN}) desc, u.id`;
const ACCOUNT_STATE = `case when not u.is_active then 'disabled' when not (${SIGNED_IN}) then 'pending' else 'active' end`;

/** The state of the phone account of person `id` (an SQL expression of the caller's row; `users_person_idx`). */
export const accountStateOf = (id: string) => `coalesce((
    select ${ACCOUNT_STATE} from users u where u.person_id = ${id} order by ${ACCOUNT_ORDER} limit 1), 'none')`;

const hasAccount = (id: string, where = 'true') =>
  `exists (select from users u where u.person_id = ${id} and ${where})`;

/**
 * The persons whose phone account is in `state`, as `accountStateOf` reads it, written as (anti-)joins with `users`
 * so that a list over a whole federation filters in one pass instead of reading each member's accounts in turn
 * (`npm run bench:members`): active, an account turned on and signed in; pending, one turned on and none signed in;
 * disabled, accounts all turned off; none, no account.
 */
export function accountStateIs(id: string, state: AccountStateCode): string {
  const inUse = `u.is_active and ${SIGNED_IN}`;
  if (state === 'none') return `not ${hasAccount(id)}`;
  if (state === 'active') return hasAccount(id, inUse);
  if (state === 'pending') return `${hasAccount(id, 'u.is_active')} and not ${hasAccount(id, inUse)}`;
  return `${hasAccount(id)} and not ${hasAccount(id, 'u.is_active')}`;
}

export interface MemberAccountRow {
  id: number;
  state: Exclude<AccountStateCode, 'none'>;
  username: string;
  phone: string | null;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export async function findMemberAccount(sql: Sql, personId: number): Promise<MemberAccountRow | undefined> {
  const { rows } = await sql.query<MemberAccountRow & { id: number | string }>(
    `select u.id, ${ACCOUNT_STATE} as state, u.username, u.phone, u.created_at as "createdAt",
            u.last_login_at as "lastLoginAt"
       from users u where u.person_id = $1 order by ${ACCOUNT_ORDER} limit 1`,
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
          where id = (select u.id from users u where u.person_id = $1 order by (${SIGNED_IN}) desc, u.id limit 1)
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
