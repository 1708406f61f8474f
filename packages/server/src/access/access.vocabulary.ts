import { defineVocabulary, WRITE_ROLES } from '../vocabulary.ts';

/**
 * The kernel's own words, which belong to no module: a member's own records and applications, and entering a
 * decision on a past day. Every module declares its own in `modules/<m>/<m>.vocabulary.ts` (ADR 92).
 */
export const vocabulary = defineVocabulary({
  permissions: {
    'self.read': { zh: '查看本人信息', en: 'See one’s own records', roles: ['worker'] },
    'self.write': { zh: '修改本人信息', en: 'Change one’s own records', roles: ['worker'] },
    'self.apply': { zh: '本人申请与领取', en: 'Apply and claim for oneself', roles: ['admin', 'worker'] },
    /**
     * Record a decision on a past day (补录历史): an approval, a payment, an answer … dated before today. Union staff
     * and managers bringing their registers' past in; never reviewers, workers or judges.
     */
    'history.backdate': {
      zh: '补录历史（登记过去日期的决定）',
      en: 'Enter decisions on past days',
      roles: WRITE_ROLES,
    },
  },
});
