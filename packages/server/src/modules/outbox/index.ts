/**
 * The outbox: every SMS the platform sends, and how it leaves (ADR 0010, ADR 0083). `Sender.send(message, sql)`
 * records a message in the caller's transaction; with GONGHUI_SMS_PROVIDER=tencent|aliyun the dispatcher
 * (`dispatchSms`) sends queued rows through the provider's SDK after commit and `pollSmsReceipts` applies its
 * delivery receipts. `createSmsMessageDelivery` lets the message centre hand SMS copies of chosen kinds over.
 */

import { loadSmsConfig } from '../../config.ts';
import { defineModule } from '../../module-manifest.ts';
import { outboxRoutes } from './outbox.routes.ts';
import { createOutboxService } from './outbox.service.ts';
import { smsRoutes } from './outbox.sms.routes.ts';
import { createSmsService } from './outbox.sms.service.ts';

export { type DispatchSettings, dispatchSms, pollSmsReceipts } from './outbox.dispatch.ts';
export { createSmsMessageDelivery } from './outbox.messages.ts';
export type { SmsProvider } from './outbox.provider.ts';
export { createSmsProvider } from './outbox.providers.ts';
export { SMS_PURPOSES, smsMessageKinds } from './outbox.purposes.ts';
export { insertOutboxMessage } from './outbox.repository.ts';
export { outboxRoutes } from './outbox.routes.ts';
export {
  createOutboxSender,
  createSender,
  createSmsSender,
  type MessagePurpose,
  maskPhone,
  type OutboxSenderOptions,
  type OutgoingMessage,
  type Sender,
  withSmsSignature,
} from './outbox.sender.ts';
export { createOutboxService, type OutboxRow, type OutboxService } from './outbox.service.ts';
export { smsRoutes } from './outbox.sms.routes.ts';
export { createSmsService, type SmsService } from './outbox.sms.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'outbox',
  todo: { nothingWaits: 'messages sent: nothing waits' },
  description:
    "`outbox`, `sms_attempts`, `sms_daily`, `sms_templates`, `sms_preferences` — every message sent (SMS); the pluggable `Sender` (ADR 10); Tencent Cloud / Alibaba Cloud SMS through their SDKs: queued rows sent after commit by `dispatchSms` (skip locked, retries, per-number and daily limits), receipts by `pollSmsReceipts`, the delivery and template pages, each account's SMS choice per message kind and `createSmsMessageDelivery` for the message centre (ADR 83)",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, config, clock }) => ({
    outbox: createOutboxService(db),
    /** The SMS delivery page, templates and each account's SMS choices. */
    sms: createSmsService(db, config.sms ?? loadSmsConfig({}), clock),
  }),
  routes: (app, s) => {
    outboxRoutes(app, s);
    smsRoutes(app, s);
  },
});
