import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../access/access.ts';
import type { Db } from '../db/db.ts';
import { recordAudit } from '../modules/audit/index.ts';
import type { AppError } from '../shared/errors.ts';
import { createRefusalTally } from './refusal-tally.ts';

/** How often the counts of refusals no later refusal wrote are written on their own. */
const HELD_WRITTEN_EVERY_MS = 60_000;

/**
 * The audit of a signed-in caller refused (ADR 148): a row of its own (the refused act wrote nothing), up to a bound
 * a minute; past it the refusals are counted, and the count goes on the account's next refusal row, or — where no
 * refusal follows — on a row of its own within a minute or two, and as the server stops. Answers the error
 * handler's `refused`.
 */
export function refusalAudit(app: FastifyInstance, db: Db, clock: () => Date) {
  const refusals = createRefusalTally<Actor>(clock);
  const writeHeld = async (all = false) => {
    for (const { who, refusalsUnrecorded } of refusals.unwritten(all))
      await recordAudit(db, who, {
        action: 'access.denied',
        entity: 'request',
        after: { refusalsUnrecorded },
      });
  };
  const timer = setInterval(() => {
    writeHeld().catch((err) => app.log.error({ err }, 'the count of refusals was not written'));
  }, HELD_WRITTEN_EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await writeHeld(true).catch((err) => app.log.error({ err }, 'the count of refusals was not written'));
  });
  return async (req: FastifyRequest, err: AppError) => {
    const actor = req.actor;
    const who = actor && { ...actor, ip: req.ip };
    const note = who && refusals.admit(who.userId, who);
    if (!who || !note) return;
    const permission = (err.details as { permission?: unknown } | undefined)?.permission;
    await recordAudit(db, who, {
      action: 'access.denied',
      entity: 'request',
      after: {
        request: `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]}`,
        refusal: err.code,
        ...(typeof permission === 'string' ? { permission } : {}),
        ...note,
      },
    });
  };
}
