import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { wellnessApi } from './wellness-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  wellness: importPanel({
    what: 'import.what.wellness',
    templateUrl: wellnessApi.importTemplateUrl,
    send: wellnessApi.importRegister,
    figures: {
      'import.register.wellness.batches': 'batches',
      'import.register.wellness.substituted': 'substituted',
      'import.register.wellness.withdrawn': 'withdrawn',
      'import.register.wellness.attended': 'attended',
      'import.register.wellness.absent': 'absent',
    },
  }),
};
