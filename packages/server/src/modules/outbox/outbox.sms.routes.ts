import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
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
  app.get(
    '/api/sms/deliveries/summary',
    {
      config: { permission: 'sms.read' },
      schema: {
        tags,
        summary: "This month's SMS of my subtree: sent, delivered, failed by reason, retried, cost in fen",
        response: { 200: DeliverySummary },
      },
    },
    async (req) => sms.deliverySummary(actorOf(req)),
  );
  app.get(
    '/api/sms/deliveries',
    {
      config: { permission: 'sms.read' },
      schema: {
        tags,
        summary: 'SMS sent through the provider for my subtree, newest first; one-time codes masked',
        querystring: DeliveryQuery,
        response: { 200: DeliveryList },
      },
    },
    async (req) => sms.listDeliveries(actorOf(req), req.query),
  );
  app.get(
    '/api/sms/deliveries/:id',
    {
      config: { permission: 'sms.read' },
      schema: {
        tags,
        summary: "One SMS with every attempt and the provider's answers (another union's answers 404)",
        params: IdParams,
        response: { 200: DeliveryDetail },
      },
    },
    async (req) => sms.getDelivery(actorOf(req), req.params.id),
  );
  app.get(
    '/api/sms/templates',
    {
      config: { permission: 'sms.templates' },
      schema: {
        tags,
        summary: 'Every SMS purpose with its template parameters in order and the template id in force',
        response: { 200: TemplateList },
      },
    },
    async (req) => sms.listTemplates(actorOf(req)),
  );
  app.put(
    '/api/sms/templates/:purpose',
    {
      config: { permission: 'sms.templates' },
      schema: {
        tags,
        summary: 'Set (or clear with null) the approved template id of a purpose',
        params: PurposeParams,
        body: TemplateBody,
        response: { 200: TemplateItem },
      },
    },
    async (req) => sms.setTemplate(actorOf(req), req.params.purpose, req.body.templateId),
  );
  app.get(
    '/api/sms/preferences',
    {
      config: { permission: 'messages.read' },
      schema: {
        tags,
        summary: 'Which kinds of my messages also come by SMS (codes always do)',
        response: { 200: Preferences },
      },
    },
    async (req) => sms.getPreferences(actorOf(req)),
  );
  app.put(
    '/api/sms/preferences',
    {
      config: { permission: 'messages.read' },
      schema: {
        tags,
        summary: 'Choose the kinds of my messages that also come by SMS',
        body: PreferencesBody,
        response: { 200: Preferences },
      },
    },
    async (req) => sms.setPreferences(actorOf(req), req.body.kinds),
  );
  app.get(
    '/api/sms/message-states',
    {
      config: { permission: 'messages.read' },
      schema: {
        tags,
        summary: 'The SMS state of my messages by id (sent, delivered, failed with the reason)',
        querystring: MessageStatesQuery,
        response: { 200: MessageStates },
      },
    },
    async (req) => sms.messageStates(actorOf(req), req.query.ids.split(',').map(Number)),
  );
}
