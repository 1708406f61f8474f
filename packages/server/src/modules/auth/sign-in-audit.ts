import type { Sql } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';

/** Why a password sign-in failed, as its audit row says it. */
export type PasswordSignInFailure = 'wrong_password' | 'unknown_login' | 'disabled' | 'no_role';

/** The most of a typed login an audit row keeps (the sign-in's own limit). */
const LOGIN_CHARS = 64;

/**
 * A failed sign-in in the audit log (`auth.login_failed`), kept with its hash chain for as long as the log is
 * (login_failures, which the throttle reads, is purged after a day). The row is about the account the attempt
 * named (null when none) and has no acting user: nobody is signed in, and the row must not read as if the account
 * holder acted. Only the caller's address says where it came from.
 */
export async function recordSignInFailure(
  sql: Sql,
  userId: number | null,
  ip: string,
  after: { login: string; reason: PasswordSignInFailure } | { phone: string; reason: 'wrong_code' },
): Promise<void> {
  const said = 'login' in after ? { ...after, login: after.login.trim().slice(0, LOGIN_CHARS) } : after;
  await recordAudit(sql, null, {
    action: 'auth.login_failed',
    entity: 'user',
    entityId: userId,
    ip,
    after: said,
  });
}
