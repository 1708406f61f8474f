import { api, unwrap } from '../../api/client.ts';
import { listCall } from '../../api/recordCalls.ts';
import type { Answer } from '../../api/types.ts';

export { DELIVERY_STATES } from '../../../../server/src/modules/outbox/outbox.vocabulary.ts';

/** Calls of the SMS delivery page and the template page (/api/sms…). */
export type DeliverySummary = Answer<'/api/sms/deliveries/summary'>;
export type DeliveryList = Answer<'/api/sms/deliveries'>;
export type Delivery = DeliveryList['items'][number];
export type DeliveryState = Delivery['state'];
export type TemplateList = Answer<'/api/sms/templates'>;
export type SmsTemplate = TemplateList['items'][number];

export const smsApi = {
  summary: () => unwrap(api.GET('/api/sms/deliveries/summary')),
  list: listCall('/api/sms/deliveries'),
  templates: () => unwrap(api.GET('/api/sms/templates')),
  setTemplate: (purpose: string, templateId: string | null) =>
    unwrap(api.PUT('/api/sms/templates/{purpose}', { params: { path: { purpose } }, body: { templateId } })),
};
