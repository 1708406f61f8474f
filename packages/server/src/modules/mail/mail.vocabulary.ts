import { defineVocabulary } from '../../vocabulary.ts';

/** What mail adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  auditActions: {
    'account.mail_settings': { zh: '设置邮件提醒', en: 'Set e-mail reminders' },
  },
});
