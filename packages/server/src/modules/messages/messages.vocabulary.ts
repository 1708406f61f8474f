import { defineVocabulary } from '../../vocabulary.ts';

/** What messages adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'messages.read': {
      zh: '查看站内消息',
      en: 'Read messages',
      roles: ['admin', 'manager', 'staff', 'reviewer', 'worker', 'counsellor'],
    },
  },
});
