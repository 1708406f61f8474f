import { defineVocabulary, READ_ROLES } from '../../vocabulary.ts';

/** What reporting adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'reports.read': {
      zh: '查看统计报表',
      en: 'See statistics',
      roles: READ_ROLES,
    },
  },
});
