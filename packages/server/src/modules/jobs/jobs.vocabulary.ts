import { defineVocabulary, READ_ROLES } from '../../vocabulary.ts';

/** What jobs adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'jobs.read': {
      zh: '查看本人发起的后台任务',
      en: 'See one’s own background jobs',
      roles: READ_ROLES,
    },
    /** See the jobs every user started, not only one's own. */
    'jobs.read.all': { zh: '查看所有后台任务', en: 'See every background job', roles: ['admin'] },
  },
  auditEntities: {
    job: { zh: '后台任务', en: 'Background job' },
  },
});
