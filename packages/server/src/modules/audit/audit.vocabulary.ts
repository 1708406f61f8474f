import { defineVocabulary } from '../../vocabulary.ts';

/** What audit adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'audit.read': { zh: '查看与导出操作日志', en: 'Read and export the audit log', roles: ['audit_admin'] },
  },
  auditActions: {
    'audit.export': { zh: '导出操作日志', en: 'Exported the audit log' },
    'audit.archive': { zh: '归档操作日志', en: 'Archived the audit log' },
    'audit.verify': { zh: '校验操作日志完整性', en: 'Checked the audit log is intact' },
    /** A signed-in caller refused (403): what they asked, and why (http/app.ts). */
    'access.denied': { zh: '访问被拒绝', en: 'Access refused' },
  },
  auditEntities: {
    audit: { zh: '操作日志', en: 'Audit log' },
    request: { zh: '请求', en: 'Request' },
  },
});

/** The fields of an audited record that hold a union's id; the log answers their names beside them. */
export const AUDIT_UNION_FIELDS = [
  'orgId',
  'parentId',
  'newParentId',
  'stepOrgId',
  'applicantOrgId',
] as const;

/** Fields of before/after values that name a person (a member) by id: the log answers their names beside the row. */
export const AUDIT_PERSON_FIELDS = [
  'personId',
  'personIds',
  'masterPersonId',
  'apprenticePersonId',
  'leaderPersonId',
] as const;
