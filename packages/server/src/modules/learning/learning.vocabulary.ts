import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What learning adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** The learning community: courses, sites and licences, activities, masters, statistics. */
    'learning.read': {
      zh: '查看学习活动',
      en: 'See learning',
      roles: READ_ROLES,
    },
    'learning.write': {
      zh: '维护课程与学习活动',
      en: 'Maintain courses and learning',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'learning.activity.create': { zh: '安排线下学习活动', en: 'Scheduled a learning activity' },
    'learning.attendance': { zh: '登记活动出席', en: 'Recorded activity attendance' },
    'learning.course.create': { zh: '新增课程', en: 'Added a course' },
    'learning.lesson.create': { zh: '新增课时', en: 'Added a lesson' },
    'learning.licence.create': { zh: '授权示范点数字资源', en: 'Licensed a demonstration site' },
    'learning.master.designate': { zh: '设立劳模工匠导师', en: 'Designated a master' },
    'learning.resource.create': { zh: '新增数字资源', en: 'Added a digital resource' },
    'learning.site.create': { zh: '签约示范点', en: 'Signed a demonstration site' },
  },
  auditEntities: {
    course: { zh: '课程', en: 'Course' },
    learning_activity: { zh: '线下学习活动', en: 'Learning activity' },
    learning_resource: { zh: '数字资源', en: 'Digital resource' },
    learning_site: { zh: '示范点', en: 'Demonstration site' },
    lesson: { zh: '课时', en: 'Lesson' },
    licence: { zh: '数字资源授权', en: 'Licence' },
    master: { zh: '劳模工匠导师', en: 'Master' },
  },
  reportingAreas: ['learning'],
  menuArea: 'learning',
});

export const COURSE_KINDS = ['skill', 'safety', 'mental', 'legal', 'master_lecture', 'other'] as const;

export const RESOURCE_KINDS = ['ebook', 'video', 'audio', 'document'] as const;

export const SITE_LEVELS = ['national', 'provincial', 'district', 'enterprise'] as const;
