import type { Sql } from '../../db/db.ts';
import { findSmsRecipients } from './outbox.prefs.repository.ts';
import { findSmsPurpose } from './outbox.purposes.ts';
import type { Sender } from './outbox.sender.ts';

/** What the message centre hands over (a structural copy of messages' PendingMessage). */
interface InAppMessage {
  id: number;
  userId: number;
  kind: string;
  titleZh: string;
  bodyZh: string;
}

/**
 * The message centre's delivery (messages' MessageDelivery, plugged in by main.ts): every message whose kind has
 * an SMS template purpose and whose account chose that kind gets an SMS copy through the sender, in the round's
 * transaction, with the message's id on it so the worker's message list shows its SMS state. Every message is
 * answered as handed over; those without a copy stay in the app only.
 */
export function createSmsMessageDelivery(sender: Sender) {
  return {
    async send(messages: InAppMessage[], sql: Sql): Promise<number[]> {
      const candidates = messages.filter((m) => findSmsPurpose(m.kind)?.messageKind);
      const recipients = await findSmsRecipients(
        sql,
        candidates.map((m) => ({ userId: m.userId, kind: m.kind })),
      );
      const phoneOf = new Map(recipients.map((r) => [`${r.userId}:${r.kind}`, r.phone]));
      for (const m of candidates) {
        const phone = phoneOf.get(`${m.userId}:${m.kind}`);
        if (!phone) continue;
        await sender.send(
          {
            channel: 'sms',
            to: phone,
            purpose: m.kind,
            text: `${m.titleZh}：${m.bodyZh}`,
            params: { title: m.titleZh },
            messageId: m.id,
            userId: m.userId,
          },
          sql,
        );
      }
      return messages.map((m) => m.id);
    },
  };
}
