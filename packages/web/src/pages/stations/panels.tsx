import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { stationsApi } from './stations-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'station-services': StationServicesRegister,
};

function StationServicesRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('registers.stationServices.what')}
      templateUrl={stationsApi.servicesTemplateUrl}
      send={stationsApi.importServices}
      figures={(a) => [
        { label: t('registers.stationServices.created'), value: a.created },
        { label: t('registers.stationServices.stations'), value: a.stations },
        { label: t('registers.stationServices.people'), value: a.people },
      ]}
    />
  );
}
