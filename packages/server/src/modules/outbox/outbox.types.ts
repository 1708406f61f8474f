/** A message as the outbox takes it: shared by the sender and the outbox's repository. */

/** Why a message was sent; the outbox page and the log show it (modules/outbox/outbox.purposes.ts lists them). */
export type MessagePurpose =
  | 'activation_code'
  | 'login_code'
  | 'phone_change_code'
  | 'account_password'
  | 'join_received'
  | 'join_accepted'
  | 'join_declined'
  | string;

export interface OutgoingMessage {
  channel: 'sms';
  /** A mobile phone number (11 digits). */
  to: string;
  /** The whole message, as the outbox keeps it; a provider gets the template and its parameters instead. */
  text: string;
  purpose: MessagePurpose;
  /** The template parameters by name (outbox.purposes.ts); when absent they are read from the text. */
  params?: Record<string, string>;
  /** The union the message is counted against; by default the recipient member's union. */
  orgId?: number;
  /** The in-app message this SMS copies, and its account. */
  messageId?: number;
  userId?: number;
}
