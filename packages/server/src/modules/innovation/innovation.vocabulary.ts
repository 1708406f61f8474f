import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What innovation adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Innovation: studios, achievements, problems and the alliance, mentoring, within the subtree. */
    'innovation.read': {
      zh: '查看创新工作室与成果',
      en: 'See studios and achievements',
      roles: READ_ROLES,
    },
    'innovation.write': {
      zh: '维护创新工作室与成果',
      en: 'Maintain studios and achievements',
      roles: WRITE_ROLES,
    },
    /** Decide recognitions and re-evaluations at one's own union's step. */
    'innovation.review': {
      zh: '审定工作室认定与复评',
      en: 'Decide studio recognitions',
      roles: READ_ROLES,
    },
  },
  auditActions: {
    'achievement.attachment.add': { zh: '上传成果附件', en: 'Added a file to an achievement' },
    'achievement.attachment.public': {
      zh: '设置成果图片是否公开',
      en: "Showed or hid an achievement's picture in the catalogue",
    },
    'achievement.conversion.add': { zh: '登记成果转化', en: 'Recorded a conversion of an achievement' },
    'achievement.create': { zh: '新建创新成果', en: 'Created an achievement' },
    'achievement.import': { zh: '导入创新成果台账', en: 'Import an achievements register' },
    'achievement.publish': { zh: '发布创新成果', en: 'Published an achievement' },
    'achievement.unpublish': { zh: '撤下创新成果', en: 'Withdrew an achievement from the catalogue' },
    'achievement.update': { zh: '修改创新成果', en: 'Edited an achievement' },
    'alliance.join': { zh: '工作室加入创新联盟', en: 'A studio joined the alliance' },
    'alliance.leave': { zh: '工作室退出创新联盟', en: 'A studio left the alliance' },
    'lead.create': { zh: '企业提交对接需求', en: 'An enterprise asked to be put in touch' },
    'lead.handle': { zh: '跟进对接需求', en: 'Followed up a contact request' },
    'mentoring_session.confirm': { zh: '徒弟确认带徒活动', en: 'An apprentice confirmed a session' },
    'mentoring_session.create': { zh: '登记带徒活动', en: 'Logged a mentoring session' },
    'mentorship.accept': { zh: '接受师徒结对邀请', en: 'Accepted a mentoring invitation' },
    'mentorship.decline': { zh: '谢绝师徒结对邀请', en: 'Declined a mentoring invitation' },
    'mentorship.invite': { zh: '邀请徒弟结对', en: 'Invited an apprentice' },
    'problem.claim': { zh: '揭榜难题', en: 'Claimed a problem' },
    'problem.close': { zh: '难题结题', en: 'Closed a problem' },
    'problem.create': { zh: '发布一线难题（待审核）', en: 'Posted a front-line problem' },
    'problem.milestone': { zh: '登记攻关进展', en: 'Recorded a milestone' },
    'problem.publish': { zh: '审核发布难题', en: 'Published a problem' },
    'problem.reject': { zh: '退回难题', en: 'Sent a problem back' },
    'studio.create': { zh: '新建创新工作室', en: 'Created a studio' },
    'studio.grant': { zh: '登记工作室项目与资助', en: "Recorded a studio's project or grant" },
    'studio.grant.import': { zh: '导入工作室项目与资助台账', en: 'Import a register of studio grants' },
    'studio.import': { zh: '导入创新工作室台账', en: 'Import a studios register' },
    'studio.level': { zh: '工作室等级变更', en: "Changed a studio's level" },
    'studio.recognition.approve': { zh: '通过工作室认定审核', en: 'Approved a studio recognition step' },
    'studio.recognition.propose': { zh: '申报工作室认定', en: 'Proposed a studio for recognition' },
    'studio.recognition.reject': { zh: '驳回工作室认定', en: 'Rejected a studio recognition' },
    'studio.reevaluation.create': { zh: '发起工作室复评', en: 'Opened a studio re-evaluation' },
    'studio.report.decide': { zh: '评定工作室年度报告', en: "Decided a studio's yearly report" },
    'studio.report.file': { zh: '提交工作室年度报告', en: "Filed a studio's yearly report" },
    'studio.revoke': { zh: '撤销工作室等级', en: "Revoked a studio's level" },
    'studio.update': { zh: '修改创新工作室', en: 'Updated a studio' },
  },
  auditEntities: {
    achievement: { zh: '创新成果', en: 'Achievement' },
    innovation_recognition: { zh: '工作室认定申报', en: 'Studio recognition' },
    innovation_reevaluation: { zh: '工作室复评', en: 'Studio re-evaluation' },
    innovation_studio: { zh: '创新工作室', en: 'Studio' },
    lead: { zh: '对接需求', en: 'Contact request' },
    mentoring_session: { zh: '带徒活动', en: 'Mentoring session' },
    mentorship: { zh: '师徒结对', en: 'Mentoring pair' },
    problem: { zh: '一线难题', en: 'Front-line problem' },
    studio: { zh: '创新工作室', en: 'Studio' },
  },
  /** Its objects' fields the shared audit words do not say, or say otherwise for them (ADR 156). */
  auditFields: {
    problem: {
      postedOn: { zh: '提出日期', en: 'Posted on' },
    },
  },
  reportingAreas: ['innovation'],
  menuArea: 'innovation',
  messageKinds: {
    'mentorship.invited': { to: 'worker', sms: { zh: '名师带徒邀请', en: 'Mentoring invitation' } },
    'mentoring_session.logged': {
      to: 'worker',
      sms: { zh: '带徒活动待确认', en: 'Mentoring session to confirm' },
    },
  },
});

