import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What org adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'org.read': { zh: '查看工会组织', en: 'See unions', roles: READ_ROLES },
    'org.write': { zh: '维护工会组织', en: 'Maintain unions', roles: WRITE_ROLES },
    /** A new top union (federation) with no parent. */
    'org.create_root': { zh: '新建顶级工会', en: 'Create a top union', roles: ['admin'] },
  },
  auditActions: {
    'org.close': { zh: '撤销工会', en: 'Closed a union' },
    'org.create': { zh: '新建工会', en: 'Created a union' },
    'org.move': { zh: '调整隶属关系', en: 'Moved a union' },
    'org.update': { zh: '修改工会信息', en: 'Updated a union' },
  },
  auditEntities: {
    org: { zh: '工会', en: 'Union' },
  },
});
