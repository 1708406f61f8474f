import { defineVocabulary, WRITE_ROLES } from '../../vocabulary.ts';

/** What returns adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Returns (填报任务): issue a return to the unions below; fill one's own union's; review those of the unions below. */
    'returns.issue': { zh: '下发填报任务', en: 'Issue returns', roles: WRITE_ROLES },
    'returns.fill': { zh: '填报', en: 'Fill in returns', roles: WRITE_ROLES },
    'returns.review': {
      zh: '审核下级填报',
      en: 'Review returns from below',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'return.accept': { zh: '审核通过报表', en: 'Accepted a return' },
    'return.close': { zh: '结束填报任务', en: 'Closed a return' },
    'return.create': { zh: '新建填报任务', en: 'Created a return' },
    'return.issue': { zh: '下发填报任务', en: 'Issued a return' },
    'return.not_reported': { zh: '标记下级未报', en: 'Marked a union as not reported' },
    'return.refresh': { zh: '重新读取平台统计数', en: 'Read the bound figures again' },
    'return.reopen': { zh: '恢复下级填报', en: 'Reopened a union’s return' },
    'return.save': { zh: '保存报表数据', en: 'Saved return values' },
    'return.send_back': { zh: '退回报表', en: 'Returned a return for changes' },
    'return.settings': { zh: '设置统计年度', en: 'Set the survey year' },
    'return.submit': { zh: '报送报表', en: 'Submitted a return' },
    'return.update': { zh: '修改填报任务', en: 'Updated a return' },
    'return.upload': { zh: '上传报表文件', en: 'Uploaded a return sheet' },
  },
  auditEntities: {
    return: { zh: '填报任务', en: 'Return' },
  },
  messageKinds: {
    'return.reminder': { to: 'staff', sms: { zh: '报表截止提醒', en: 'Return deadline reminder' } },
    'return.submitted': { to: 'staff', sms: { zh: '报表已报送待审', en: 'Return handed in for review' } },
    'return.accepted': { to: 'staff', sms: { zh: '报表已审核通过', en: 'Return accepted' } },
    'return.returned': { to: 'staff', sms: { zh: '报表被退回修改', en: 'Return sent back for changes' } },
  },
});

/**
 * A return's form (ADR 47): sections of fields and tables, and cross-field rules written as comparisons. Labels,
 * units and help are what the issuing clerk typed (stored as typed); keys are generated and never shown. Every
 * number is an integer: money in fen, a percentage in hundredths of a percent.
 */
/** The types of a return's field; every number is an integer (money in fen, a percentage in hundredths). */
export const FIELD_TYPES = ['int', 'money', 'percent', 'text', 'choice', 'date'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
