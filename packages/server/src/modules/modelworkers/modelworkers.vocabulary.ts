import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What modelworkers adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** The model workers register (劳模) of the subtree: read it and its statistics; register, correct, import. */
    'modelworkers.read': {
      zh: '查看劳模名册',
      en: 'See the model workers register',
      roles: READ_ROLES,
    },
    'modelworkers.write': {
      zh: '维护劳模名册',
      en: 'Maintain the model workers register',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'modelworker.export': { zh: '导出劳模名册', en: 'Exported the model workers register' },
    'modelworker.honour.add': { zh: '为劳模增加荣誉称号', en: 'Added a title to a model worker' },
    'modelworker.import': { zh: '导入劳模名册', en: 'Imported a model workers register' },
    'modelworker.read': { zh: '查看劳模信息', en: 'Read a model worker' },
    'modelworker.register': { zh: '登记劳模', en: 'Registered a model worker' },
    'modelworker.update': { zh: '修改劳模信息', en: 'Corrected a model worker' },
  },
  auditEntities: {
    modelworker: { zh: '劳模', en: 'Model worker' },
  },
  /** Its objects' fields the shared audit words do not say, or say otherwise for them (ADR 156). */
  auditFields: {
    modelworker: {
      level: { zh: '劳模级别', en: 'Model-worker level' },
    },
  },
  reportingAreas: ['modelworkers'],
  menuArea: 'modelworkers',
});

/** The levels of a title, highest first: 全国, 省部级, 市级, 区级. A model worker's level is their highest title's. */
export const LEVELS = ['national', 'provincial', 'city', 'district'] as const;
export type Level = (typeof LEVELS)[number];

/** 劳动模范, 先进工作者, or another title (工匠, 最美劳动者, 五一劳动奖章 …). */
export const KINDS = ['model', 'advanced', 'other'] as const;
export type HonourKind = (typeof KINDS)[number];

export const HEALTH = ['good', 'fair', 'poor', 'critical'] as const;
export type Health = (typeof HEALTH)[number];

/** 在职, 退休, 已故 (issue 41): a deceased model worker stays on the register, never among the living (ADR 66). */
export const STATUSES = ['active', 'retired', 'deceased'] as const;
export type Status = (typeof STATUSES)[number];
