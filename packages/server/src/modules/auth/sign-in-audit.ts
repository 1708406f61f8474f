import type { Sql } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';

/** Why a password sign-in failed, as its audit row says it. */
export type PasswordSignInFailure = 'wrong_password' | 'unknown_login' | 'disabled' | 'no_role';

/** The most of a typed login an audit row keeps (the sign-in's own limit). */
const LOGIN_CHARS = 64;
/** Typed logins shorter than this show no character at all when masked. */
const SHOWN_FROM = 4;

/**
 * A typed login that names no account, as the audit log keeps it: its first character, a fixed run of stars and
 * its length in characters, `a******* (9)` — the same in either language. Enough for an investigator to match it
 * to the account meant, too little to give back a password typed into the login box by mistake. Shorter than
 * SHOWN_FROM characters it shows none: `*** (3)`.
 */
export function maskLogin(typed: string): string {
  const chars = Array.from(typed.trim());
  const stars = chars.length >= SHOWN_FROM ? `${chars[0]}*******` : '*'.repeat(chars.length);
  return `${stars} (${chars.length})`.trim();
}

/** What the audit row says of the attempt. */
type Said =
  | { login: string; reason: PasswordSignInFailure }
  | { loginMasked: string; reason: 'unknown_login' }
  | { phone: string; reason: 'wrong_code' };

/**
 * A failed sign-in in the audit log (`auth.login_failed`), kept with its hash chain for as long as the log is
 * (login_failures, which the throttle reads, is purged after a day). The row is about the account the attempt
 * named (null when none) and has no acting user: nobody is signed in, and the row must not read as if the account
 * holder acted. Only the caller's address says where it came from. A password sign-in's login is kept as typed
 * when it names an account (its login name or phone); when it names none it is kept masked (maskLogin).
 */
export async function recordSignInFailure(
  sql: Sql,
  userId: number | null,
  ip: string,
  after: { login: string; reason: PasswordSignInFailure } | { phone: string; reason: 'wrong_code' },
): Promise<void> {
  let said: Said = after;
  if ('login' in after)
    said =
      userId === null
        ? { loginMasked: maskLogin(after.login), reason: 'unknown_login' }
        : { ...after, login: after.login.trim().slice(0, LOGIN_CHARS) };
  await recordAudit(sql, null, {
    action: 'auth.login_failed',
    entity: 'user',
    entityId: userId,
    ip,
    after: said,
  });
}
