import { defineVocabulary, WRITE_ROLES } from '../../vocabulary.ts';

/** What onboarding adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'members.join.review': {
      zh: '审核入会申请',
      en: 'Review requests to join',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'account.activate': { zh: '激活职工账号', en: 'Activated a worker account' },
    'join_request.accept': { zh: '同意入会申请', en: 'Accepted a request to join' },
    'join_request.create': { zh: '提交入会申请', en: 'Asked to join' },
    'join_request.decline': { zh: '拒绝入会申请', en: 'Declined a request to join' },
    'join_request.export': { zh: '导出入会申请', en: 'Exported the join requests' },
  },
  auditEntities: {
    join_request: { zh: '入会申请', en: 'Request to join' },
  },
});

/** Where a request to join stands: pending, accepted, declined. */
export const JOIN_STATUSES = ['pending', 'accepted', 'declined'] as const;
