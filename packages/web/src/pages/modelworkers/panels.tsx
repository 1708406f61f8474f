import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { modelWorkersApi } from './modelworkers-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'model-workers': importPanel({
    what: 'mw.import.what',
    templateUrl: modelWorkersApi.importTemplateUrl,
    send: modelWorkersApi.importRegister,
    figures: {
      'mw.import.created': 'created',
      'mw.import.updated': 'updated',
      'mw.import.unchanged': 'unchanged',
      'mw.import.honours': 'honours',
    },
  }),
};
