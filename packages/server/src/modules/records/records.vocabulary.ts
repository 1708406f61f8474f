import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What records adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'records.read': {
      zh: '查看证书与获奖记录',
      en: 'See certificates and awards',
      roles: READ_ROLES,
    },
    'records.write': {
      zh: '维护证书与获奖记录',
      en: 'Maintain certificates and awards',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'record.create': { zh: '新增记录', en: 'Added a record' },
    'record.delete': { zh: '删除记录', en: 'Deleted a record' },
    'record.import': { zh: '批量导入记录', en: 'Imported records' },
  },
  auditEntities: {
    record: { zh: '记录', en: 'Record' },
  },
  /** The codes its audit rows hold that only the audit log says, in words (ADR 156). */
  auditValues: {
    record: {
      // a training record's result, as the records register reads it (合格, 不合格, 缺考)
      result: {
        passed: { zh: '合格', en: 'Passed' },
        failed: { zh: '不合格', en: 'Failed' },
        absent: { zh: '缺考', en: 'Absent' },
      },
    },
  },
});

/** The kinds of record (the evidence programs look at): 职业资格证书, 竞赛获奖, 培训, 专利. */
export const RECORD_KINDS = ['certificate', 'award', 'training', 'patent'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
