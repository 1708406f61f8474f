import type { Db, Sql } from '../../db/db.ts';
import { insertOutboxMessage } from './outbox.repository.ts';

/** Why a message was sent; the outbox page and the log show it. */
export type MessagePurpose = 'activation_code' | 'join_received' | 'join_accepted' | 'join_declined' | string;

export interface OutgoingMessage {
  channel: 'sms';
  /** A mobile phone number (11 digits). */
  to: string;
  text: string;
  purpose: MessagePurpose;
}

/**
 * Sends a message to a person. Pass `sql` to record the message in the caller's transaction, so a message
 * about a decision exists exactly when the decision does. A gateway implementation records the message the
 * same way and delivers it after the transaction commits (ADR 0010).
 */
export interface Sender {
  send(message: OutgoingMessage, sql?: Sql): Promise<void>;
}

export interface OutboxSenderOptions {
  /** Where the server log goes; the default sender writes one line per message. */
  log?: (line: string) => void;
  /** In production the log line leaves out the text (it may hold a one-time code); the outbox keeps it. */
  production?: boolean;
}

/**
 * The default sender: no SMS gateway is reachable, so a message is written to the outbox table (sent_at
 * null) and to the server log, where an administrator reads it (GET /api/outbox).
 */
export function createOutboxSender(db: Db, options: OutboxSenderOptions = {}): Sender {
  const log = options.log ?? ((line: string) => console.log(line));
  return {
    async send(message, sql) {
      const id = await insertOutboxMessage(sql ?? db, message);
      const shown = options.production ? `(${message.text.length} chars, see the outbox)` : message.text;
      log(`[outbox #${id}] ${message.channel} to ${message.to} (${message.purpose}): ${shown}`);
    },
  };
}
