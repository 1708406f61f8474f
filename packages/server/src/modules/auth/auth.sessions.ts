import { createHash } from 'node:crypto';
import { type Actor, subtreeOfRole } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { type ActorRow, insertSession } from './auth.repository.ts';
import { findSecuritySettings, recordSignIn, replaceOldestSessions } from './security.repository.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Why a session that still has its cookie was ended before its absolute lifetime. */
export type SessionEnd = 'idle' | 'replaced';

/** The 401 a request on an ended session answers: the sign-in page shows its message. */
export function sessionEnded(reason: SessionEnd): AppError {
  return reason === 'idle'
    ? new AppError('unauthenticated', 'SESSION_IDLE', {
        zh: '因长时间未操作已退出，请重新登录',
        en: 'You were signed out after a long time without activity; sign in again',
      })
    : new AppError('unauthenticated', 'SESSION_REPLACED', {
        zh: '您的账号已在其他地方登录，本次登录已退出',
        en: 'Your account signed in somewhere else, which ended this session',
      });
}

export interface OpenSession {
  row: ActorRow;
  actor: Actor;
  token: string;
  ttlHours: number;
  clock: Clock;
  /** Runs in the same transaction (e.g. clearing the sign-in's throttle count). */
  also?: (sql: Sql) => Promise<void>;
  /** How the person proved who they are, when not by password (audited with the sign-in). */
  method?: 'sms_code';
}

/**
 * The one way a session begins — a password sign-in, set-up, activation, or any other proof a route accepts —
 * so each inherits the account rules (ADR 82): the sign-in is recorded (time and address; the one before is kept
 * on the session to be shown once), and a staff session past the account's limit ends the oldest live one,
 * whose holder is told on their next request. Audited as a sign-in. Answers how many sessions it ended.
 */
export async function openSession(db: Db, s: OpenSession): Promise<number> {
  const at = s.clock();
  return db.tx(async (sql) => {
    const previous = await recordSignIn(sql, s.row.userId, s.actor.ip ?? null, at);
    await insertSession(sql, {
      tokenHash: hashToken(s.token),
      userId: s.row.userId,
      assignmentId: s.row.assignmentId,
      ttlHours: s.ttlHours,
      at,
      previous,
    });
    let replaced = 0;
    if (s.row.role !== 'worker') {
      const settings = await findSecuritySettings(sql);
      if (settings.maxSessions > 0) {
        const idleSince = new Date(at.getTime() - settings.idleMinutes * 60_000);
        replaced = await replaceOldestSessions(sql, s.row.userId, settings.maxSessions, idleSince);
      }
    }
    await s.also?.(sql);
    await recordAudit(sql, s.actor, {
      action: 'auth.login',
      entity: 'user',
      entityId: s.row.userId,
      ...(replaced > 0 || s.method
        ? {
            after: {
              ...(s.method ? { method: s.method } : {}),
              ...(replaced > 0 ? { sessionsReplaced: replaced } : {}),
            },
          }
        : {}),
    });
    return replaced;
  });
}

/** The actor an assignment's row acts as (the subtree its role reaches, its password's state, the address). */
export function toActor(r: ActorRow & { passwordExpired?: boolean }, ip?: string): Actor {
  return {
    userId: r.userId,
    assignmentId: r.assignmentId,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    orgId: r.orgId,
    scopePath: subtreeOfRole(r.role, r.orgPath),
    personId: r.personId,
    mustChangePassword: r.mustChangePassword || r.passwordExpired === true,
    ...(r.passwordExpired ? { passwordExpired: true } : {}),
    ...(r.withdrawn?.length ? { withdrawn: r.withdrawn } : {}),
    ip,
  };
}
