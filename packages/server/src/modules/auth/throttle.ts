import type { Db, Sql } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';

/** Attempts a (login, address) pair gets before each further one must wait. */
export const FREE_ATTEMPTS = 5;
/** The longest wait between two attempts of one pair, and how long a pair's count lasts. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** Distinct logins that one address may fail within the window before the address itself is refused. */
export const SPRAY_LOGINS = 20;

const throttled = (seconds: number) =>
  new AppError(
    'throttled',
    'LOGIN_THROTTLED',
    {
      zh: `登录尝试过于频繁，请${seconds >= 60 ? `${Math.ceil(seconds / 60)}分钟` : `${seconds}秒`}后再试`,
      en: `Too many sign-in attempts; try again in ${seconds >= 60 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`}`,
    },
    { retryAfterSeconds: seconds },
  );

/**
 * Counts one sign-in attempt for the (login, address) pair before the password is checked, in one
 * statement, so parallel requests cannot pass the limit together. The first FREE_ATTEMPTS are free; after
 * that attempt n waits 2^(n - FREE_ATTEMPTS) seconds after the previous one (at most MAX_DELAY_SECONDS).
 * A wrong guess from one address therefore never locks the account out for its owner elsewhere. An
 * address that failed on SPRAY_LOGINS different logins within the window is refused outright.
 */
export async function claimLoginAttempt(db: Db, login: string, ip: string): Promise<void> {
  const spray = await db.query<{ n: number }>(
    `select count(distinct login) as n from login_failures
      where ip = $1 and at > now() - make_interval(secs => $2)`,
    [ip, MAX_DELAY_SECONDS],
  );
  if (spray.rows[0].n >= SPRAY_LOGINS) throw throttled(MAX_DELAY_SECONDS);
  const { rows } = await db.query<{ attempts: number }>(
    `insert into login_attempts as t (login, ip, attempts, last_at) values ($1, $2, 1, now())
     on conflict (login, ip) do update
        set attempts = case when t.last_at < now() - make_interval(secs => $4) then 1 else t.attempts + 1 end,
            last_at = now()
      where t.attempts < $3
         or t.last_at < now() - make_interval(secs => $4)
         or t.last_at + make_interval(secs => least($4, power(2, t.attempts - $3 + 1))) <= now()
     returning attempts`,
    [login, ip, FREE_ATTEMPTS, MAX_DELAY_SECONDS],
  );
  if (rows.length === 0) {
    const wait = await db.query<{ s: number }>(
      `select greatest(1, ceil(extract(epoch from
                (last_at + make_interval(secs => least($4, power(2, attempts - $3 + 1)))) - now())))::int as s
         from login_attempts where login = $1 and ip = $2`,
      [login, ip, FREE_ATTEMPTS, MAX_DELAY_SECONDS],
    );
    throw throttled(wait.rows[0]?.s ?? 1);
  }
}

export async function recordLoginFailure(db: Db, login: string, ip: string): Promise<void> {
  await db.query('insert into login_failures (login, ip) values ($1, $2)', [login, ip]);
}

/** A successful sign-in clears its pair's count. */
export async function forgetLoginAttempts(sql: Sql, login: string, ip: string): Promise<void> {
  await sql.query('delete from login_attempts where login = $1 and ip = $2', [login, ip]);
}
