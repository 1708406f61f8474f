import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { ledgerApi } from './ledger-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'past-payments': importPanel({
    what: 'import.what.past-payments',
    templateUrl: ledgerApi.pastPaymentsTemplateUrl,
    send: ledgerApi.importPastPayments,
    figures: {
      'import.register.past-payments.people': 'people',
      'import.register.past-payments.programs': 'programs',
      'import.register.past-payments.amount': 'amountFen',
    },
  }),
};
