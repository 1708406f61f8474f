import { defineVocabulary, WRITE_ROLES } from '../../vocabulary.ts';

/** What memberrequests adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Members' own corrections and transfers (会员自助申请) of the subtree's unions: see, agree, decline. */
    'members.requests.review': {
      zh: '处理会员自助申请',
      en: 'Handle members’ own requests',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'member_request.accept': { zh: '同意会员申请', en: "Agreed to a member's request" },
    'member_request.create': { zh: '提交会员申请（更正或转会）', en: 'Asked for a correction or a transfer' },
    'member_request.decline': { zh: '不同意会员申请', en: "Declined a member's request" },
    'member_request.export': { zh: '导出会员申请', en: "Exported members' requests" },
    'member_request.read': { zh: '查看会员申请', en: "Read a member's request" },
  },
  auditEntities: {
    member_request: { zh: '会员申请', en: 'Member request' },
  },
  /** The codes its audit rows hold that only the audit log says, in words (ADR 156). */
  auditValues: {
    member_request: {
      // which union of a transfer decided it
      side: {
        from: { zh: '转出工会', en: 'The union left' },
        to: { zh: '转入工会', en: 'The union joined' },
      },
    },
  },
  messageKinds: {
    'member_request.pending': {
      to: 'worker',
      sms: { zh: '转会：一方工会已同意', en: 'Transfer agreed by one union' },
    },
    'member_request.accepted': {
      to: 'worker',
      sms: { zh: '转会 / 信息更正已办结', en: 'Transfer or correction done' },
    },
    'member_request.declined': {
      to: 'worker',
      sms: { zh: '转会 / 信息更正未获同意', en: 'Transfer or correction declined' },
    },
  },
});

/** Where a member's request stands: pending, accepted, declined. */
export const REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
