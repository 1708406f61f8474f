import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What care adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** 送温暖 campaigns of the subtree's unions: their stock, visits and report; run them and log visits. */
    'care.read': {
      zh: '查看送温暖',
      en: 'See care campaigns',
      roles: READ_ROLES,
    },
    'care.write': {
      zh: '组织送温暖与走访',
      en: 'Run care campaigns and visits',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'care.campaign.create': { zh: '创建送温暖活动', en: 'Created a care campaign' },
    'care.campaign.edit': { zh: '修改送温暖活动', en: 'Edited a care campaign' },
    'care.import': { zh: '导入送温暖走访台账', en: 'Imported a register of care visits' },
    'care.stock.receive': { zh: '物资入库', en: 'Received goods into stock' },
    'care.visit.confirm': { zh: '确认走访慰问', en: 'Confirmed a visit' },
    'care.visit.create': { zh: '登记走访慰问', en: 'Logged a visit' },
    'care.visit.edit': { zh: '更正走访记录', en: 'Corrected a visit' },
    'care.visit.export': { zh: '导出走访记录', en: 'Exported the visits' },
    'care.visit.photo': { zh: '上传走访照片', en: 'Uploaded a visit photo' },
  },
  auditEntities: {
    care_campaign: { zh: '送温暖活动', en: 'Care campaign' },
    care_visit: { zh: '走访慰问', en: 'Visit' },
  },
  reportingAreas: ['care'],
  menuArea: 'care',
});

/** The steps of a campaign as seed 001 lists them. */
export const STEP_KINDS = ['greetings', 'visits', 'goods', 'funds'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Who a visit goes to: a member, or a unit (a paired village in 一助一 assistance among them). */
export const RECIPIENT_KINDS = ['person', 'enterprise', 'building', 'community', 'village'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