/** An achievement's type: 技术革新, 发明专利, 实用新型, 工法, 管理创新, 软件, 其他. */
export const ACHIEVEMENT_TYPES = [
  'technical_innovation',
  'invention_patent',
  'utility_model',
  'construction_method',
  'management_innovation',
  'software',
  'other',
] as const;
export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number];
/** An achievement's stage: 研发中, 已应用, 已转化. */
export const ACHIEVEMENT_STAGES = ['developing', 'applied', 'converted'] as const;
export type AchievementStage = (typeof ACHIEVEMENT_STAGES)[number];
/** The public catalogue's facets, in the order its page shows them. */
export const CATALOGUE_FACETS = ['type', 'region', 'industry', 'year'] as const;
export type CatalogueFacet = (typeof CATALOGUE_FACETS)[number];
/** The studio levels whose leader may take apprentices as a master (city and above). */
export const MASTER_LEVELS = ['city', 'city_demonstration', 'national'] as const;
/** A studio's level, lowest first: 基层, 区级, 市级, 市级示范, 全国. */
export const STUDIO_LEVELS = ['grassroots', 'district', 'city', 'city_demonstration', 'national'] as const;
export type StudioLevel = (typeof STUDIO_LEVELS)[number];
/** The levels a studio is recognised at through the platform (national recognition comes from outside). */
export const RECOGNISABLE_LEVELS = ['district', 'city', 'city_demonstration'] as const;
export type RecognisableLevel = (typeof RECOGNISABLE_LEVELS)[number];
/** A re-evaluation's outcome: 合格, 限期整改, 撤销. */
export const REEVALUATION_OUTCOMES = ['pass', 'rectify', 'revoke'] as const;
export type ReevaluationOutcome = (typeof REEVALUATION_OUTCOMES)[number];
/** A mentoring session's kind: 培训, 现场指导, 交流研讨, 其他. */
export const SESSION_KINDS = ['training', 'on_site', 'exchange', 'other'] as const;
/** Where a problem posted for studios to solve stands. */
export const PROBLEM_STATUSES = ['submitted', 'published', 'rejected', 'claimed', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
/** The levels a yearly re-evaluation reviews: every level above grassroots. */
export const REEVALUATED_LEVELS = ['district', 'city', 'city_demonstration', 'national'] as const;
