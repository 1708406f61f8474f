import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What selections adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Selections (评选) offered to one's subtree or run by it, their nominations, ranking and objections. */
    'selections.read': {
      zh: '查看评选',
      en: 'See selections',
      roles: READ_ROLES,
    },
    /** Run a selection of one's union: categories, panel, stages, objection decisions, final results. */
    'selections.manage': { zh: '组织评选', en: 'Run selections', roles: WRITE_ROLES },
    /** Nominate members of one's subtree within the union's quota. */
    'selections.nominate': {
      zh: '推荐评选对象',
      en: 'Nominate for selections',
      roles: WRITE_ROLES,
    },
    /** Score the nominations of the panels one sits on (a judge). */
    'selections.judge': { zh: '评审打分', en: 'Score as a judge', roles: ['admin', 'judge'] },
  },
  auditActions: {
    'selection.create': { zh: '新建评选', en: 'Created a selection' },
    'selection.final': { zh: '确定评选结果', en: 'Made selection results final' },
    'selection.import': { zh: '导入评选表彰结果台账', en: 'Import a selection results register' },
    'selection.judge.add': { zh: '增加评委', en: 'Added a judge' },
    'selection.judging': { zh: '结束推荐、进入评审', en: 'Closed nominations for judging' },
    'selection.nominate': { zh: '推荐评选人选', en: 'Nominated for a selection' },
    'selection.nominate.self': { zh: '个人自荐', en: 'Nominated oneself' },
    'selection.notice': { zh: '发布评选公示', en: 'Put a selection on public notice' },
    'selection.objection.dismissed': { zh: '异议不成立', en: 'Dismissed an objection' },
    'selection.objection.lodge': { zh: '提出公示异议', en: 'Lodged an objection' },
    'selection.objection.upheld': { zh: '异议成立、撤销人选', en: 'Upheld an objection' },
    'selection.score': { zh: '评委评分', en: 'Scored a nomination' },
  },
  auditEntities: {
    selection: { zh: '评选', en: 'Selection' },
    selection_nomination: { zh: '评选推荐', en: 'Nomination' },
    selection_objection: { zh: '公示异议', en: 'Objection' },
  },
  /** Its objects' fields the shared audit words do not say, or say otherwise for them (ADR 156). */
  auditFields: {
    selection: {
      nominationsClosedOn: { zh: '推荐截止日期', en: 'Nominations closed on' },
      noticeFrom: { zh: '公示开始日期', en: 'Public notice from' },
      noticeUntil: { zh: '公示截止日期', en: 'Public notice until' },
    },
  },
  reportingAreas: ['selections'],
  menuArea: 'selections',
});

/** A selection's stage: nominating → judging → notice (公示) → final. */
export const SELECTION_STATUSES = ['nominating', 'judging', 'notice', 'final'] as const;
export type SelectionStatus = (typeof SELECTION_STATUSES)[number];
/** The files a nomination may carry. */
export const NOMINATION_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
