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
  /**
   * A key rotation's (`keys.rotation.*`) fields: the key, the keys it replaced and retired, and the values it
   * re-encrypted, counted by where they are kept (ADR 156).
   */
  auditFields: {
    key: {
      key: { zh: '密钥', en: 'Key' },
      from: { zh: '原密钥', en: 'Previous keys' },
      algorithm: { zh: '算法', en: 'Algorithm' },
      rows: { zh: '重新加密的数据', en: 'Values re-encrypted' },
      retired: { zh: '停用的密钥', en: 'Keys retired' },
      persons: { zh: '人员（身份证号、银行账号、京卡号）', en: 'People (ID, bank and card numbers)' },
      modelworkers: { zh: '劳模名册', en: 'Model workers register' },
      join_requests: { zh: '入会申请', en: 'Join requests' },
      hardship_members: { zh: '困难职工家庭成员', en: 'Hardship household members' },
      'cases.owner_hash': { zh: '匿名诉求', en: 'Anonymous requests' },
    },
  },
});
