export { insertOutboxMessage } from './outbox.repository.ts';
export { outboxRoutes } from './outbox.routes.ts';
export {
  createOutboxSender,
  type MessagePurpose,
  type OutboxSenderOptions,
  type OutgoingMessage,
  type Sender,
} from './outbox.sender.ts';
export { createOutboxService, type OutboxRow, type OutboxService } from './outbox.service.ts';
export const outboxMigrations = new URL('./migrations/', import.meta.url);
