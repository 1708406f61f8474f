import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What wellness adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /**
     * 疗休养 and 体检 places (双千工程) of the subtree: read programs, batches, lists and statistics; run programs,
     * batches, quotas, attendance and settlement; nominate members on a union's quota.
     */
    'wellness.read': {
      zh: '查看疗休养与体检',
      en: 'See recuperation and check-ups',
      roles: READ_ROLES,
    },
    'wellness.manage': {
      zh: '管理疗休养与体检',
      en: 'Manage recuperation and check-ups',
      roles: WRITE_ROLES,
    },
    'wellness.nominate': {
      zh: '推荐疗休养与体检人员',
      en: 'Nominate for recuperation and check-ups',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'wellness.program.create': { zh: '设立疗休养体检项目', en: 'Set up a wellness program' },
    'wellness.institution.create': { zh: '登记疗休养体检机构', en: 'Registered a wellness institution' },
    'wellness.batch.create': { zh: '安排疗休养体检批次', en: 'Scheduled a wellness batch' },
    'wellness.list.read': { zh: '查看疗休养体检名单', en: 'Read a wellness batch list' },
    'wellness.allocate': { zh: '分配疗休养体检名额', en: 'Allocated wellness places' },
    'wellness.nominate': { zh: '推荐疗休养体检人员', en: 'Nominated a worker for a wellness batch' },
    'wellness.substitute': { zh: '替换疗休养体检人员', en: 'Substituted a nominee' },
    'wellness.withdraw': { zh: '撤回疗休养体检推荐', en: 'Withdrew a nomination' },
    'wellness.decline': { zh: '职工放弃疗休养体检名额', en: 'A worker gave back a wellness place' },
    'wellness.attendance': { zh: '登记疗休养体检到场', en: 'Recorded wellness attendance' },
    'wellness.settle': { zh: '结算疗休养体检批次', en: 'Settled a wellness batch' },
    'wellness.import': { zh: '导入疗休养体检台账', en: 'Imported a wellness register' },
  },
  auditEntities: {
    wellness_program: { zh: '疗休养体检项目', en: 'Wellness program' },
    wellness_institution: { zh: '疗休养体检机构', en: 'Wellness institution' },
    wellness_batch: { zh: '疗休养体检批次', en: 'Wellness batch' },
  },
  reportingAreas: ['wellness'],
  menuArea: 'wellness',
  messageKinds: {
    'wellness.nominated': {
      to: 'worker',
      sms: { zh: '疗休养 / 体检入选', en: 'Nominated for a wellness trip' },
    },
    'wellness.reminder': { to: 'worker', sms: { zh: '疗休养 / 体检出发提醒', en: 'Wellness trip reminder' } },
    'wellness.withdrawn': {
      to: 'worker',
      sms: { zh: '疗休养 / 体检名额取消', en: 'Wellness place withdrawn' },
    },
    'wellness.declined': {
      to: 'staff',
      sms: { zh: '职工放弃疗休养 / 体检名额', en: 'A worker gave back a wellness place' },
    },
  },
});
