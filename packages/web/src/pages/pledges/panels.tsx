import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { pledgesApi } from './pledges-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  pledges: importPanel({
    what: 'import.what.pledges',
    templateUrl: pledgesApi.importTemplateUrl,
    send: pledgesApi.importRegister,
    figures: {
      'import.register.pledges.completed': 'completed',
      'import.register.pledges.milestones': 'milestones',
    },
  }),
};
