import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { congressesApi } from './congresses-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  congresses: importPanel({
    what: 'cong.import.what',
    templateUrl: congressesApi.importTemplateUrl,
    send: congressesApi.importRegister,
    figures: {
      'cong.import.congresses': 'congresses',
      'cong.import.terms': 'terms',
    },
  }),
};
