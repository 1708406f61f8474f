import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What agreements adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Collective agreements (集体合同) of the subtree's unions: read, and enter agreements and their coverage. */
    'agreements.read': {
      zh: '查看集体合同',
      en: 'See collective agreements',
      roles: READ_ROLES,
    },
    'agreements.write': {
      zh: '登记集体合同',
      en: 'Record collective agreements',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'agreement.coverage.import': {
      zh: '导入集体合同覆盖企业',
      en: "Imported an agreement's covered enterprises",
    },
    'agreement.create': { zh: '登记集体合同', en: 'Entered a collective agreement' },
    'agreement.end': { zh: '终止集体合同', en: 'Ended a collective agreement early' },
    'agreement.edit': { zh: '修改集体合同', en: 'Edited a collective agreement' },
    'agreement.export': { zh: '导出集体合同', en: 'Exported the collective agreements' },
    'agreement.import': { zh: '导入集体合同台账', en: 'Import a collective agreements register' },
    'agreement.text.upload': { zh: '上传集体合同文本', en: "Uploaded an agreement's text" },
  },
  auditEntities: {
    agreement: { zh: '集体合同', en: 'Collective agreement' },
  },
  reportingAreas: ['agreements'],
  menuArea: 'agreements',
});

/** The kinds of agreement, their levels and the clauses a checklist offers, with their Chinese and English names. */
export const AGREEMENT_KINDS = ['general', 'wage', 'women', 'safety'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
/**
 * The kind the statistics count when none is asked (and the page opens on): the general collective contract, the one
 * every union signs, where they opened on the women workers' special agreement.
 */
export const STATS_KIND: AgreementKind = 'general';

export const AGREEMENT_LEVELS = ['area', 'industry', 'enterprise'] as const;
export type AgreementLevel = (typeof AGREEMENT_LEVELS)[number];
