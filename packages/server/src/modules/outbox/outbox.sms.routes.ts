import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  DeliveryDetail,
  DeliveryList,
  DeliveryQuery,
  DeliverySummary,
  MessageStates,
  MessageStatesQuery,
  Preferences,
  PreferencesBody,
  PurposeParams,
  TemplateBody,
  TemplateItem,
  TemplateList,
} from './outbox.sms.schemas.ts';
import type { SmsService } from './outbox.sms.service.ts';

const tags = ['sms'];

/** The SMS delivery page, the template page, and each account's choice of SMS (ADR 0083). */
export function smsRoutes(app: App, { sms }: { sms: SmsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/sms/deliveries/summary', {
    config: { permission: 'sms.read' },
    summary: "This month's SMS of my subtree: sent, delivered, failed by reason, retried, cost in fen",
    response: DeliverySummary,
    use: sms.deliverySummary,
  });
  on.get('/api/sms/deliveries', {
    config: { permission: 'sms.read' },
    summary: 'SMS sent through the provider for my subtree, newest first; one-time codes masked',
    querystring: DeliveryQuery,
    response: DeliveryList,
    use: sms.listDeliveries,
  });
  on.get('/api/sms/deliveries/:id', {
    config: { permission: 'sms.read' },
    summary: "One SMS with every attempt and the provider's answers (another union's answers 404)",
    params: IdParams,
    response: DeliveryDetail,
    use: sms.getDelivery,
  });
  on.get('/api/sms/templates', {
    config: { permission: 'sms.templates' },
    summary: 'Every SMS purpose with its template parameters in order and the template id in force',
    response: TemplateList,
    use: sms.listTemplates,
  });
  on.put('/api/sms/templates/:purpose', {
    config: { permission: 'sms.templates' },
    summary: 'Set (or clear with null) the approved template id of a purpose',
    params: PurposeParams,
    body: TemplateBody,
    response: TemplateItem,
    run: (actor, { params, body }) => sms.setTemplate(actor, params.purpose, body.templateId),
  });
  on.get('/api/sms/preferences', {
    config: { permission: 'messages.read' },
    summary: 'Which kinds of my messages also come by SMS (codes always do)',
    response: Preferences,
    use: sms.getPreferences,
  });
  on.put('/api/sms/preferences', {
    config: { permission: 'messages.read' },
    summary: 'Choose the kinds of my messages that also come by SMS',
    body: PreferencesBody,
    response: Preferences,
    run: (actor, { body }) => sms.setPreferences(actor, body.kinds),
  });
  on.get('/api/sms/message-states', {
    config: { permission: 'messages.read' },
    summary: 'The SMS state of my messages by id (sent, delivered, failed with the reason)',
    querystring: MessageStatesQuery,
    response: MessageStates,
    run: (actor, { query }) => sms.messageStates(actor, query.ids.split(',').map(Number)),
  });
}
