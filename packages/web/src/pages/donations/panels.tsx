import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { donationsApi } from './donations-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  donations: importPanel({
    what: 'import.what.donations',
    templateUrl: donationsApi.importTemplateUrl,
    send: donationsApi.importRegister,
    figures: {
      'import.register.donations.money': 'money',
      'import.register.donations.goods': 'goods',
      'import.register.donations.newDonors': 'newDonors',
    },
  }),
};
