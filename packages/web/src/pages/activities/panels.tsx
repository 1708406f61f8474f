import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { activitiesApi } from './activities-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  activities: importPanel({
    what: 'registers.activities.what',
    templateUrl: activitiesApi.registerTemplateUrl,
    send: activitiesApi.importRegister,
    figures: {
      'registers.activities.created': 'created',
      'registers.activities.signups': 'signups',
      'registers.activities.attendance': 'attendance',
      'registers.activities.totalsOnly': 'totalsOnly',
    },
  }),
};
