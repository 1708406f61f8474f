import type { Role } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';

/** One role assignment of an active user, as a session acts with it. */
export interface ActorRow {
  userId: number;
  assignmentId: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
  orgPath: string | null;
  personId: number | null;
  mustChangePassword: boolean;
  /** The permissions withdrawn from the role (ADR 85). */
  withdrawn?: string[];
}

const ACTOR_COLUMNS = `u.id as "userId", a.id as "assignmentId", u.username, u.display_name as "displayName",
    a.role, a.org_id as "orgId", o.path as "orgPath", u.person_id as "personId",
    u.must_change_password as "mustChangePassword",
    array(select w.permission from role_withdrawals w where w.role = a.role) as withdrawn`;

/** The user's usable role assignments (active user, open union), by assignment id. */
export async function listActorRows(
  sql: Sql,
  userId: number,
): Promise<(ActorRow & { orgName: string | null })[]> {
  const { rows } = await sql.query<ActorRow & { orgName: string | null }>(
    `select ${ACTOR_COLUMNS}, o.name as "orgName"
       from users u join role_assignments a on a.user_id = u.id left join orgs o on o.id = a.org_id
      where u.id = $1 and u.is_active and (o.id is null or o.status = 'active')
      order by a.id`,
    [userId],
  );
  return rows;
}

/** A session as its lookup finds it: the actor, and what the staff rules say of it at the time asked. */
export type SessionActorRow = ActorRow & {
  expiresAt: Date;
  tokenHash: string;
  lastSeenAt: Date;
  /** 'replaced' when a newer sign-in of the account went past its session limit. */
  endedReason: 'replaced' | null;
  /** A staff session unused for longer than the settings' idle minutes. */
  idle: boolean;
  /** The staff account's password is older than the settings' expiry days. */
  passwordExpired: boolean;
};

/**
 * The assignments unexpired sessions of active users act as, with each session's expiry, token hash and state
 * under the security settings at `now`: one statement (prepared, whatever the number of sessions) for the
 * sessions a server is asked about at once. The idle timeout and password expiry apply to staff (any role but
 * 职工); a worker's phone session keeps its absolute lifetime only.
 */
export async function listSessionActorRows(
  sql: Sql,
  tokenHashes: string[],
  now: Date,
): Promise<SessionActorRow[]> {
  const { rows } = await sql.query<SessionActorRow>(
    `select ${ACTOR_COLUMNS}, s.expires_at as "expiresAt", s.token_hash as "tokenHash",
            s.last_seen_at as "lastSeenAt", s.ended_reason as "endedReason",
            (a.role <> 'worker' and s.last_seen_at <= $2::timestamptz - make_interval(mins => ss.idle_minutes)) as idle,
            (ss.expiry_days > 0
              and coalesce(u.password_changed_at, u.created_at) <= $2::timestamptz - make_interval(days => ss.expiry_days)
              and exists (select 1 from role_assignments r where r.user_id = u.id and r.role <> 'worker'))
              as "passwordExpired"
       from sessions s
       join users u on u.id = s.user_id
       join role_assignments a on a.id = s.assignment_id
       left join orgs o on o.id = a.org_id
       cross join security_settings ss
      where s.token_hash = any($1::text[]) and s.expires_at > now() and u.is_active`,
    [tokenHashes, now],
    { prepare: true },
  );
  return rows;
}

// --- Sessions ---

export async function insertSession(
  sql: Sql,
  s: {
    tokenHash: string;
    userId: number;
    assignmentId: number;
    ttlHours: number;
    /** When it began, by the service's clock (the idle timeout counts from it). */
    at: Date;
    previous: { at: Date | null; ip: string | null; failed: number };
  },
): Promise<void> {
  await sql.query(
    `insert into sessions (token_hash, user_id, assignment_id, expires_at, last_seen_at,
                           previous_login_at, previous_login_ip, failed_before)
     values ($1, $2, $3, now() + make_interval(hours => $4), $5, $6, $7, $8)`,
    [
      s.tokenHash,
      s.userId,
      s.assignmentId,
      s.ttlHours,
      s.at,
      s.previous.at,
      s.previous.ip,
      s.previous.failed,
    ],
  );
}

/** Deletes the session; whether there was one to delete. */
export async function deleteSession(sql: Sql, tokenHash: string): Promise<boolean> {
  const { rows } = await sql.query('delete from sessions where token_hash = $1 returning 1', [tokenHash]);
  return rows.length > 0;
}

export async function setSessionAssignment(sql: Sql, tokenHash: string, assignmentId: number): Promise<void> {
  await sql.query('update sessions set assignment_id = $2 where token_hash = $1', [tokenHash, assignmentId]);
}

/** Ends every session of the user but the one with `keepTokenHash`. */
export async function deleteOtherSessions(sql: Sql, userId: number, keepTokenHash: string): Promise<void> {
  await sql.query('delete from sessions where user_id = $1 and token_hash <> $2', [userId, keepTokenHash]);
}

export async function deleteUserSessions(sql: Sql, userId: number): Promise<void> {
  await sql.query('delete from sessions where user_id = $1', [userId]);
}

/** Drops expired sessions and sign-in counts older than a day. */
export async function purgeExpiredSessions(sql: Sql): Promise<void> {
  await sql.query('delete from sessions where expires_at < now()');
  await sql.query(`delete from login_failures where at < now() - interval '1 day'`);
  await sql.query(`delete from login_attempts where last_at < now() - interval '1 day'`);
  await sql.query('delete from login_challenge_uses where expires_at < now()');
}

