import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { stationsApi } from './stations-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'station-services': importPanel({
    what: 'registers.stationServices.what',
    templateUrl: stationsApi.servicesTemplateUrl,
    send: stationsApi.importServices,
    figures: {
      'registers.stationServices.created': 'created',
      'registers.stationServices.stations': 'stations',
      'registers.stationServices.people': 'people',
    },
  }),
};
