import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What congresses adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /**
     * Workers' congresses (职代会) of the subtree: read terms, rosters, proposals, votes, 厂务公开 and statistics;
     * manage them (elect and replace delegates, hold sessions, examine, assign and answer proposals, run votes).
     */
    'congresses.read': {
      zh: '查看职代会',
      en: 'See workers’ congresses',
      roles: READ_ROLES,
    },
    'congresses.manage': {
      zh: '管理职代会',
      en: 'Manage workers’ congresses',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'congress.attendance': { zh: '登记会议出席', en: 'Recorded attendance at a session' },
    'congress.create': { zh: '建立职代会', en: 'Set up a congress' },
    'congress.delegate.replace': { zh: '职工代表替补或离任', en: 'Replaced a delegate' },
    'congress.delegates.elect': { zh: '登记当选职工代表', en: 'Recorded elected delegates' },
    'congress.delegation.create': { zh: '新建代表团（组）', en: 'Created a delegation' },
    'congress.disclosure.publish': { zh: '发布厂务公开事项', en: 'Published a disclosure' },
    'congress.import': { zh: '导入职代会届次与会议', en: 'Brought in congress terms and sessions' },
    'congress.motion.close': { zh: '结束表决并宣布结果', en: 'Closed a vote' },
    'congress.motion.create': { zh: '提交会议表决事项', en: 'Put a motion to the vote' },
    'congress.proposal.accept': { zh: '提案立案', en: 'Accepted a proposal' },
    'congress.proposal.answer': { zh: '登记提案答复', en: 'Recorded an answer to a proposal' },
    'congress.proposal.assign': { zh: '提案交办', en: 'Assigned a proposal' },
    'congress.proposal.cosign': { zh: '附议提案', en: 'Co-signed a proposal' },
    'congress.proposal.file': { zh: '提出提案', en: 'Filed a proposal' },
    'congress.proposal.merge': { zh: '提案并案', en: 'Merged a proposal' },
    'congress.proposal.pledge': { zh: '提案转为办实事项目', en: 'Made a proposal a project for workers' },
    'congress.proposal.rate': { zh: '评价提案答复', en: 'Rated an answer to a proposal' },
    'congress.proposal.read': { zh: '查看提案', en: 'Read a proposal' },
    'congress.proposal.reject': { zh: '提案不予立案', en: 'Declined a proposal' },
    'congress.roster.read': { zh: '查看职工代表名册', en: 'Read the delegates roster' },
    'congress.session.create': { zh: '新建职代会会议', en: 'Created a session' },
    'congress.settings': { zh: '修改职代会设置', en: 'Changed congress settings' },
    'congress.term.create': { zh: '新建职代会届次', en: 'Created a term' },
    'congress.vote': { zh: '代表投票', en: 'A delegate voted' },
  },
  auditEntities: {
    congress: { zh: '职代会', en: 'Congress' },
    congress_disclosure: { zh: '厂务公开', en: 'Disclosure' },
    congress_proposal: { zh: '职代会提案', en: 'Congress proposal' },
  },
  /** The counts of the register's import (congresses.import.ts) its audit row holds (ADR 156). */
  auditFields: {
    congress: {
      congresses: { zh: '新建职代会', en: 'Congresses set up' },
      terms: { zh: '新增届次', en: 'Terms added' },
    },
  },
  reportingAreas: ['congresses'],
  menuArea: 'congresses',
});
/** A delegate's place among the workforce (代表构成): front-line workers, technicians, managers, others. */
export const DELEGATE_CATEGORIES = ['frontline', 'technician', 'manager', 'other'] as const;
export type DelegateCategory = (typeof DELEGATE_CATEGORIES)[number];
/** Where a proposal (提案) stands: filed, accepted or rejected as a proposal, merged, kept as an opinion, assigned, answered, closed. */
export const PROPOSAL_STATUSES = [
  'filed',
  'accepted',
  'rejected',
  'merged',
  'opinion',
  'assigned',
  'answered',
  'closed',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
/** The statuses a proposal waits in to be assigned to a department (待交办): accepted as a proposal, or an opinion. */
export const TO_ASSIGN = ['accepted', 'opinion'] as const satisfies readonly ProposalStatus[];
/** The status filter of the proposals list: one status, or `to_assign`, those waiting to be assigned (TO_ASSIGN). */
export const PROPOSAL_FILTERS = [...PROPOSAL_STATUSES, 'to_assign'] as const;
export type ProposalFilter = (typeof PROPOSAL_FILTERS)[number];
/** The proposer's rating of the answer. */
export const RATINGS = ['satisfied', 'basic', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];
/** What a motion put to the vote is about. */
export const MOTION_KINDS = ['resolution', 'agreement', 'welfare', 'other'] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];
/** What a disclosure (厂务公开) makes known. */
export const DISCLOSURE_CATEGORIES = [
  'finance',
  'welfare',
  'safety',
  'performance',
  'wages',
  'other',
] as const;
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number];
