import { defineVocabulary } from '../../vocabulary.ts';

/** What outbox adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'outbox.read': { zh: '查看待发短信', en: 'See messages waiting to be sent', roles: ['admin'] },
    /** The SMS delivery page (counts, list, provider answers) of the subtree's unions. */
    'sms.read': { zh: '查看短信发送情况', en: 'See SMS deliveries', roles: ['admin', 'manager'] },
    /** The SMS template ids of the platform (the platform administrator). */
    'sms.templates': { zh: '设置短信模板', en: 'Set SMS templates', roles: ['admin'] },
  },
});

/** Where a text message stands: queued, sent, delivered (the operator's receipt), failed. */
export const DELIVERY_STATES = ['queued', 'sent', 'delivered', 'failed'] as const;
