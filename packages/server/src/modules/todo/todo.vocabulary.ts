import { defineVocabulary, EVERY_ROLE } from '../../vocabulary.ts';

/** What todo adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** The account's own to-do list (待办): what waits for it across every module. Every role holds it. */
    'todo.read': {
      zh: '查看待办',
      en: 'See the to-do list',
      roles: EVERY_ROLE,
    },
  },
});
