/**
 * The message centre: in-app notices to user accounts, in Chinese and English.
 *
 * Writing: a decision tells the people it concerns IN ITS OWN TRANSACTION — `notifyPerson(sql, personId,
 * notice)` (every account linked to the person), `notifyPersons(sql, notices)` (many, one statement),
 * `addMessage(sql, userIds, notice)`, or `personNoticeInsertSql(...)` for decisions taken in one SQL statement.
 * When the decision rolls back, so does the message.
 *
 * Reading: `/api/messages…` routes (permission messages.read, every role): a user sees and marks only their
 * own messages.
 *
 * Delivery out of the app (SMS, WeChat …): `deliverPending(db, delivery)` hands undelivered messages to a
 * `MessageDelivery` and marks what it took with delivered_at. The default `markOnlyDelivery` sends nothing
 * and only marks; main.ts runs a round every minute. A real sender (e.g. an outbox module) plugs in there
 * without this module knowing it.
 */
import { defineModule } from '../../module-manifest.ts';
import { messagesRoutes } from './messages.routes.ts';
import { createMessagesService } from './messages.service.ts';

export { deliverPending, type MessageDelivery, markOnlyDelivery } from './messages.delivery.ts';
export { MESSAGE_KIND_WORDS, MESSAGE_KINDS, type MessageKind } from './messages.kinds.ts';
export { listRecentMessages, type RecentMessage } from './messages.recent.repository.ts';
export type { PendingMessage } from './messages.repository.ts';
export { countUndelivered, personNoticeInsertSql, unionsStaff } from './messages.repository.ts';
export { messagesRoutes } from './messages.routes.ts';
export {
  addMessage,
  createMessagesService,
  type MessagesService,
  type Notice,
  notifyPerson,
  notifyPersons,
  notifyUnionStaff,
  type PersonNotice,
} from './messages.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'messages',
  todo: { nothingWaits: 'unread messages have their own bell' },
  description:
    "`messages` — in-app notices to user accounts in zh and en, written in the transaction of the decision that causes them (`notifyPerson`, `notifyPersons`, `addMessage`); `deliverPending` hands them to a pluggable `MessageDelivery` (reads `users` to find a person's accounts)",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, wiring }) => ({
    messages: createMessagesService(db, { waitingReviews: (orgId) => wiring.waitingReviews(db, orgId) }),
  }),
  routes: (app, s) => messagesRoutes(app, s),
});
