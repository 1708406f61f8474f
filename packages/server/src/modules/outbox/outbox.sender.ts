import type { SmsConfig } from '../../config.ts';
import type { Db, Sql } from '../../db/db.ts';
import { maskCode, templateParams } from './outbox.purposes.ts';
import { findRecipientOrg, insertQueuedSms } from './outbox.queue.repository.ts';
import { insertOutboxMessage } from './outbox.repository.ts';
import type { OutgoingMessage } from './outbox.types.ts';

export type { MessagePurpose, OutgoingMessage } from './outbox.types.ts';

/**
 * Sends a message to a person. Pass `sql` to record the message in the caller's transaction, so a message
 * about a decision exists exactly when the decision does. With a provider configured the row waits (queued)
 * for the dispatcher, which sends it after the transaction commits (ADR 0010, ADR 0083).
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

/** The signature every SMS text opens with, as the carriers require and members know the platform's texts by. */
export const SMS_SIGNATURE = '【工会】';

/** A text with the signature in front, once (a text that has it already is left as it is). */
const signedSmsText = (text: string): string =>
  text.startsWith(SMS_SIGNATURE) ? text : `${SMS_SIGNATURE}${text}`;

/**
 * The one place an SMS is signed: wraps the configured sender (the outbox's, a provider's, or one plugged in), so a
 * module writes its text without the signature and every purpose carries the same one.
 */
export function withSmsSignature(sender: Sender): Sender {
  return {
    send: (message, sql) => sender.send({ ...message, text: signedSmsText(message.text) }, sql),
  };
}

/** A phone number as logs show it: 138****0000. */
export const maskPhone = (phone: string): string => phone.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2');

/**
 * The sender of a provider (GONGHUI_SMS_PROVIDER=tencent|aliyun): the message is recorded queued, with its
 * template parameters and the union it is counted against, in the caller's transaction; the dispatcher
 * (outbox.dispatch.ts) sends it. The log line names the purpose only: a one-time code never reaches a log.
 */
export function createSmsSender(
  db: Db,
  config: SmsConfig,
  { clock, log = (line: string) => console.log(line) }: { clock: () => Date; log?: (line: string) => void },
): Sender {
  return {
    async send(message, sql) {
      const on = sql ?? db;
      const org = await findRecipientOrg(on, message.to, message.orgId ?? null);
      const id = await insertQueuedSms(on, {
        to: message.to,
        text: message.text,
        purpose: message.purpose,
        provider: config.provider,
        orgId: org.orgId,
        federationId: org.federationId,
        params: templateParams(message.purpose, message.text, message.params),
        messageId: message.messageId ?? null,
        userId: message.userId ?? null,
        at: clock(),
      });
      log(
        `[outbox #${id}] ${message.channel} to ${maskPhone(message.to)} (${message.purpose}): queued for ${config.provider}`,
      );
    },
  };
}

/** The sender of the configuration: the outbox's, or a provider's. */
export function createSender(
  db: Db,
  config: SmsConfig | undefined,
  options: OutboxSenderOptions & { clock: () => Date },
): Sender {
  if (!config || config.provider === 'outbox') return createOutboxSender(db, options);
  return createSmsSender(db, config, options);
}

export { maskCode };