// --- Sign-in throttle (the rule is in throttle.ts) ---

// The logins these rows name are keys (throttle.ts keyOf): a keyed hash of the text typed, never the text.

/** Distinct logins the address failed on within the last `windowSeconds`. */
export async function countFailedLogins(sql: Sql, ip: string, windowSeconds: number): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select count(distinct login_key) as n from login_failures
      where ip = $1 and at > now() - make_interval(secs => $2)`,
    [ip, windowSeconds],
  );
  return rows[0].n;
}

/** Failures of the login, from any address, within the last `windowSeconds`. */
export async function countLoginFailures(sql: Sql, loginKey: string, windowSeconds: number): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*) as n from login_failures where login_key = $1 and at > now() - make_interval(secs => $2)`,
    [loginKey, windowSeconds],
  );
  return rows[0].n;
}

/**
 * The key that signs sign-in challenges: `candidate` (base64) when none was kept yet, else the kept one, so
 * every instance signs with the same key.
 */
export async function findOrCreateChallengeKey(sql: Sql, candidate: string): Promise<string> {
  await sql.query('insert into login_challenge_key (id, secret) values (1, $1) on conflict (id) do nothing', [
    candidate,
  ]);
  const { rows } = await sql.query<{ secret: string }>('select secret from login_challenge_key where id = 1');
  return rows[0].secret;
}

/** Marks a challenge's nonce used, kept until the challenge expires; false when it was used already. */
export async function markChallengeUsed(sql: Sql, nonce: string, expiresAt: Date): Promise<boolean> {
  const { rows } = await sql.query(
    `insert into login_challenge_uses (nonce, expires_at) values ($1, $2)
     on conflict (nonce) do nothing returning nonce`,
    [nonce, expiresAt],
  );
  return rows.length === 1;
}

/** How many attempts a (login, address) pair has before it waits, and the longest wait (doubling from 1 s). */
export interface AttemptRule {
  freeAttempts: number;
  maxDelaySeconds: number;
}

/**
 * Counts one attempt of the (login, address) pair in one statement when the pair may try now; returns its
 * attempts, or undefined when it must wait.
 */
export async function claimAttempt(
  sql: Sql,
  loginKey: string,
  ip: string,
  { freeAttempts, maxDelaySeconds }: AttemptRule,
): Promise<number | undefined> {
  const { rows } = await sql.query<{ attempts: number }>(
    `insert into login_attempts as t (login_key, ip, attempts, last_at) values ($1, $2, 1, now())
     on conflict (login_key, ip) do update
        set attempts = case when t.last_at < now() - make_interval(secs => $4) then 1 else t.attempts + 1 end,
            last_at = now()
      where t.attempts < $3
         or t.last_at < now() - make_interval(secs => $4)
         or t.last_at + make_interval(secs => least($4, power(2, t.attempts - $3 + 1))) <= now()
     returning attempts`,
    [loginKey, ip, freeAttempts, maxDelaySeconds],
  );
  return rows[0]?.attempts;
}

/** Seconds (at least 1) until the pair may try again, or undefined when it has no count. */
export async function findAttemptWait(
  sql: Sql,
  loginKey: string,
  ip: string,
  { freeAttempts, maxDelaySeconds }: AttemptRule,
): Promise<number | undefined> {
  const { rows } = await sql.query<{ s: number }>(
    `select greatest(1, ceil(extract(epoch from
              (last_at + make_interval(secs => least($4, power(2, attempts - $3 + 1)))) - now())))::int as s
       from login_attempts where login_key = $1 and ip = $2`,
    [loginKey, ip, freeAttempts, maxDelaySeconds],
  );
  return rows[0]?.s;
}

export async function insertLoginFailure(sql: Sql, loginKey: string, ip: string): Promise<void> {
  await sql.query('insert into login_failures (login_key, ip) values ($1, $2)', [loginKey, ip]);
}

export async function deleteLoginAttempts(sql: Sql, loginKey: string, ip: string): Promise<void> {
  await sql.query('delete from login_attempts where login_key = $1 and ip = $2', [loginKey, ip]);
}

// --- The one-time set-up token ---

export async function hasAnyUser(sql: Sql): Promise<boolean> {
  const { rows } = await sql.query<{ any: boolean }>('select exists (select 1 from users) as any');
  return rows[0].any;
}

export async function deleteSetupToken(sql: Sql): Promise<void> {
  await sql.query('delete from setup_token');
}

/** Keeps the hash of a new set-up token beside those other processes printed (each opens /setup). */
export async function saveSetupTokenHash(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('insert into setup_token (token_hash) values ($1) on conflict do nothing', [tokenHash]);
}

/** The hashes of the set-up tokens, read under an exclusive lock held to the end of the caller's transaction. */
export async function lockSetupTokenHashes(sql: Sql): Promise<string[]> {
  await sql.query('lock table setup_token in exclusive mode');
  const { rows } = await sql.query<{ tokenHash: string }>(
    'select token_hash as "tokenHash" from setup_token',
  );
  return rows.map((r) => r.tokenHash);
}

/**
 * The administrator roles (admin, security_admin, audit_admin) some account holds or has held — a disabled account
 * counts (ADR 148: once held, the security and audit ones are the operator's to name).
 */
export async function findHeldAdministratorRoles(sql: Sql): Promise<string[]> {
  const { rows } = await sql.query<{ role: string }>(
    `select distinct role from role_assignments where role in ('admin', 'security_admin', 'audit_admin')`,
  );
  return rows.map((r) => r.role);
}
