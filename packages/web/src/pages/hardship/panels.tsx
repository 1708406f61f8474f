import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { hardshipApi } from './hardship-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  hardship: importPanel({
    what: 'import.what.hardship',
    templateUrl: hardshipApi.importTemplateUrl,
    send: hardshipApi.importRegister,
    figures: {
      'import.register.hardship.inForce': 'inForce',
      'import.register.hardship.expired': 'expired',
      'import.register.hardship.closed': 'closed',
      'import.register.hardship.drafts': 'drafts',
      'import.register.hardship.members': 'members',
    },
  }),
};
