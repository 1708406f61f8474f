import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What donations adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Caring units (爱心单位), their donations and the special funds of the subtree: read, and enter them. */
    'donations.read': {
      zh: '查看爱心捐赠',
      en: 'See donations',
      roles: READ_ROLES,
    },
    'donations.write': { zh: '登记爱心捐赠', en: 'Record donations', roles: WRITE_ROLES },
  },
  auditActions: {
    'donation.acknowledge': { zh: '打印捐赠证书', en: 'Printed a donation acknowledgement' },
    'donation.create': { zh: '登记捐赠', en: 'Recorded a donation' },
    'donation.export': { zh: '导出捐赠登记', en: 'Exported the donations' },
    'donation.import': { zh: '导入捐赠台账', en: 'Import a donations register' },
    'donor.create': { zh: '登记爱心单位', en: 'Registered a donor' },
    'donor.edit': { zh: '修改爱心单位', en: 'Edited a donor' },
    'donor.read': { zh: '查看爱心单位联系方式', en: "Viewed a donor's contact details" },
    'fund.create': { zh: '设立专项基金', en: 'Set up a fund' },
    'fund.program': { zh: '指定基金资助项目', en: "Named a fund's grant program" },
    'fund.year.add': { zh: '录入基金往年数据', en: "Entered a fund's earlier year" },
  },
  auditEntities: {
    donation: { zh: '捐赠', en: 'Donation' },
    donor: { zh: '爱心单位', en: 'Donor' },
    fund: { zh: '专项基金', en: 'Fund' },
  },
  /** Its objects' fields the shared audit words do not say, or say otherwise for them (ADR 156). */
  auditFields: {
    donation: {
      donorName: { zh: '捐赠方', en: 'Donor' },
      fundName: { zh: '专项基金', en: 'Fund' },
    },
  },
  reportingAreas: ['donations'],
  menuArea: 'donations',
});
