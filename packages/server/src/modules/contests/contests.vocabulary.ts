import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What contests adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    'contests.read': { zh: '查看竞赛', en: 'See contests', roles: READ_ROLES },
    /** Create contests, close registration, enter, import and publish results (the organiser's staff). */
    'contests.manage': { zh: '组织竞赛', en: 'Run contests', roles: WRITE_ROLES },
    /** Register a union's entries in a contest. */
    'contests.enter': { zh: '报名参赛', en: 'Enter contests', roles: WRITE_ROLES },
  },
  auditActions: {
    'contest.close': { zh: '竞赛截止报名', en: 'Closed a contest to entries' },
    'contest.create': { zh: '新建竞赛', en: 'Created a contest' },
    'contest.edit': { zh: '修改竞赛', en: 'Edited a contest' },
    'contest.entries.export': { zh: '导出竞赛报名名单', en: 'Exported the contest entries' },
    'contest.publish': { zh: '发布竞赛成绩', en: 'Published contest results' },
    'contest.results_import': { zh: '导入竞赛成绩', en: 'Imported contest results' },
    'contest_entry.create': { zh: '竞赛报名', en: 'Registered a contest entry' },
    'contest_entry.result': { zh: '录入竞赛成绩', en: 'Entered a contest result' },
    'contest_entry.withdraw': { zh: '撤回竞赛报名', en: 'Withdrew a contest entry' },
  },
  auditEntities: {
    contest: { zh: '竞赛', en: 'Contest' },
    contest_entry: { zh: '竞赛报名', en: 'Contest entry' },
  },
  reportingAreas: ['contests'],
  menuArea: 'contests',
});

/** 国家级, 市级, 区级, 系统/行业, 企业级. */
export const CONTEST_LEVELS = ['national', 'city', 'district', 'industry', 'enterprise'] as const;
export type ContestLevel = (typeof CONTEST_LEVELS)[number];

/** open: unions register entries; closed: registration over, results being entered; published. */
export const CONTEST_STATUSES = ['open', 'closed', 'published'] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];

/** Who enters an event: one person, a team (班组) of members, or a unit (单位) with no persons named. */
export const ENTRY_MODES = ['individual', 'team', 'unit'] as const;
export type EntryMode = (typeof ENTRY_MODES)[number];
