import type { Sql } from '../../db/db.ts';

/** The security settings of staff accounts (one row, kept by the 安全管理员; ADR 82). */
export interface SecuritySettings {
  /** Fewest characters of a staff password. */
  minLength: number;
  /** Fewest character classes (lower-case, upper-case, digits, other) a staff password mixes. */
  minClasses: number;
  /** How many of the account's last passwords a new one may not repeat (0 = any). */
  historyCount: number;
  /** Days a staff password lasts before it must be changed (0 = never). */
  expiryDays: number;
  /** Minutes without a request after which a staff session ends. */
  idleMinutes: number;
  /** Staff sessions one account may hold at once (0 = any number). */
  maxSessions: number;
}

const COLUMNS = `min_length as "minLength", min_classes as "minClasses", history_count as "historyCount",
  expiry_days as "expiryDays", idle_minutes as "idleMinutes", max_sessions as "maxSessions"`;

export async function findSecuritySettings(sql: Sql): Promise<SecuritySettings> {
  const { rows } = await sql.query<SecuritySettings>(`select ${COLUMNS} from security_settings where id = 1`);
  return rows[0];
}

/** The settings under a row lock held to the end of the caller's transaction (for an audited change). */
export async function lockSecuritySettings(sql: Sql): Promise<SecuritySettings> {
  const { rows } = await sql.query<SecuritySettings>(
    `select ${COLUMNS} from security_settings where id = 1 for update`,
  );
  return rows[0];
}

export async function updateSecuritySettings(sql: Sql, s: SecuritySettings, at: Date): Promise<void> {
  await sql.query(
    `update security_settings set min_length = $1, min_classes = $2, history_count = $3, expiry_days = $4,
            idle_minutes = $5, max_sessions = $6, updated_at = $7 where id = 1`,
    [s.minLength, s.minClasses, s.historyCount, s.expiryDays, s.idleMinutes, s.maxSessions, at],
  );
}

// --- Password history ---

/** The hashes of the account's last `count` passwords, newest first. */
export async function listPasswordHistory(sql: Sql, userId: number, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const { rows } = await sql.query<{ hash: string }>(
    'select password_hash as hash from password_history where user_id = $1 order by id desc limit $2',
    [userId, count],
  );
  return rows.map((r) => r.hash);
}

/** Keeps the hash of a password the account now has; only the newest `keep` (at least one) are kept. */
export async function insertPasswordHistory(
  sql: Sql,
  userId: number,
  hash: string,
  at: Date,
  keep: number,
): Promise<void> {
  await sql.query('insert into password_history (user_id, password_hash, set_at) values ($1, $2, $3)', [
    userId,
    hash,
    at,
  ]);
  await sql.query(
    `delete from password_history where user_id = $1 and id not in
       (select id from password_history where user_id = $1 order by id desc limit $2)`,
    [userId, Math.max(1, keep)],
  );
}

/** Whether the account holds any role but 职工 (the staff rules apply to it). */
export async function isStaffAccount(sql: Sql, userId: number): Promise<boolean> {
  const { rows } = await sql.query<{ staff: boolean }>(
    `select exists (select 1 from role_assignments where user_id = $1 and role <> 'worker') as staff`,
    [userId],
  );
  return rows[0].staff;
}

// --- Sign-ins and the session limit ---

/**
 * Records a successful sign-in on the account (locked to the end of the caller's transaction, so two sign-ins
 * of one account count its sessions one after the other); returns the sign-in before it and the wrong passwords
 * given since.
 */
export async function recordSignIn(
  sql: Sql,
  userId: number,
  ip: string | null,
  at: Date,
): Promise<{ at: Date | null; ip: string | null; failed: number }> {
  const { rows } = await sql.query<{ at: Date | null; ip: string | null; failed: number }>(
    `select last_login_at as at, last_login_ip as ip, failed_logins as failed from users where id = $1 for update`,
    [userId],
  );
  await sql.query(
    'update users set last_login_at = $2, last_login_ip = $3, failed_logins = 0 where id = $1',
    [userId, at, ip],
  );
  return rows[0] ?? { at: null, ip: null, failed: 0 };
}

/** Counts a wrong password given for the account. */
export async function countFailedSignIn(sql: Sql, userId: number): Promise<void> {
  await sql.query('update users set failed_logins = failed_logins + 1 where id = $1', [userId]);
}

/**
 * Ends the account's oldest live staff sessions beyond the newest `keep` (marked 'replaced', so their holders
 * are told why on their next request); a session idle past `idleSince` no longer counts. Returns how many ended.
 */
export async function replaceOldestSessions(
  sql: Sql,
  userId: number,
  keep: number,
  idleSince: Date,
): Promise<number> {
  const { rows } = await sql.query(
    `update sessions set ended_reason = 'replaced'
      where token_hash in (
        select s.token_hash from sessions s join role_assignments a on a.id = s.assignment_id
         where s.user_id = $1 and a.role <> 'worker' and s.ended_reason is null and s.expires_at > now()
           and s.last_seen_at > $3
         order by s.created_at desc, s.last_seen_at desc
         offset $2)
     returning token_hash`,
    [userId, keep, idleSince],
  );
  return rows.length;
}

/** Marks the session used at `at` unless it was marked within the last minute (one write a minute at most). */
export async function touchSession(sql: Sql, tokenHash: string, at: Date): Promise<void> {
  await sql.query(
    `update sessions set last_seen_at = $2
      where token_hash = $1 and last_seen_at < $2::timestamptz - interval '1 minute'`,
    [tokenHash, at],
  );
}

/** The sign-in before the session's own, as it was when the session began. */
export async function findSessionPreviousLogin(
  sql: Sql,
  tokenHash: string,
): Promise<{ at: Date | null; ip: string | null; failed: number } | undefined> {
  const { rows } = await sql.query<{ at: Date | null; ip: string | null; failed: number }>(
    `select previous_login_at as at, previous_login_ip as ip, failed_before as failed
       from sessions where token_hash = $1`,
    [tokenHash],
  );
  return rows[0];
}

/** Whether the account holds a staff role and its password is older than the settings' expiry days at `now`. */
export async function isPasswordExpired(sql: Sql, userId: number, now: Date): Promise<boolean> {
  const { rows } = await sql.query<{ expired: boolean }>(
    `select (ss.expiry_days > 0
              and coalesce(u.password_changed_at, u.created_at) <= $2::timestamptz - make_interval(days => ss.expiry_days)
              and exists (select 1 from role_assignments r where r.user_id = u.id and r.role <> 'worker')) as expired
       from users u cross join security_settings ss where u.id = $1`,
    [userId, now],
  );
  return rows[0]?.expired ?? false;
}
