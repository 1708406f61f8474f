import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { careApi } from './care-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'care-visits': importPanel({
    what: 'care.visits.import.what',
    templateUrl: careApi.visitsTemplateUrl,
    send: careApi.importVisits,
    figures: {
      'care.visits.import.created': 'created',
      'care.visits.import.people': 'people',
      'care.visits.import.grant': 'grantFen',
    },
  }),
};
