import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { type ActorRow, listSessionActorRows, type SessionActorRow } from './auth.repository.ts';
import { hashToken, type SessionEnd, toActor } from './auth.sessions.ts';
import { touchSession } from './security.repository.ts';

/** The most sessions one lookup statement asks for. */
const SESSION_BATCH = 500;

/** A session looked up: its actor, or why it was ended early (null actor, no reason: unknown or expired). */
export interface SessionLookup {
  actor: Actor | null;
  ended?: SessionEnd;
}

/**
 * Every request's session, looked up: the sessions asked for together sent as one statement, a live answer kept
 * for `cacheMs` (0 = never), and `forget` to drop cached answers after a sign-out, a role switch or a changed
 * account (an answer read before it is not cached).
 */
export function createSessionLookup(db: Db, clock: Clock, cacheMs: number) {
  const cache = new Map<string, { row: ActorRow; until: number }>();
  /** Counts sign-outs, role switches and cleared caches: an answer read before one of them is not cached. */
  let revocations = 0;
  const forget = (tokenHash?: string) => {
    revocations++;
    if (tokenHash === undefined) cache.clear();
    else cache.delete(tokenHash);
  };

  type SessionRow = Omit<SessionActorRow, 'tokenHash'>;
  type Waiting = Map<string, ((row: SessionRow | undefined, err?: unknown) => void)[]>;
  /** Sessions asked for in this turn of the event loop, not yet sent: each with whoever waits for it. */
  let asked: Waiting | null = null;

  /**
   * Sends the sessions asked for in one turn of the event loop as ONE statement (under load, many requests with a
   * session this instance has not seen arrive together). The statement is sent after every lookup it answers was
   * asked for, so an expired or revoked session is refused as it would be alone.
   */
  async function send(batch: Waiting) {
    if (asked === batch) asked = null;
    const before = revocations;
    let rows: (SessionRow & { tokenHash: string })[];
    try {
      rows = await listSessionActorRows(db, [...batch.keys()], clock());
    } catch (e) {
      for (const waiting of batch.values()) for (const answer of waiting) answer(undefined, e);
      return;
    }
    const found = new Map(rows.map(({ tokenHash, ...row }) => [tokenHash, row]));
    const now = Date.now();
    for (const [tokenHash, waiting] of batch) {
      const row = found.get(tokenHash);
      const live = row && !row.idle && !row.endedReason;
      if (!live) cache.delete(tokenHash);
      else if (cacheMs > 0 && revocations === before) {
        if (cache.size >= 10_000) cache.clear();
        cache.set(tokenHash, { row, until: Math.min(now + cacheMs, new Date(row.expiresAt).getTime()) });
      }
      for (const answer of waiting) answer(row);
    }
  }

  function findSessionRow(tokenHash: string): Promise<SessionRow | undefined> {
    let batch = asked;
    if (!batch || batch.size >= SESSION_BATCH) {
      const next: Waiting = new Map();
      batch = asked = next;
      setImmediate(() => send(next));
    }
    const waiting = batch.get(tokenHash) ?? [];
    batch.set(tokenHash, waiting);
    return new Promise((resolve, reject) =>
      waiting.push((row, err) => (err === undefined ? resolve(row) : reject(err))),
    );
  }

  /**
   * The actor behind a session token, or why it has none: unknown or expired (no reason), or ended by the
   * staff rules — idle past the settings' minutes, or replaced by a sign-in beyond the account's limit. A use
   * marks the session seen (one write a minute at most). A cached answer is not asked again for
   * sessionCacheSeconds, so on another process an idle expiry may come that many seconds late.
   */
  async function resolveSession(token: string, ip?: string): Promise<SessionLookup> {
    const tokenHash = hashToken(token);
    const hit = cache.get(tokenHash);
    if (hit && hit.until > Date.now()) return { actor: toActor(hit.row, ip) };
    const row = await findSessionRow(tokenHash);
    if (!row) return { actor: null };
    if (row.endedReason) return { actor: null, ended: row.endedReason };
    if (row.idle) return { actor: null, ended: 'idle' };
    const now = clock();
    if (now.getTime() - new Date(row.lastSeenAt).getTime() >= 60_000) await touchSession(db, tokenHash, now);
    return { actor: toActor(row, ip) };
  }

  return { resolveSession, forget };
}
