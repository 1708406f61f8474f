import { defineVocabulary } from '../../vocabulary.ts';

/** What keys adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  auditActions: {
    'keys.rotation.start': { zh: '开始密钥轮换', en: 'Started a key rotation' },
    'keys.rotation.finish': { zh: '完成密钥轮换', en: 'Finished a key rotation' },
  },
  auditEntities: {
    key: { zh: '数据加密密钥', en: 'Data encryption key' },
  },
});
