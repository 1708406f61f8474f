import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { agreementsApi } from './agreements-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  agreements: importPanel({
    what: 'import.what.agreements',
    templateUrl: agreementsApi.importTemplateUrl,
    send: agreementsApi.importRegister,
    figures: {
      'import.register.agreements.agreements': 'agreements',
      'import.register.agreements.enterprises': 'enterprises',
    },
  }),
};
