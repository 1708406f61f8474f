import type { Db, Sql } from '../../db/db.ts';
import { lockUndelivered, markDelivered, type PendingMessage } from './messages.repository.ts';

/**
 * Pushes messages out of the app (SMS, WeChat, e-mail …). The message centre does not depend on any sender:
 * the composition root passes one in. `send` gets a batch of undelivered messages and answers the ids it has
 * handed over; those are marked delivered. An id it leaves out (or a throw) keeps the message pending for
 * the next round, so a sender must tolerate seeing a message again (at-least-once). `sql` is the round's
 * transaction: a sender that records copies (the outbox's SMS, modules/outbox) writes them there, so a copy
 * exists exactly when its message is marked delivered.
 */
export interface MessageDelivery {
  send(messages: PendingMessage[], sql: Sql): Promise<number[]>;
}

/** The default: nothing leaves the app; messages are only marked as handled so the queue stays empty. */
export const markOnlyDelivery: MessageDelivery = {
  async send(messages) {
    return messages.map((m) => m.id);
  },
};

/**
 * One round of delivery: up to `limit` undelivered messages, oldest first, in one transaction with the rows
 * locked (`skip locked`), so two server instances never hand the same message over at the same time.
 * Returns how many were marked delivered. Run it periodically (main.ts does, every minute).
 */
export async function deliverPending(
  db: Db,
  delivery: MessageDelivery = markOnlyDelivery,
  { limit = 500 }: { limit?: number } = {},
): Promise<number> {
  return db.tx(async (sql) => {
    const pending = await lockUndelivered(sql, limit);
    if (!pending.length) return 0;
    const sent = new Set(await delivery.send(pending, sql));
    const ids = pending.filter((m) => sent.has(m.id)).map((m) => m.id);
    await markDelivered(sql, ids);
    return ids.length;
  });
}
