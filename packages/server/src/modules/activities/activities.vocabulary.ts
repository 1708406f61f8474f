import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What activities adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Workers' activities of the subtree: read them and their rosters; organise them, sign members up, check in. */
    'activities.read': {
      zh: '查看职工活动',
      en: 'See activities',
      roles: READ_ROLES,
    },
    'activities.manage': { zh: '组织职工活动', en: 'Run activities', roles: WRITE_ROLES },
  },
  auditActions: {
    'activity.cancel': { zh: '取消活动', en: 'Cancelled an activity' },
    'activity.checkin': { zh: '活动签到', en: 'Checked in at an activity' },
    'activity.create': { zh: '发布职工活动', en: 'Organised an activity' },
    'activity.import': { zh: '导入活动报名名单', en: 'Signed up a sheet of members' },
    'activity.register.import': { zh: '导入以往活动台账', en: 'Imported a register of past activities' },
    'activity.pair': { zh: '联谊互选成功', en: 'A mutual interest at a social mixer' },
    'activity.participants.read': { zh: '查看联谊参与者', en: "Read a social mixer's participants" },
    'activity.photo.add': { zh: '上传活动照片', en: 'Added an activity photo' },
    'activity.roster.read': { zh: '查看活动报名名单', en: 'Read an activity roster' },
    'activity.signup': { zh: '活动报名', en: 'Signed up for an activity' },
    'activity.signup.cancel': { zh: '取消活动报名', en: 'Cancelled a sign-up' },
  },
  auditEntities: {
    activities_register: { zh: '以往活动台账', en: 'Past activities register' },
    activity: { zh: '职工活动', en: 'Activity' },
  },
  reportingAreas: ['activities'],
  menuArea: 'activities',
  messageKinds: {
    'activity.promoted': { to: 'worker', sms: { zh: '活动候补转正', en: 'Activity place confirmed' } },
    'activity.cancelled': { to: 'worker', sms: { zh: '活动已取消', en: 'Activity cancelled' } },
  },
});

/** An activity's kind. */
export const ACTIVITY_KINDS = ['sports', 'family', 'class', 'social', 'show', 'volunteer', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
