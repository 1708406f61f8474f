import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What elections adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Founding unions (组建) and their elections (换届) in the subtree: read foundings, terms, elections and statistics; record them. */
    'elections.read': {
      zh: '查看组建与换届',
      en: 'See foundings and elections',
      roles: READ_ROLES,
    },
    'elections.write': {
      zh: '登记组建与换届',
      en: 'Record foundings and elections',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'election.record': { zh: '记录换届选举', en: 'Recorded an election' },
    'elections.setting': { zh: '设置委员会任期和当选规则', en: 'Set the committee term and majority rule' },
    'founding.apply': { zh: '登记组建工会申请', en: 'Recorded an application to found a union' },
    'founding.approve': { zh: '批准成立工会', en: 'Approved the founding of a union' },
    'founding.elect': { zh: '记录第一届委员会选举结果', en: 'Recorded the first committee elected' },
    'founding.meet': { zh: '记录建会会员大会', en: "Recorded the founding members' meeting" },
    'founding.prepare': { zh: '成立工会筹备组', en: 'Recorded the preparatory group' },
  },
  auditEntities: {
    election: { zh: '换届选举', en: 'Election' },
    founding: { zh: '工会组建', en: 'Founding' },
  },
  /** Its objects' fields the shared audit words do not say, or say otherwise for them (ADR 156). */
  auditFields: {
    founding: {
      leader: { zh: '筹备组组长', en: 'Preparatory group leader' },
      members: { zh: '筹备组成员', en: 'Preparatory group members' },
      preparedOn: { zh: '筹备组成立日期', en: 'Preparatory group formed on' },
      metOn: { zh: '会员大会日期', en: "Members' meeting on" },
      membersTotal: { zh: '应到会员人数', en: 'Members entitled to attend' },
      membersPresent: { zh: '实到会员人数', en: 'Members present' },
    },
  },
  reportingAreas: ['elections'],
  menuArea: 'elections',
});

/** The posts a union's election fills: chair, vice-chair, committee member, auditor, women workers' member. */
export const POSTS = ['chair', 'vice_chair', 'member', 'auditor', 'women'] as const;
export type Post = (typeof POSTS)[number];
/** The steps of founding a union, in order. */
export const FOUNDING_STEPS = ['applied', 'preparing', 'met', 'elected', 'approved'] as const;
