import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What insurance adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Group accident insurance of the subtree: policies, the insured, claims and statistics; read, and manage them. */
    'insurance.read': {
      zh: '查看互助保障',
      en: 'See group insurance',
      roles: READ_ROLES,
    },
    'insurance.write': {
      zh: '管理互助保障',
      en: 'Manage group insurance',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'insurance.claim.approve': { zh: '记录保险公司赔付决定', en: 'Recorded an approved claim' },
    'insurance.claim.export': { zh: '导出理赔清单', en: 'Exported the claims list' },
    'insurance.claim.file': { zh: '提交保险理赔申请', en: 'Filed an insurance claim' },
    'insurance.claim.import': { zh: '导入保险理赔台账', en: 'Imported a register of insurance claims' },
    'insurance.policy.import': { zh: '导入保险保单台账', en: 'Imported a register of insurance policies' },
    'insurance.claim.file_read': { zh: '查看理赔材料', en: 'Read a claim document' },
    'insurance.claim.file_upload': { zh: '上传理赔材料', en: 'Uploaded a claim document' },
    'insurance.claim.forward': {
      zh: '审核通过理赔申请（报上级工会或保险公司）',
      en: 'Forwarded a claim (to the union above or the insurer)',
    },
    'insurance.claim.pay': { zh: '记录理赔金已支付', en: 'Recorded a claim as paid' },
    'insurance.claim.reject': { zh: '记录拒赔', en: 'Recorded a rejected claim' },
    'insurance.claim.return': { zh: '退回理赔申请', en: 'Returned a claim' },
    'insurance.list.export': { zh: '导出被保险人清单', en: 'Exported the list of the insured' },
    'insurance.policy.create': { zh: '登记团体保险保单', en: 'Recorded an insurance policy' },
    'insurance.sync': { zh: '按会员名册更新参保人员', en: 'Brought the insured in step with the register' },
  },
  auditEntities: {
    insurance_claim: { zh: '保险理赔', en: 'Insurance claim' },
    insurance_policy: { zh: '团体保险保单', en: 'Insurance policy' },
  },
  /** The fields its audit rows carry that the shared words do not say (ADR 156): a change list's month. */
  auditFields: {
    insurance_policy: { month: { zh: '月份', en: 'Month' } },
  },
  reportingAreas: ['insurance'],
  menuArea: 'insurance',
  messageKinds: {
    'insurance.claim.returned': {
      to: 'worker',
      sms: { zh: '保障理赔被退回', en: 'Insurance claim returned' },
    },
    'insurance.claim.approved': {
      to: 'worker',
      sms: { zh: '保障理赔已核定赔付', en: 'Insurance claim approved' },
    },
    'insurance.claim.rejected': {
      to: 'worker',
      sms: { zh: '保障理赔未获赔付', en: 'Insurance claim rejected' },
    },
    'insurance.claim.paid': { to: 'worker', sms: { zh: '保障理赔金已支付', en: 'Insurance claim paid' } },
  },
});

/** What the insurance use cases share: claim kinds and their documents, the claim clock, the error shape. */
export const CLAIM_KINDS = ['medical', 'disability', 'death'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * The documents the insurer asks for, per kind of claim (a checklist; each may carry uploaded files). A claim keeps
 * them by their Chinese names, the names on the insurer's forms; `CLAIM_DOCUMENT_EN` says each on an English page.
 */
export const CLAIM_DOCUMENT_EN = {
  身份证复印件: 'Copy of the ID card',
  诊断证明: "Doctor's diagnosis",
  医疗费用发票: 'Invoices for the medical costs',
  费用清单: 'Itemised list of costs',
  事故经过说明: 'Account of the accident',
  伤残鉴定书: 'Disability assessment',
  被保险人身份证明: "Proof of the insured person's identity",
  死亡证明: 'Death certificate',
  户籍注销证明: 'Proof the household registration was cancelled',
  受益人身份证明: "Proof of the beneficiary's identity",
} as const;
export type ClaimDocument = keyof typeof CLAIM_DOCUMENT_EN;
export const CLAIM_DOCUMENTS: Record<ClaimKind, string[]> = {
  medical: ['身份证复印件', '诊断证明', '医疗费用发票', '费用清单', '事故经过说明'],
  disability: ['身份证复印件', '伤残鉴定书', '诊断证明', '事故经过说明'],
  death: ['被保险人身份证明', '死亡证明', '户籍注销证明', '受益人身份证明', '事故经过说明'],
} satisfies Record<ClaimKind, ClaimDocument[]>;
