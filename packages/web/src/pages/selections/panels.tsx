import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { selectionsApi } from './selections-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  selections: importPanel({
    what: 'import.what.selections',
    templateUrl: selectionsApi.importTemplateUrl,
    send: selectionsApi.importRegister,
    figures: {
      'import.register.selections.selections': 'selections',
      'import.register.selections.categories': 'categories',
    },
  }),
};
