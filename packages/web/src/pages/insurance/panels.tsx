import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { insuranceApi } from './insurance-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'insurance-policies': importPanel({
    what: 'import.what.insurance-policies',
    templateUrl: insuranceApi.policiesTemplateUrl,
    send: insuranceApi.importPolicies,
    figures: {
      'import.register.insurance-policies.listed': 'listed',
      'import.register.insurance-policies.totals': 'totals',
      'import.register.insurance-policies.insured': 'insured',
      'import.register.insurance-policies.premiumFen': 'premiumFen',
    },
  }),
  'insurance-claims': importPanel({
    what: 'import.what.insurance-claims',
    templateUrl: insuranceApi.importTemplateUrl,
    send: insuranceApi.importRegister,
    figures: {
      'import.register.insurance-claims.paid': 'paid',
      'import.register.insurance-claims.approved': 'approved',
      'import.register.insurance-claims.rejected': 'rejected',
      'import.register.insurance-claims.pending': 'pending',
      'import.register.insurance-claims.payoutFen': 'payoutFen',
      'import.register.insurance-claims.paidFen': 'paidFen',
    },
  }),
};
