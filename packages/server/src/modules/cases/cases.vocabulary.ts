import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What cases adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Workers' requests (诉求) handled in or filed with the subtree's unions: read them and their statistics. */
    'cases.read': {
      zh: '查看职工诉求',
      en: 'See workers’ requests',
      roles: READ_ROLES,
    },
    /** Enter requests taken by phone, at a reception day or a meeting; accept, assign, transfer, escalate, reply, close. */
    'cases.handle': {
      zh: '办理职工诉求',
      en: 'Handle workers’ requests',
      roles: WRITE_ROLES,
    },
    /** The working-day calendar and the deadlines of each request category (platform-wide). */
    'cases.calendar': { zh: '设置工作日与办理时限', en: 'Set working days and deadlines', roles: ['admin'] },
  },
  auditActions: {
    'case.accept': { zh: '受理诉求', en: 'Accepted a request' },
    'case.assign': { zh: '指派诉求承办人', en: 'Assigned a handler to a request' },
    'case.calendar.delete': {
      zh: '删除工作日历中的特殊日',
      en: 'Removed a day from the working-day calendar',
    },
    'case.calendar.import': { zh: '导入全年节假日', en: "Import a year's holidays" },
    'case.calendar.save': { zh: '设置节假日或调休上班日', en: 'Set a holiday or make-up working day' },
    'case.category.add': { zh: '新增诉求类别', en: 'Added a request category' },
    'case.category.save': { zh: '修改诉求类别', en: 'Changed a request category' },
    'case.close': { zh: '办结诉求', en: 'Closed a request' },
    'case.escalate': { zh: '诉求上报上级工会', en: 'Escalated a request to the union above' },
    'case.file': { zh: '提交诉求', en: 'Filed a request' },
    'case.import': { zh: '导入诉求台账', en: 'Import a requests register' },
    'case.file.read': { zh: '查看诉求附件', en: 'Opened a file of a request' },
    'case.list': { zh: '查看诉求列表', en: 'Listed requests' },
    'case.export': { zh: '导出诉求清单', en: 'Exported the requests list' },
    'case.rate': { zh: '评价诉求答复', en: 'Rated the answer to a request' },
    'case.read': { zh: '查看诉求', en: 'Read a request' },
    'case.reopen': { zh: '重新打开诉求', en: 'Reopened a request' },
    'case.reply': { zh: '答复诉求', en: 'Answered a request' },
    'case.settings.save': { zh: '设置诉求下班时间', en: 'Set the end of office hours for requests' },
    'case.transfer': { zh: '转办诉求', en: 'Transferred a request' },
    'case.worker_reply': { zh: '职工补充诉求', en: 'The worker added to a request' },
  },
  auditEntities: {
    case: { zh: '职工诉求', en: "A worker's request" },
  },
  /** Its objects' fields the shared audit words do not say, or say otherwise for them (ADR 156). */
  auditFields: {
    case: {
      first: { zh: '首次答复', en: 'First answer' },
      onTime: { zh: '按时答复', en: 'Answered on time' },
      answerDue: { zh: '答复期限', en: 'Answer due by' },
      handlerUserId: { zh: '承办人账号', en: "Handler's account" },
      handlerName: { zh: '承办人', en: 'Handler' },
    },
  },
  /** The codes its audit rows hold that only the audit log says, in words (ADR 156). */
  auditValues: {
    case: {
      identity: {
        shown: { zh: '显示职工身份', en: 'Worker shown' },
        hidden: {
          zh: '诉求已转出本工会，不显示职工身份',
          en: 'The request has left this union: the worker is not shown',
        },
        anonymous: { zh: '匿名诉求', en: 'Anonymous request' },
        unnamed: { zh: '登记时未记录职工', en: 'No worker was recorded when it was entered' },
      },
      missed: {
        ack: { zh: '受理期限', en: 'Acceptance deadline' },
        answer: { zh: '答复期限', en: 'Answer deadline' },
      },
      // the categories shipped, where the log has no name beside the code: the audit page says a request's category
      // by the name its row holds now (wiring `caseCategoryNames`), which a category added later has nowhere else
      category: {
        wages: { zh: '工资报酬', en: 'Wages and pay' },
        contract: { zh: '劳动合同', en: 'Labour contract' },
        social_insurance: { zh: '社会保险', en: 'Social insurance' },
        safety: { zh: '劳动安全', en: 'Work safety' },
        mental_health: { zh: '心理健康', en: 'Mental health' },
        hardship: { zh: '困难帮扶', en: 'Hardship relief' },
        suggestion: { zh: '意见建议', en: 'Suggestion' },
        other: { zh: '其他', en: 'Other' },
        democratic_management: { zh: '民主管理', en: 'Democratic management' },
        rest_leave: { zh: '休息休假', en: 'Rest and leave' },
        women_rights: { zh: '女职工权益', en: "Women workers' rights" },
        welfare: { zh: '福利待遇', en: 'Welfare and benefits' },
        training: { zh: '职业培训', en: 'Vocational training' },
      },
    },
  },
  reportingAreas: ['cases'],
  menuArea: 'cases',
  messageKinds: {
    'case.update': { to: 'both', sms: { zh: '诉求有新进展', en: 'Request updated' } },
  },
});

/**
 * Where a request came in (seeds 001, 003, 004): 工会主席信箱, 职工维权热线, 维权微信号, 接待日, 恳谈会,
 * 职代会/职工大会, 民主管理委员会, and the phone app (12351-style).
 */
export const CHANNELS = [
  'mailbox',
  'hotline',
  'wechat',
  'reception',
  'forum',
  'congress',
  'committee',
  'app',
] as const;
export type Channel = (typeof CHANNELS)[number];
