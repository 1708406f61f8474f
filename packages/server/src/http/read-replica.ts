import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Db } from '../db/db.ts';
import { hasReplica, LSN, type ReadChoice, runWithReadChoice } from '../db/replica.ts';

/** The cookie holding the primary's WAL position after the caller's last write (read-your-write). */
export const LSN_COOKIE = 'gonghui_lsn';
/** How long a write makes the caller's replica reads wait for it: longer than any sane replication lag. */
const LSN_COOKIE_SECONDS = 300;

/** Statistics pages and exports (and their .xlsx): the reads a replica serves (ADR 0080). */
const REPLICA_URL = /\/(stats|statistics|export|report)(\/|\.|$)|^\/api\/reports\//;

/** Marks the GET routes a replica may serve: `config.replica`, set here by URL unless the route set it itself. */
export function markReplicaRoute(route: RouteOptions): void {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (!methods.includes('GET') || route.config?.replica !== undefined) return;
  if (REPLICA_URL.test(route.url)) route.config = { ...route.config, replica: true };
}

/**
 * With DATABASE_READ_URL: the reads of replica routes go to the replica, unless the caller's last write (its
 * `gonghui_lsn` cookie) is not replayed there yet; every successful write answers with that cookie, so the page
 * that has just written reads its own write. Without a replica: nothing.
 */
export function installReadReplica(app: FastifyInstance, db: Db): void {
  if (!hasReplica(db)) return;
  app.addHook('preHandler', (req, _reply, done) => {
    if (!req.routeOptions.config?.replica) return done();
    const given = req.cookies[LSN_COOKIE];
    const choice: ReadChoice = { replica: true, afterLsn: given && LSN.test(given) ? given : undefined };
    (req as { readChoice?: ReadChoice }).readChoice = choice;
    runWithReadChoice(choice, done);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const choice = (req as { readChoice?: ReadChoice }).readChoice;
    if (choice) reply.header('x-gonghui-read', choice.used === 'replica' ? 'replica' : 'primary');
    if (req.method === 'GET' || req.method === 'HEAD' || reply.statusCode >= 400) return payload;
    try {
      reply.setCookie(LSN_COOKIE, await db.primaryLsn(), {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        maxAge: LSN_COOKIE_SECONDS,
      });
    } catch {
      // without the position the next replica read may be stale by the replication lag: never wrong for long
    }
    return payload;
  });
}
